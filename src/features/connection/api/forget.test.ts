import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCount } from '@/lib/aws/client';
import { getConnection } from '@/lib/aws/connection-store';
import { sdmQuery } from '@/lib/aws/query';
import { keyOfConnection, queryClient } from '@/lib/query-client';
import { connectTemporary, disconnect } from './session';

// The simulator loads dynamically, as everywhere in src, so no build can pull it in.
const { createSimServer } = await import('../../../../mocks/node');


// Node's own collector, asked for by name: Vitest runs without --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const KEYS = {
  accessKeyId: 'ASIAFORGETTEST000001',
  secretAccessKey: 'forgetSecretKeyValue/abcdefghijklmnopqrs',
  sessionToken: 'IQoJb3JpZ2luX2VjEFORGETTESTSESSIONTOKEN0000000000==',
};

const { server } = createSimServer({ scenario: { devices: 3 } });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Connects with pasted keys and uses them the way the views do; returns what tells if they are gone. */
async function useKeys() {
  const connection = connectTemporary(KEYS);
  const identity = await (connection.credentials as AwsCredentialIdentityProvider)();
  await queryClient.fetchQuery(sdmQuery(connection, 'us-west-2', 'ListDevices', {}));
  expect(clientCount()).toBe(1);
  expect(queryClient.getQueryCache().findAll({ predicate: (q) => keyOfConnection(q.queryKey, connection.id) })).not.toHaveLength(0);
  return { id: connection.id, identity, credentials: new WeakRef(connection.credentials as object) };
}

describe('forgetting pasted keys', () => {
  it('leaves no client, no cached answer and no secret behind', async () => {
    const { id, identity, credentials } = await useKeys();
    await disconnect();

    expect(getConnection()).toBeNull();
    expect(clientCount()).toBe(0);
    expect(queryClient.getQueryCache().findAll({ predicate: (q) => keyOfConnection(q.queryKey, id) })).toEqual([]);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
    // Whoever still holds the keys object holds no secret in it.
    expect(identity).toEqual({ accessKeyId: '', secretAccessKey: '' } satisfies AwsCredentialIdentity);

    // Nothing of the dashboard keeps the credential provider alive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(credentials.deref()).toBeUndefined();
  });
});
