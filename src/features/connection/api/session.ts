import { simulatedConnection, type Connection, type FleetSnapshotSource } from '@/lib/aws/connection';
import { renewClients } from '@/lib/aws/client';
import { completeReauthentication } from '@/lib/aws/connection-reauth';
import {
  administratorEndpoint,
  getRuntimeConfig,
  initialEndpointUrl,
  initialRegions,
  loadConnectionPrefs,
  saveConnectionPrefs,
} from './connection-choices';
import { getConnection, setConnection } from '@/lib/aws/connection-store';
import type { CognitoSession } from './cognito';
import { localRecord } from '@/lib/local-record';
import { SIGNED_IN_HINT } from './cognito-constants';
import { endpointUrlProblem } from './endpoint-url';
import { replaceKeys, temporaryConnection, type KeyInput } from './temporary';

/** That this browser signed in with Cognito before: the only sign-in fact kept (never a token). */
const signedInHint = localRecord<string>(SIGNED_IN_HINT, (raw) => (typeof raw === 'string' ? raw : undefined));

/** Regions, route and endpoint every new connection starts with. */
export function connectionBase(): Pick<Connection, 'regions' | 'apiRoute' | 'endpointUrl' | 'dashboardRoles' | 'viewerRole' | 'snapshot'> {
  const config = getRuntimeConfig();
  const prefs = loadConnectionPrefs();
  return {
    regions: initialRegions(config, prefs),
    apiRoute: config?.apiRoute ?? 'direct',
    endpointUrl: initialEndpointUrl(config, prefs),
    ...(config?.auth?.roleNames ? { dashboardRoles: config.auth.roleNames } : {}),
    ...(config?.auth?.viewerRoleName ? { viewerRole: config.auth.viewerRoleName } : {}),
    ...(config?.fleetSnapshot ? { snapshot: config.fleetSnapshot } : {}),
  };
}

/** The same credentials on other regions or another endpoint: a new id, so caches are not mixed. */
function rebase(connection: Connection, regions: string[], endpointUrl: string | undefined): Connection {
  const root = connection.id.split('@')[0];
  return { ...connection, id: `${root}@${regions.join(',')}@${endpointUrl ?? ''}`, regions, endpointUrl };
}

/**
 * Saves the operator's regions and endpoint, and moves the current connection onto them.
 * An endpoint set by the administrator stays; a typed one must be a service address.
 */
export function applyConnectionChoices(regions: string[], endpointUrl: string | undefined): void {
  const admin = administratorEndpoint(getRuntimeConfig());
  const problem = !admin && endpointUrl ? endpointUrlProblem(endpointUrl, 'settings', regions) : undefined;
  if (problem) throw new Error(problem);
  saveConnectionPrefs({ regions, endpointUrl: admin ? undefined : endpointUrl });
  const current = getConnection();
  if (current) setConnection(rebase(current, regions, current.apiRoute === 'same-origin' ? undefined : (admin ?? endpointUrl)));
}

/** The built-in simulated fleet (dev and demo builds), with the simulator's shared snapshot when it serves one. */
export function connectSimulated(snapshot?: FleetSnapshotSource): void {
  const base = connectionBase();
  const connection = rebase(simulatedConnection(base.regions, base.apiRoute), base.regions, base.endpointUrl);
  const shared = snapshot ?? base.snapshot;
  setConnection(shared ? { ...connection, snapshot: shared } : connection);
}

/** Pasted keys, held in memory only. */
export function connectTemporary(keys: KeyInput): Connection {
  const connection = temporaryConnection(keys, connectionBase());
  setConnection(connection);
  return connection;
}

/** New keys for the connection in use (re-authentication): same connection, same caches. */
export function renewTemporary(keys: KeyInput): void {
  const current = getConnection();
  if (current && replaceKeys(current, keys)) {
    renewClients(current);
    completeReauthentication();
  } else {
    connectTemporary(keys);
    completeReauthentication();
  }
}

let cognito: CognitoSession | undefined;

async function loadSession(): Promise<CognitoSession> {
  const auth = getRuntimeConfig()?.auth;
  if (!auth) throw new Error('This deployment has no Cognito sign-in configured.');
  const { cognitoSession } = await import('./cognito');
  cognito = cognitoSession(auth);
  return cognito;
}

/** Uses a signed-in Cognito session as the connection. */
export function connectCognito(session: CognitoSession): void {
  cognito = session;
  // Without storage a reload shows the sign-in button instead of signing in by itself.
  signedInHint.save('cognito');
  setConnection({ ...connectionBase(), id: `cognito:${session.auth.userPoolId}`, kind: 'cognito', credentials: session.credentials, label: session.userName() ?? 'Signed in' });
}

/** Leaves for the managed login; the browser comes back to `returnTo`. */
export async function signInWithCognito(returnTo = window.location.pathname + window.location.search): Promise<void> {
  const session = await loadSession();
  await session.signInRedirect(returnTo);
}

/** Signs in again without leaving the page: refresh token first, then a popup. */
export async function reauthenticateWithCognito(popup: boolean): Promise<void> {
  const session = cognito ?? (await loadSession());
  if (popup) await session.signInPopup();
  else if (!(await session.renew())) throw new Error('The sign-in can no longer be renewed.');
  connectCognitoIfNeeded(session);
  const current = getConnection();
  if (current) renewClients(current);
  completeReauthentication();
}

function connectCognitoIfNeeded(session: CognitoSession) {
  if (getConnection()?.kind !== 'cognito') connectCognito(session);
}

/** True when this browser signed in with Cognito before (and did not sign out). */
export function hasSignInHint(): boolean {
  return signedInHint.load() === 'cognito';
}

/** Ends the connection: Cognito signs out at the managed login too; pasted keys are dropped. */
export async function disconnect(): Promise<void> {
  const current = getConnection();
  setConnection(null);
  // What was described under this sign-in does not outlive it (loaded here only: not needed at start).
  await (await import('@/lib/fleet-cache')).clearFleetCache();
  if (current?.kind === 'cognito') {
    signedInHint.remove();
    await (cognito ?? (await loadSession())).signOut();
  }
}
