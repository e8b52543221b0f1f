import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientCount, forgetClients, sdmClient } from './client';
import { endpointFor, simulatedConnection } from './connection';
import { assertConnectionRegion, connectionRegion, isRegionName } from './regions';
import { scheduleSdm } from './scheduler';

const connection = simulatedConnection(['us-west-2', 'eu-west-1']);
// What a hostile link puts in ?region= to move the signed request to another host.
const HOSTILE = ['x.attacker.example#', 'attacker.example/', 'us-west-2.attacker.example', 'us-west-2/../x', 'us-west-2 ', 'US-WEST-2', ''];

// Records every request that would leave, wherever it goes.
const sent: string[] = [];
const server = setupServer(http.all('*', ({ request }) => {
  sent.push(request.url);
  return HttpResponse.json({ devices: [] });
}));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => {
  forgetClients();
  sent.length = 0;
});

describe('regions from outside', () => {
  it('keeps only a well-formed region of the connection, the first one when none is given', () => {
    expect(connectionRegion(connection, 'eu-west-1')).toEqual({ ok: true, region: 'eu-west-1' });
    expect(connectionRegion(connection, null)).toEqual({ ok: true, region: 'us-west-2' });
    expect(connectionRegion(connection, '')).toEqual({ ok: true, region: 'us-west-2' });
    expect(connectionRegion(connection, 'ap-south-1')).toEqual({ ok: false, asked: 'ap-south-1' });
    for (const asked of HOSTILE.filter(Boolean)) expect(connectionRegion(connection, asked)).toEqual({ ok: false, asked });
  });

  it('tells region names from anything else', () => {
    expect(['us-east-1', 'cn-northwest-1', 'us-gov-west-1', 'eusc-de-east-1'].every(isRegionName)).toBe(true);
    expect(HOSTILE.some(isRegionName)).toBe(false);
  });

  it('refuses to build a client, or an endpoint, for any other region', () => {
    for (const region of [...HOSTILE, 'ap-south-1']) {
      expect(() => assertConnectionRegion(connection, region)).toThrow(/nothing was sent/);
      expect(() => sdmClient(connection, region)).toThrow(/nothing was sent/);
    }
    expect(clientCount()).toBe(0);
    expect(sdmClient(connection, 'eu-west-1')).toBeDefined();
    expect(clientCount()).toBe(1);
    const vpc = { endpointUrl: 'https://vpce-0a1b2c3d4e5f60718-abcdefgh.snow-device-management.{region}.vpce.amazonaws.com' };
    expect(endpointFor(vpc, 'eu-west-1')).toBe('https://vpce-0a1b2c3d4e5f60718-abcdefgh.snow-device-management.eu-west-1.vpce.amazonaws.com');
    expect(() => endpointFor(vpc, 'x.attacker.example#')).toThrow(/not an AWS region name/);
  });

  it('answers a call for another region with a clear error, without a request', async () => {
    for (const region of ['x.attacker.example#', 'attacker.example/', 'ap-south-1']) {
      const error = await scheduleSdm(connection, region, 'ListDevices', {}).catch((e: unknown) => e as Error);
      expect(error).toMatchObject({ name: 'RegionOutsideConnection', message: expect.stringMatching(/nothing was sent/) });
    }
    expect(sent).toEqual([]);
    await scheduleSdm(connection, 'eu-west-1', 'ListDevices', {});
    expect(sent).toEqual(['https://snow-device-management.eu-west-1.amazonaws.com/managed-devices']);
  });
});
