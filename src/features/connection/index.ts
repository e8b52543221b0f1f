// The connection feature: where credentials come from, the deployment's configuration,
// sign-in, re-authentication and the identity in use. Other features import only this file.
import { lazyWithRetry } from '@/lib/lazy-retry';

export { bootConnection, type BootResult } from './api/boot';
export { connectionAccount, useCallerIdentity } from './api/identity';
export { connectSimulated } from './api/session';
export { ReauthHost } from './components/reauth-host';
export { SignInPrompt } from './components/sign-in-prompt';
export { SimulatedBadge } from './components/simulated-badge';
export { useIdentityUtility } from './components/use-identity-utility';

// Loaded when shown, so the first load of the inventory does not carry the forms.
/** Settings › Connection (lazy: render inside Suspense). */
export const ConnectionSettings = lazyWithRetry(() => import('./components/connection-settings').then((m) => ({ default: m.ConnectionSettings })));
/** The setup page for a missing or wrong configuration (lazy: render inside Suspense). */
export const SetupPage = lazyWithRetry(() => import('./components/setup-page').then((m) => ({ default: m.SetupPage })));
