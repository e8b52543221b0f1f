import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCacheBackend } from '@/lib/fleet-cache/backend';
import { memoryBackend } from '@/lib/fleet-cache/test-backend';
import { claimAccount, FleetCacheWriter, readFleetCache } from '@/lib/fleet-cache';
import { connectTemporary, disconnect } from './session';

// The simulator loads dynamically, as everywhere in src, so no build can pull it in.
const { createSimServer } = await import('../../../../mocks/node');


const { server } = createSimServer({ scenario: { devices: 1 } });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('signing out', () => {
  it('forgets the cached fleet', async () => {
    const db = memoryBackend();
    setCacheBackend(db);
    connectTemporary({ accessKeyId: 'ASIASIGNOUTTEST00001', secretAccessKey: 'signOutSecretKeyValue/abcdefghijklmnopqr', sessionToken: 'IQoJb3JpZ2luX2VjEFSIGNOUTTESTSESSIONTOKEN00000000000==' });
    await claimAccount('111122223333');
    const writer = new FleetCacheWriter({ kind: 'temporary', account: '111122223333', flushMs: 0, pause: async () => {} });
    writer.observe([{ region: 'us-west-2', managedDeviceId: 'smd-1', summary: { managedDeviceId: 'smd-1' } }], new Map([['us-west-2', 1]]));
    await new Promise((r) => setTimeout(r, 20));
    expect(await readFleetCache({ kind: 'temporary', account: '111122223333', region: 'us-west-2' })).toBeDefined();

    await disconnect();
    expect([...db.data.keys()]).toEqual([]);
  });
});
