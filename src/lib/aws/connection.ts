import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Where credentials come from. */
export type ConnectionKind = 'simulated' | 'temporary' | 'cognito';

/** How requests reach the service: straight to the regional endpoint, or through the dashboard's own origin. */
export type ApiRoute = 'direct' | 'same-origin';

/**
 * One connection: a credential source plus the regions it covers. One SDK client per
 * (connection, region) is built from it in client.ts, nowhere else.
 */
export interface Connection {
  /** Changes whenever credentials or endpoints change, so clients and caches are rebuilt. */
  id: string;
  kind: ConnectionKind;
  regions: string[];
  endpointUrl?: string;
  apiRoute: ApiRoute;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Shown in the top bar; filled in once known. */
  label: string;
}

/** Fixed, obviously fake keys: the simulator ignores signatures, but the SDK still signs. */
export const SIMULATED_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: 'ASIASIMULATEDFLEET00',
  secretAccessKey: 'simulated-secret-not-a-real-key',
  sessionToken: 'simulated-session',
};

export const DEFAULT_REGION = 'us-west-2';

/** The built-in simulated fleet. */
export function simulatedConnection(regions: string[] = [DEFAULT_REGION]): Connection {
  return {
    id: `simulated:${regions.join(',')}`,
    kind: 'simulated',
    regions,
    apiRoute: 'direct',
    credentials: SIMULATED_CREDENTIALS,
    label: 'Simulated fleet',
  };
}
