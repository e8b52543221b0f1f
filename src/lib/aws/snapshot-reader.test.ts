import { gzipSync } from 'node:zlib';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simulatedConnection } from './connection';
import { SNAPSHOT_VERSION } from './fleet-snapshot-format';
import { gunzipText, readFleetSnapshot } from './snapshot-reader';

// The simulator loads dynamically, as everywhere in src, so no build can pull it in.
const { createSimServer } = await import('../../../mocks/node');
const { SIMULATED_SNAPSHOT_SOURCE, simulatedSnapshot } = await import('../../../mocks/snapshot');

const { server, sim } = createSimServer({ scenario: { devices: 25 } });
const connection = { ...simulatedConnection(['us-west-2']), snapshot: SIMULATED_SNAPSHOT_SOURCE };
const OBJECT = 'https://snow-fleet-simulated-site.s3.us-west-2.amazonaws.com/fleet-snapshot/us-west-2.json.gz';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sim.setScenario({ snapshotAgeMinutes: undefined });
});
afterAll(() => server.close());

/** Serves `body` as the region's snapshot object. */
const serve = (body: Uint8Array | string, encoding = 'gzip') =>
  server.use(http.get(OBJECT, () => new HttpResponse(body as BodyInit, { headers: { 'content-type': 'application/json', 'content-encoding': encoding } })));

describe('readFleetSnapshot', () => {
  it('reads, gunzips and checks a valid snapshot: every device with its description and times', async () => {
    sim.setScenario({ snapshotAgeMinutes: 4 });
    const now = Date.now();
    const read = await readFleetSnapshot(connection, 'us-west-2', { now });
    if (!read.ok) throw new Error(read.problem);
    expect(read.snapshot.devices.map((d) => d.summary.managedDeviceId)).toEqual(sim.devices('us-west-2').map((d) => d.id));
    expect(Math.round((now - read.snapshot.writtenAt) / 60_000)).toBe(4);
    const first = read.snapshot.devices[0];
    expect(first?.detail?.lastReachedOutAt).toBeInstanceOf(Date);
    expect(first?.describedAt).toBe(read.snapshot.writtenAt);
  });

  it('reports a missing snapshot as missing', async () => {
    expect(await readFleetSnapshot(connection, 'us-west-2')).toEqual({ ok: false, missing: true, problem: 'no snapshot has been written yet' });
  });

  it('ignores a snapshot of another format version, saying which', async () => {
    const file = { ...simulatedSnapshot(sim, 'us-west-2', Date.now()), version: SNAPSHOT_VERSION - 1 };
    serve(gzipSync(JSON.stringify(file)));
    const read = await readFleetSnapshot(connection, 'us-west-2');
    expect(read).toEqual({ ok: false, problem: expect.stringMatching(/older format \(version 0, this dashboard reads version 1\)/) });
  });

  it('ignores a snapshot the schedule stopped writing long ago', async () => {
    sim.setScenario({ snapshotAgeMinutes: 90 });
    const read = await readFleetSnapshot(connection, 'us-west-2');
    expect(read).toEqual({ ok: false, problem: expect.stringMatching(/written 90 minutes ago.*every 5 minutes/) });
  });

  it('ignores damaged files: broken gzip, not JSON, a malformed device, another region', async () => {
    const good = simulatedSnapshot(sim, 'us-west-2', Date.now());
    serve(gzipSync('{"format":').subarray(0, 12));
    expect(await readFleetSnapshot(connection, 'us-west-2')).toEqual({ ok: false, problem: 'it is not valid JSON (the file is damaged)' });
    serve('not json at all', 'identity');
    expect(await readFleetSnapshot(connection, 'us-west-2')).toEqual({ ok: false, problem: 'it is not valid JSON (the file is damaged)' });
    serve(gzipSync(JSON.stringify({ ...good, devices: [...good.devices.slice(0, 2), { summary: {} }] })));
    expect(await readFleetSnapshot(connection, 'us-west-2')).toEqual({ ok: false, problem: 'device 3 of 3 is malformed' });
    serve(gzipSync(JSON.stringify({ ...good, region: 'eu-west-1' })));
    expect(await readFleetSnapshot(connection, 'us-west-2')).toEqual({ ok: false, problem: 'it describes eu-west-1, not us-west-2' });
  });

  it('says when the role may not read the snapshot', async () => {
    server.use(http.get(OBJECT, () => new HttpResponse('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>', { status: 403, headers: { 'content-type': 'application/xml' } })));
    expect(await readFleetSnapshot(connection, 'us-west-2')).toEqual({ ok: false, problem: 'your role may not read it (s3:GetObject was denied)' });
  });

  it('reads text the browser already decoded (Content-Encoding) as it is', async () => {
    expect(await gunzipText(new TextEncoder().encode('{"a":1}'))).toBe('{"a":1}');
    expect(await gunzipText(new Uint8Array(gzipSync('{"a":2}')))).toBe('{"a":2}');
  });
});
