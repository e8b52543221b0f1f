import { getRuntimeConfig, setConfigState, type ConfigState } from './connection-choices';
import type { FleetSnapshotSource } from '@/lib/aws/connection';
import { getConnection } from '@/lib/aws/connection-store';
import { isSignInCallback } from './cognito-constants';
import { loadConfigState } from './load-config';
import { connectCognito, connectSimulated, hasSignInHint, signInWithCognito } from './session';

/** What start-up decided to show. */
export type BootResult =
  | { view: 'app'; navigateTo?: string; signInError?: string }
  | { view: 'setup'; config: ConfigState }
  /** This window only carried a sign-in answer back to its opener, or is leaving to sign in. */
  | { view: 'none' };

let signInError: string | undefined;

/** Why the last sign-in failed, for the sign-in prompt. */
export function lastSignInError(): string | undefined {
  return signInError;
}

/**
 * Start-up: read the deployment's configuration, finish a sign-in coming back from the
 * managed login, and pick the first connection. `startSimulator` is only passed by dev and
 * demo builds, where the simulated fleet is the default and a missing configuration is fine;
 * it answers where the simulator's shared fleet snapshot is, when it serves one.
 */
export async function bootConnection(startSimulator?: () => Promise<FleetSnapshotSource | undefined>): Promise<BootResult> {
  const config = await loadConfigState();
  performance.mark('boot:config');
  setConfigState(config);
  if (config.status === 'ok' && config.warnings.length) console.warn(`${config.source}:\n${config.warnings.join('\n')}`);
  const auth = getRuntimeConfig()?.auth;
  let navigateTo: string | undefined;

  if (auth && isSignInCallback(new URL(window.location.href))) {
    try {
      const { finishSignIn } = await import('./cognito');
      const done = await finishSignIn(auth);
      if (done.popup) return { view: 'none' };
      connectCognito(done.session);
      navigateTo = done.returnTo;
    } catch (error) {
      signInError = `Sign-in did not complete: ${(error as Error).message}`;
      navigateTo = '/devices';
    }
  }

  if (startSimulator) {
    // The simulator may serve a shared snapshot (sim-snapshot): the simulated connection reads it.
    const snapshot = await startSimulator();
    if (config.status !== 'invalid' && !getConnection()) connectSimulated(snapshot);
  }
  if (config.status === 'invalid' || (config.status === 'missing' && !startSimulator)) return { view: 'setup', config };

  // Tokens are kept in memory only: after a reload, sign in again through the managed login
  // (its own session makes that a quick round trip), back to the same page.
  if (auth && !getConnection() && !signInError && hasSignInHint()) {
    await signInWithCognito();
    return { view: 'none' };
  }
  return { view: 'app', navigateTo, signInError };
}
