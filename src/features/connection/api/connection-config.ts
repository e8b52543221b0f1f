import type { ApiRoute, FleetSnapshotSource } from '@/lib/aws/connection';
import { isRegionName } from './connection-regions';
import { endpointUrlProblem } from './endpoint-url';
import { checkFleetSnapshot } from './snapshot-config';

/** Sign-in with a Cognito user pool's managed login, then an identity pool for AWS credentials. */
export interface CognitoAuthConfig {
  type: 'cognito';
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityPoolId: string;
  /** Origin of the managed login, e.g. https://fleet.auth.us-east-1.amazoncognito.com */
  domain: string;
  /** Names of the roles the identity pool hands out (operator, viewer): the activity trail marks their calls. */
  roleNames?: string[];
  /** The viewer role's name (read-only sign-ins): actions it may not take are offered disabled. */
  viewerRoleName?: string;
}

/** The deployment's settings: `config.json` beside index.html, or VITE_* variables in development. */
export interface RuntimeConfig {
  regions: string[];
  apiRoute: ApiRoute;
  endpointUrl?: string;
  /** Absent: only temporary credentials (and the simulator in dev/demo builds) are offered. */
  auth?: CognitoAuthConfig;
  /** The deployment's shared fleet snapshot (CDK option fleetSnapshot). */
  fleetSnapshot?: FleetSnapshotSource;
}

export type ConfigCheck = { ok: true; config: RuntimeConfig; warnings: string[] } | { ok: false; problems: string[] };

const KNOWN_KEYS = ['regions', 'apiRoute', 'endpointUrl', 'auth', 'fleetSnapshot'];
const AUTH_KEYS = ['type', 'region', 'userPoolId', 'userPoolClientId', 'identityPoolId', 'domain', 'roleNames', 'viewerRoleName'];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/** Checks a region list; names each bad entry by its position. */
function checkRegions(raw: unknown, name: string, problems: string[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push(raw === undefined ? `${name} is missing: list the regions of your fleet, e.g. ["us-west-2"].` : `${name} must be a list of region names, e.g. ["us-west-2"], not ${show(raw)}.`);
    return [];
  }
  if (raw.length === 0) problems.push(`${name} is empty: list at least one region, e.g. ["us-west-2"].`);
  const seen = new Set<string>();
  raw.forEach((r, i) => {
    if (typeof r !== 'string' || !isRegionName(r)) problems.push(`${name}[${i}] ${show(r)} is not an AWS region name (like us-west-2).`);
    else if (seen.has(r)) problems.push(`${name}[${i}] '${r}' is listed twice.`);
    else seen.add(r);
  });
  return [...seen];
}

function checkAuth(raw: unknown, name: (key: string) => string, problems: string[], warnings: string[]): CognitoAuthConfig | undefined {
  if (!isObject(raw)) {
    problems.push(`${name('')} must be an object with type "cognito" and the Cognito ids, not ${show(raw)}.`);
    return undefined;
  }
  for (const k of Object.keys(raw)) if (!AUTH_KEYS.includes(k)) warnings.push(`${name(k)} is not a known setting and is ignored.`);
  const str = (k: string): string | undefined => {
    const v = raw[k];
    if (v === undefined || v === '') problems.push(`${name(k)} is missing.`);
    else if (typeof v !== 'string') problems.push(`${name(k)} must be text, not ${show(v)}.`);
    else return v.trim();
    return undefined;
  };
  if (raw.type !== undefined && raw.type !== 'cognito') problems.push(`${name('type')} ${show(raw.type)} is not supported: the only sign-in type is "cognito".`);
  const region = str('region');
  if (region && !isRegionName(region)) problems.push(`${name('region')} '${region}' is not an AWS region name (like us-east-1).`);
  const userPoolId = str('userPoolId');
  if (userPoolId) {
    const m = /^([a-z0-9-]+)_[0-9A-Za-z]+$/.exec(userPoolId);
    if (!m) problems.push(`${name('userPoolId')} '${userPoolId}' is not a user pool id (like us-east-1_AbCdEf123).`);
    else if (region && m[1] !== region) problems.push(`${name('userPoolId')} '${userPoolId}' belongs to ${m[1]}, but ${name('region')} is ${region}.`);
  }
  const userPoolClientId = str('userPoolClientId');
  if (userPoolClientId && !/^[\w+]{1,128}$/.test(userPoolClientId)) problems.push(`${name('userPoolClientId')} '${userPoolClientId}' is not an app client id (letters and digits, like 1example23456789).`);
  const identityPoolId = str('identityPoolId');
  if (identityPoolId) {
    const m = new RegExp(`^([a-z0-9-]+):${UUID}$`).exec(identityPoolId);
    if (!m) problems.push(`${name('identityPoolId')} '${identityPoolId}' is not an identity pool id (like us-east-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d).`);
    else if (region && m[1] !== region) problems.push(`${name('identityPoolId')} '${identityPoolId}' belongs to ${m[1]}, but ${name('region')} is ${region}.`);
  }
  let domain = str('domain');
  if (domain) {
    let url: URL | undefined;
    try {
      url = new URL(domain);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
      problems.push(`${name('domain')} '${domain}' must be the https:// address of the managed login, like https://myfleet.auth.us-east-1.amazoncognito.com`);
    } else domain = url.origin;
  }
  let roleNames: string[] | undefined;
  if (raw.roleNames !== undefined) {
    // IAM role names: letters, digits and +=,.@_- up to 64 characters.
    if (Array.isArray(raw.roleNames) && raw.roleNames.every((r) => typeof r === 'string' && /^[\w+=,.@-]{1,64}$/.test(r))) roleNames = raw.roleNames as string[];
    else problems.push(`${name('roleNames')} must be a list of IAM role names, like ["SnowFleet-operatorRole"], not ${show(raw.roleNames)}.`);
  }
  let viewerRoleName: string | undefined;
  if (raw.viewerRoleName !== undefined) {
    if (typeof raw.viewerRoleName === 'string' && /^[\w+=,.@-]{1,64}$/.test(raw.viewerRoleName)) viewerRoleName = raw.viewerRoleName;
    else problems.push(`${name('viewerRoleName')} must be an IAM role name, like "SnowFleet-viewerRole", not ${show(raw.viewerRoleName)}.`);
  }
  if (!region || !userPoolId || !userPoolClientId || !identityPoolId || !domain) return undefined;
  return { type: 'cognito', region, userPoolId, userPoolClientId, identityPoolId, domain, ...(roleNames ? { roleNames } : {}), ...(viewerRoleName ? { viewerRoleName } : {}) };
}

