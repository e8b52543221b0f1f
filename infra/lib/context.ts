import type { ApiRoute } from './dashboard-config.js';

/** Stack options, from CDK context (cdk.json or `-c key=value`). */
export interface DashboardOptions {
  /** SDM regions; default ["us-west-2"]. */
  regions: string[];
  /** Managed login domain prefix; default `snowfleet-<account id>`. */
  cognitoDomainPrefix?: string;
  /** Default "same-origin". */
  apiRoute: ApiRoute;
  /** Built app to deploy; default ../dist. */
  distDir: string;
  /** Custom SDM endpoint for the direct route (rare). */
  endpointUrl?: string;
  /** Minutes between shared fleet snapshots (`-c fleetSnapshot=5`); absent: no snapshot Lambda. */
  fleetSnapshotMinutes?: number;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Context values arrive as JSON from cdk.json but as strings from `-c`; accept both. */
export function parseRegions(value: unknown): string[] {
  let list: unknown = value ?? ['us-west-2'];
  if (typeof list === 'string') {
    const text = list.trim();
    list = text.startsWith('[') ? (JSON.parse(text) as unknown) : text.split(',');
  }
  if (!Array.isArray(list) || list.length === 0) throw new Error('context "regions" must be a non-empty list');
  const regions = list.map((r) => String(r).trim());
  for (const r of regions) if (!REGION.test(r)) throw new Error(`context "regions": "${r}" is not a region name`);
  return [...new Set(regions)];
}

export function parseApiRoute(value: unknown): ApiRoute {
  const route = value ?? 'same-origin';
  if (route !== 'same-origin' && route !== 'direct') {
    throw new Error(`context "apiRoute" must be "same-origin" or "direct", got "${String(route)}"`);
  }
  return route;
}

export function parseDomainPrefix(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const prefix = String(value);
  if (!PREFIX.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(`context "cognitoDomainPrefix": "${prefix}" must be lower-case letters, digits and hyphens, without aws/amazon/cognito`);
  }
  return prefix;
}

/** `fleetSnapshot`: whole minutes between snapshots, 1 to 1440; absent, empty or "off" turns it off. */
export function parseFleetSnapshot(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '' || value === false || value === 'off' || value === 'false') return undefined;
  const text = String(value).trim();
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < 1 || minutes > 1440) {
    throw new Error(`context "fleetSnapshot" must be the minutes between snapshots, a whole number from 1 to 1440 (e.g. -c fleetSnapshot=5), or "off"; got "${text}"`);
  }
  return minutes;
}

export function optionsFromContext(get: (key: string) => unknown, defaultDistDir: string): DashboardOptions {
  const endpointUrl = get('endpointUrl');
  return {
    regions: parseRegions(get('regions')),
    cognitoDomainPrefix: parseDomainPrefix(get('cognitoDomainPrefix')),
    apiRoute: parseApiRoute(get('apiRoute')),
    distDir: typeof get('distDir') === 'string' ? String(get('distDir')) : defaultDistDir,
    endpointUrl: typeof endpointUrl === 'string' && endpointUrl !== '' ? endpointUrl : undefined,
    fleetSnapshotMinutes: parseFleetSnapshot(get('fleetSnapshot')),
  };
}
