/**
 * Where the managed login sends the browser back: the site root, the callback and sign-out
 * URL the deployed app client registers (infra/). A root URL carrying `code` and `state`
 * (or `error`) is a sign-in answer; any other URL is a page of the dashboard.
 */
export const CALLBACK_PATH = '/';

/** True when this URL is the managed login's answer to a sign-in. */
export function isSignInCallback(url: URL): boolean {
  return url.pathname === CALLBACK_PATH && url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
}

/** Window name of the sign-in popup, so the callback page knows it runs in one. */
export const SIGN_IN_POPUP = 'snow-dashboard-sign-in';
/** Not a secret: remembers that this browser signed in with Cognito, so a reload signs in again by itself. */
export const SIGNED_IN_HINT = 'snow-dashboard:signed-in-with';
