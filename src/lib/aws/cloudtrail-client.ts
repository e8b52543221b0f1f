import { CloudTrailClient, LookupEventsCommand, type LookupEventsCommandInput } from '@aws-sdk/client-cloudtrail';
import { endpointFor, type Connection } from './connection';
import { keptClient, pageOrigin, WATCH_AUTH, watchAuth } from './client';
import { assertConnectionRegion } from './regions';
import { CLOUDTRAIL_ORIGIN_PREFIX, sameOriginRoute } from './same-origin-middleware';

/**
 * The CloudTrail client of a connection and region, built like the SDM client (client.ts):
 * the same credentials, one send per request (the queue retries), the re-authentication
 * watch, and the same-origin route under `/cloudtrail/<region>/`. A configured endpoint URL
 * names Snow Device Management's own address (FIPS, VPC interface endpoint), not CloudTrail's:
 * CloudTrail is reached at its regional endpoint, its FIPS endpoint when SDM's is a FIPS one.
 * Loaded with the activity views only, so the first load does not carry CloudTrail's SDK.
 */
export function cloudTrailClient(connection: Connection, region: string): CloudTrailClient {
  assertConnectionRegion(connection, region);
  return keptClient(connection, `cloudtrail|${region}`, () => {
    const client = new CloudTrailClient({
      region,
      credentials: connection.credentials,
      useFipsEndpoint: /snow-device-management-fips\./.test(endpointFor(connection, region) ?? ''),
      maxAttempts: 1,
    });
    client.middlewareStack.add(watchAuth(), WATCH_AUTH);
    if (connection.apiRoute === 'same-origin') client.middlewareStack.use(sameOriginRoute(region, pageOrigin(), CLOUDTRAIL_ORIGIN_PREFIX));
    return client;
  });
}

/** The SDK command for one LookupEvents request (sent by scheduler.ts only). */
export function lookupEventsCommand(input: LookupEventsCommandInput): LookupEventsCommand {
  return new LookupEventsCommand(input);
}
