import { describe, expect, it } from 'vitest';
import { createSimulator } from './simulator';
import { manualClock } from './clock';
import { outputShape, shapeProblems } from './model-check';
import { OPERATION_ERRORS } from './model/errors';
import { ROUTES } from './routes';
import { createSimServer } from './node';

describe('wire format', () => {
  it('routes all 13 operations of the model', () => {
    expect(new Set(ROUTES.map((r) => r.operation)).size).toBe(13);
    expect(Object.keys(OPERATION_ERRORS).sort()).toEqual(ROUTES.map((r) => r.operation).sort());
  });

  it('answers with only modelled members and epoch-second timestamps', () => {
    const sim = createSimulator({ clock: manualClock(), scenario: { devices: 10 } });
    const id = sim.wellKnown().compute;
    const q = new URLSearchParams();
    const calls: [string, Record<string, string>, Record<string, unknown>][] = [
      ['ListDevices', {}, {}],
      ['DescribeDevice', { managedDeviceId: id }, {}],
      ['ListDeviceResources', { managedDeviceId: id }, {}],
      ['ListTasks', {}, {}],
    ];
    for (const [op, params, body] of calls) {
      const res = sim.handle(op, 'us-west-2', { params, query: q, body });
      expect(res.status).toBe(200);
      expect(shapeProblems(outputShape(op)!, res.body)).toEqual([]);
    }
    const d = sim.handle('DescribeDevice', 'us-west-2', { params: { managedDeviceId: id }, query: q, body: {} }).body as { lastReachedOutAt: number };
    expect(typeof d.lastReachedOutAt).toBe('number');
    expect(d.lastReachedOutAt).toBeLessThan(1e11);
  });

  it('returns errors with x-amzn-errortype, a message body and the model status', async () => {
    const { server } = createSimServer({ clock: manualClock() });
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const res = await fetch('https://snow-device-management.eu-west-1.amazonaws.com/managed-device/smd-nope/describe', { method: 'POST', body: '{}' });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
      expect(await res.json()).toEqual({ message: expect.stringContaining('smd-nope') });
      // The same-origin route /sdm/<region>/… reaches the same service.
      const viaOrigin = await fetch('https://dashboard.example.com/sdm/eu-west-1/managed-devices?maxResults=2');
      expect(viaOrigin.status).toBe(200);
      expect(((await viaOrigin.json()) as { devices: unknown[] }).devices).toHaveLength(2);
    } finally {
      server.close();
    }
  });
});
