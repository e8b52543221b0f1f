import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { DEFAULT_REGION, isRegionName } from './regions';

export { DEFAULT_REGION, homeRegion } from './regions';

/** Where credentials come from. */
export type ConnectionKind = 'simulated' | 'temporary' | 'cognito';

/** How requests reach the service: straight to the regional endpoint, or through the dashboard's own origin. */
export type ApiRoute = 'direct' | 'same-origin';

/**
 * One connection: a credential source plus the regions it covers. One SDK client per
 * (connection, region) is built from it in client.ts, nowhere else.
 */
export interface Connection {
  /** Changes whenever credentials, regions or endpoints change, so clients and caches are rebuilt. */
  id: string;
  kind: ConnectionKind;
  regions: string[];
  /** Overrides the service endpoint (VPC interface endpoint, FIPS); `{region}` stands for the region. */
  endpointUrl?: string;
  apiRoute: ApiRoute;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Shown in the top bar: the source, or the signed-in user. */
  label: string;
  /**
   * Names of the IAM roles the dashboard's Cognito sign-in hands out (config.json
   * `auth.roleNames`), so the activity trail can tell calls made through the dashboard.
   */
  dashboardRoles?: string[];
  /** The deployment's viewer role (`auth.viewerRoleName`): a caller in it may read, not change. */
  viewerRole?: string;
  /** Wipes the secrets behind `credentials` once no connection uses them (pasted keys). */
  forget?: () => void;
  /** The deployment's shared fleet snapshot, when it writes one (read with these credentials). */
  snapshot?: FleetSnapshotSource;
}

/** Where the deployment's snapshot Lambda writes the fleet: `<prefix><region>.json.gz` in a bucket. */
export interface FleetSnapshotSource {
  bucket: string;
  /** The bucket's region. */
  region: string;
  prefix: string;
  /** How often the snapshot is written. */
  intervalMinutes: number;
}

/** Fixed, obviously fake keys: the simulator ignores signatures, but the SDK still signs. */
export const SIMULATED_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: 'ASIASIMULATEDFLEET00',
  secretAccessKey: 'simulated-secret-not-a-real-key',
  sessionToken: 'simulated-session',
};

/** The account the simulator's ARNs use. */
export const SIMULATED_ACCOUNT = '123456789012';


/** The roles the simulated fleet's trail names as the dashboard's own sign-in roles. */
export const SIMULATED_DASHBOARD_ROLES = ['SnowFleetDashboard-operatorRole', 'SnowFleetDashboard-viewerRole'];

/** The built-in simulated fleet (in dev and demo builds only). */
export function simulatedConnection(regions: string[] = [DEFAULT_REGION], apiRoute: ApiRoute = 'direct'): Connection {
  return {
    id: `simulated:${regions.join(',')}:${apiRoute}`,
    kind: 'simulated',
    regions,
    apiRoute,
    credentials: SIMULATED_CREDENTIALS,
    dashboardRoles: SIMULATED_DASHBOARD_ROLES,
    label: 'Simulated fleet',
  };
}

/**
 * The endpoint URL for one region: `{region}` in the configured URL is replaced. The region
 * must be a well-formed region name and the result an https URL, or nothing is built.
 */
export function endpointFor(connection: Pick<Connection, 'endpointUrl'>, region: string): string | undefined {
  if (!connection.endpointUrl) return undefined;
  if (!isRegionName(region)) throw new Error(`'${region.slice(0, 40)}' is not an AWS region name: no endpoint is built for it.`);
  const url = connection.endpointUrl.replaceAll('{region}', region);
  if (!URL.canParse(url) || new URL(url).protocol !== 'https:') throw new Error('The endpoint URL must be an https:// address.');
  return url;
}