/** Names of settings as they appear in config.json. */
const jsonName = (key: string) => key;

/**
 * Validates a deployment configuration. Every problem is reported at once, each naming the
 * setting and the bad value, so whoever deploys can fix the file in one go.
 */
export function validateConfig(raw: unknown, name: (key: string) => string = jsonName): ConfigCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!isObject(raw)) return { ok: false, problems: [`The configuration must be a JSON object like {"regions": ["us-west-2"]}, not ${show(raw)}.`] };
  for (const k of Object.keys(raw)) if (!KNOWN_KEYS.includes(k)) warnings.push(`'${k}' is not a known setting and is ignored (known: ${KNOWN_KEYS.join(', ')}).`);
  const regions = checkRegions(raw.regions, name('regions'), problems);
  let apiRoute: ApiRoute = 'direct';
  if (raw.apiRoute !== undefined) {
    if (raw.apiRoute === 'direct' || raw.apiRoute === 'same-origin') apiRoute = raw.apiRoute;
    else problems.push(`${name('apiRoute')} ${show(raw.apiRoute)} must be "direct" or "same-origin".`);
  }
  let endpointUrl: string | undefined;
  if (raw.endpointUrl !== undefined && raw.endpointUrl !== '') {
    if (typeof raw.endpointUrl !== 'string') problems.push(`${name('endpointUrl')} must be text, not ${show(raw.endpointUrl)}.`);
    else {
      // The deployment may name any https address (a proxy of its own); Settings only AWS's.
      const problem = endpointUrlProblem(raw.endpointUrl, 'deployment');
      if (problem) problems.push(`${name('endpointUrl')} ${problem}`);
      else if (apiRoute === 'same-origin') problems.push(`${name('endpointUrl')} only works with ${name('apiRoute')} "direct": the same-origin route always reaches the regional service endpoint.`);
      else endpointUrl = raw.endpointUrl;
    }
  }
  const auth = raw.auth === undefined ? undefined : checkAuth(raw.auth, (k) => (k ? name(`auth.${k}`) : name('auth')), problems, warnings);
  const fleetSnapshot = raw.fleetSnapshot === undefined ? undefined : checkFleetSnapshot(raw.fleetSnapshot, (k) => name(k ? `fleetSnapshot.${k}` : 'fleetSnapshot'), problems, warnings);
  if (problems.length) return { ok: false, problems };
  return { ok: true, config: { regions, apiRoute, endpointUrl, auth, ...(fleetSnapshot ? { fleetSnapshot } : {}) }, warnings };
}

const ENV_NAMES: Record<string, string> = {
  regions: 'VITE_REGIONS',
  apiRoute: 'VITE_API_ROUTE',
  endpointUrl: 'VITE_ENDPOINT_URL',
  auth: 'VITE_COGNITO_*',
  'auth.region': 'VITE_COGNITO_REGION',
  'auth.userPoolId': 'VITE_COGNITO_USER_POOL_ID',
  'auth.userPoolClientId': 'VITE_COGNITO_CLIENT_ID',
  'auth.identityPoolId': 'VITE_COGNITO_IDENTITY_POOL_ID',
  'auth.domain': 'VITE_COGNITO_DOMAIN',
};

/** The configuration from VITE_* variables (local development), or undefined when none is set. */
export function configFromEnv(env: Record<string, string | undefined>): ConfigCheck | undefined {
  const set = (k: string) => (env[k]?.trim() ? env[k]!.trim() : undefined);
  const cognito = ['REGION', 'USER_POOL_ID', 'CLIENT_ID', 'IDENTITY_POOL_ID', 'DOMAIN'].some((k) => set(`VITE_COGNITO_${k}`));
  if (!set('VITE_REGIONS') && !set('VITE_API_ROUTE') && !set('VITE_ENDPOINT_URL') && !cognito) return undefined;
  const raw = {
    regions: set('VITE_REGIONS')?.split(',').map((r) => r.trim()),
    apiRoute: set('VITE_API_ROUTE'),
    endpointUrl: set('VITE_ENDPOINT_URL'),
    auth: cognito
      ? {
          type: 'cognito',
          region: set('VITE_COGNITO_REGION'),
          userPoolId: set('VITE_COGNITO_USER_POOL_ID'),
          userPoolClientId: set('VITE_COGNITO_CLIENT_ID'),
          identityPoolId: set('VITE_COGNITO_IDENTITY_POOL_ID'),
          domain: set('VITE_COGNITO_DOMAIN'),
        }
      : undefined,
  };
  return validateConfig(raw, (k) => ENV_NAMES[k] ?? k);
}
