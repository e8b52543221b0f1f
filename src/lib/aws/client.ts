import { SnowDeviceManagementClient } from '@aws-sdk/client-snow-device-management';
import type { Connection } from './connection';
import { sdkRetryStrategy } from './retry-strategy';

const clients = new Map<string, SnowDeviceManagementClient>();

/**
 * The one place SDK clients are built: one per connection and region, reused for every
 * request. The SDK retries network and server errors a little; throttling of large fan-outs is handled by
 * the request scheduler, which knows the whole queue.
 */
export function sdmClient(connection: Connection, region: string): SnowDeviceManagementClient {
  const key = `${connection.id}|${region}`;
  let client = clients.get(key);
  if (!client) {
    client = new SnowDeviceManagementClient({
      region,
      credentials: connection.credentials,
      endpoint: connection.endpointUrl || undefined,
      retryStrategy: sdkRetryStrategy,
    });
    clients.set(key, client);
  }
  return client;
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
