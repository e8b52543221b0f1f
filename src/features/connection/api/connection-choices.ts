import type { RuntimeConfig } from './connection-config';
import { DEFAULT_REGION } from '@/lib/aws/connection';
import { asObject, localRecord } from '@/lib/local-record';
import { isRegionName, SDM_REGIONS } from './connection-regions';
import { isServiceEndpoint } from './endpoint-url';

/** What start-up found: the deployment's configuration, or why there is none. */
export type ConfigState =
  | { status: 'missing' }
  | { status: 'invalid'; source: string; problems: string[] }
  | { status: 'ok'; source: string; config: RuntimeConfig; warnings: string[] };

let configState: ConfigState = { status: 'missing' };

/** Set once at start-up by the connection feature. */
export function setConfigState(next: ConfigState): void {
  configState = next;
}

export function getConfigState(): ConfigState {
  return configState;
}

/** The valid runtime configuration, if any. */
export function getRuntimeConfig(): RuntimeConfig | undefined {
  return configState.status === 'ok' ? configState.config : undefined;
}

/** The operator's connection choices. Not secret, so they survive a reload in localStorage. */
export interface ConnectionPrefs {
  regions?: string[];
  endpointUrl?: string;
}

const record = localRecord<ConnectionPrefs>('snow-dashboard:connection', (raw) => {
  const parsed = asObject(raw) ?? {};
  return {
    regions: Array.isArray(parsed.regions) ? parsed.regions.filter((r): r is string => typeof r === 'string' && isRegionName(r)) : undefined,
    endpointUrl: typeof parsed.endpointUrl === 'string' ? parsed.endpointUrl : undefined,
  };
});

export function loadConnectionPrefs(): ConnectionPrefs {
  return record.load() ?? {};
}

/** Persists region and endpoint choices (never credentials). */
export function saveConnectionPrefs(prefs: ConnectionPrefs): void {
  record.save({ regions: prefs.regions, endpointUrl: prefs.endpointUrl || undefined });
}

/**
 * Regions the operator may choose. On the same-origin route only the deployment's regions
 * have a CloudFront behaviour; otherwise every SDM region, plus any the deployment lists.
 */
export function selectableRegions(config: RuntimeConfig | undefined): string[] {
  if (config?.apiRoute === 'same-origin') return [...config.regions];
  const all = SDM_REGIONS.map((r) => r.id);
  for (const r of config?.regions ?? []) if (!all.includes(r)) all.push(r);
  return all;
}

/** The regions to start with: the operator's last choice where still allowed, else the deployment's. */
export function initialRegions(config: RuntimeConfig | undefined, prefs: ConnectionPrefs): string[] {
  const allowed = config?.apiRoute === 'same-origin' ? new Set(config.regions) : undefined;
  const chosen = (prefs.regions ?? []).filter((r) => !allowed || allowed.has(r));
  if (chosen.length) return chosen;
  return config?.regions.length ? [...config.regions] : [DEFAULT_REGION];
}

/**
 * The deployment's endpoint when it is not one of the service's own addresses (a proxy, say):
 * then it is the administrator's to set, and Settings shows it without letting it change.
 */
export function administratorEndpoint(config: RuntimeConfig | undefined): string | undefined {
  if (config?.apiRoute === 'same-origin' || !config?.endpointUrl) return undefined;
  return isServiceEndpoint(config.endpointUrl) ? undefined : config.endpointUrl;
}

/**
 * The endpoint override in force (direct route only): the administrator's, else the
 * operator's when it is still a service address, else the deployment's.
 */
export function initialEndpointUrl(config: RuntimeConfig | undefined, prefs: ConnectionPrefs): string | undefined {
  if (config?.apiRoute === 'same-origin') return undefined;
  const typed = prefs.endpointUrl && isServiceEndpoint(prefs.endpointUrl) ? prefs.endpointUrl : undefined;
  return administratorEndpoint(config) ?? (typed || config?.endpointUrl || undefined);
}
