import { SnowDeviceManagementClient } from '@aws-sdk/client-snow-device-management';
import type { InitializeHandlerOptions, InitializeMiddleware } from '@smithy/types';
import { endpointFor, type Connection } from './connection';
import { reportAuthFailure } from './connection-reauth';
import { assertConnectionRegion } from './regions';
import { sameOriginRoute } from './same-origin-middleware';

/** Every client the dashboard built, keyed `<connection>|<region>` (SDM) or `<connection>|<service>|<region>`. */
const clients = new Map<string, { destroy(): void }>();

/**
 * The kept client under `key`, or a new one from `build`: one per connection, service and
 * region, dropped with the connection (forgetClients, renewClients). CloudTrail's client
 * (cloudtrail-client.ts, loaded with the activity views) is kept here too.
 */
export function keptClient<C extends { destroy(): void }>(connection: Connection, key: string, build: () => C): C {
  const full = `${connection.id}|${key}`;
  let client = clients.get(full) as C | undefined;
  if (!client) {
    client = build();
    clients.set(full, client);
  }
  return client;
}

/** Every SDM call passes here: expired or revoked credentials open the re-authentication modal. */
export function watchAuth<I extends object, O extends object>(): InitializeMiddleware<I, O> {
  return (next) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      reportAuthFailure(error);
      throw error;
    }
  };
}
export const WATCH_AUTH: InitializeHandlerOptions = { step: 'initialize', name: 'authFailureWatch', override: true };

export function pageOrigin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

/**
 * The one place SDK clients are built: one per connection and region, reused for every
 * request. Each client sends a request once: retries are the request queue's alone
 * (retry-policy.ts), which knows the whole queue. A region that is not a well-formed
 * region of the connection is refused before any endpoint is built from it.
 */
export function sdmClient(connection: Connection, region: string): SnowDeviceManagementClient {
  assertConnectionRegion(connection, region);
  return keptClient(connection, region, () => {
    const client = new SnowDeviceManagementClient({
      region,
      credentials: connection.credentials,
      endpoint: endpointFor(connection, region),
      maxAttempts: 1,
    });
    client.middlewareStack.add(watchAuth(), WATCH_AUTH);
    if (connection.apiRoute === 'same-origin') client.middlewareStack.use(sameOriginRoute(region, pageOrigin()));
    return client;
  });
}

/** How many clients are kept (for tests: none once the connection is forgotten). */
export function clientCount(): number {
  return clients.size;
}

/** Drops the clients of connections that are no longer in use (sign-out, new keys). */
export function forgetClients(keep?: Connection): void {
  for (const [key, client] of clients) {
    if (!keep || !key.startsWith(`${keep.id}|`)) {
      client.destroy();
      clients.delete(key);
    }
  }
}

/**
 * Drops one connection's clients so the next request asks its credential provider again:
 * the SDK keeps credentials without an expiry time for the client's whole life.
 */
export function renewClients(connection: Connection): void {
  for (const [key, client] of clients) {
    if (key.startsWith(`${connection.id}|`)) {
      client.destroy();
      clients.delete(key);
    }
  }
}
