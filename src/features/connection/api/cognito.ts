import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { CognitoAuthConfig } from './connection-config';
import { CALLBACK_PATH, SIGN_IN_POPUP } from './cognito-constants';

/**
 * Sign-in with the user pool's managed login (authorization code + PKCE, by oidc-client-ts),
 * then AWS credentials from the identity pool for the ID token. Loaded only when a
 * deployment configures Cognito.
 *
 * Tokens live in memory only (InMemoryWebStorage): a reload forgets them and signs in
 * again through the managed login, whose own session cookie on the Cognito domain makes
 * that a quick round trip. Only the PKCE verifier and state of a sign-in in progress sit
 * in sessionStorage, for the few seconds of the redirect: that is how the code flow works.
 */
export interface CognitoSession {
  readonly auth: CognitoAuthConfig;
  readonly credentials: AwsCredentialIdentityProvider;
  user(): User | null;
  /** Name of the signed-in user, for the top bar. */
  userName(): string | undefined;
  /** Leaves for the managed login and comes back to `returnTo`. */
  signInRedirect(returnTo: string): Promise<void>;
  /** Signs in again in a popup, so the page (and whatever was typed) stays. */
  signInPopup(): Promise<void>;
  /** Renews the tokens with the refresh token, without any page; false if that is no longer possible. */
  renew(): Promise<boolean>;
  /** Exchanges the code of a redirect sign-in (on the callback page). */
  completeRedirect(): Promise<User>;
  /** Forgets the tokens and ends the managed login's session too. */
  signOut(): Promise<void>;
  onUserChange(listener: () => void): () => void;
}

let session: CognitoSession | undefined;

function manager(auth: CognitoAuthConfig, origin: string): UserManager {
  const issuer = `https://cognito-idp.${auth.region}.amazonaws.com/${auth.userPoolId}`;
  return new UserManager({
    authority: issuer,
    // Given, not discovered: one request less, and the Cognito domain is the only host the login uses.
    metadata: {
      issuer,
      authorization_endpoint: `${auth.domain}/oauth2/authorize`,
      token_endpoint: `${auth.domain}/oauth2/token`,
      revocation_endpoint: `${auth.domain}/oauth2/revoke`,
      userinfo_endpoint: `${auth.domain}/oauth2/userInfo`,
      end_session_endpoint: `${auth.domain}/logout`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
    },
    client_id: auth.userPoolClientId,
    redirect_uri: origin + CALLBACK_PATH,
    popup_redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + CALLBACK_PATH,
    response_type: 'code',
    scope: 'openid email',
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // Renews with the refresh token a minute before the tokens expire.
    automaticSilentRenew: true,
    popupWindowTarget: SIGN_IN_POPUP,
    popupWindowFeatures: { width: 520, height: 680 },
  });
}

/** The one Cognito session of this tab. */
export function cognitoSession(auth: CognitoAuthConfig, origin = window.location.origin): CognitoSession {
  if (session) return session;
  const mgr = manager(auth, origin);
  let current: User | null = null;
  const listeners = new Set<() => void>();
  const set = (user: User | null) => {
    current = user;
    listeners.forEach((l) => l());
  };
  mgr.events.addUserLoaded(set);
  mgr.events.addUserUnloaded(() => set(null));
  mgr.events.addSilentRenewError(() => undefined); // the next AWS call reports it and asks to sign in again

  const idToken = async (): Promise<string> => {
    let user = current;
    if (!user || user.expired) user = await mgr.signinSilent().catch(() => null);
    if (!user?.id_token) {
      const e = new Error('Your sign-in has expired. Sign in again.');
      e.name = 'NotAuthorizedException';
      throw e;
    }
    return user.id_token;
  };
  // The identity pool trades the ID token for credentials; the SDK asks again five minutes
  // before they expire, and the token is read afresh each time (renewals included).
  const credentials = fromCognitoIdentityPool({
    identityPoolId: auth.identityPoolId,
    logins: { [`cognito-idp.${auth.region}.amazonaws.com/${auth.userPoolId}`]: idToken },
    clientConfig: { region: auth.region },
  });

  session = {
    auth,
    credentials,
    user: () => current,
    userName: () => {
      const p = current?.profile as Record<string, unknown> | undefined;
      return (p?.email as string | undefined) ?? (p?.['cognito:username'] as string | undefined) ?? (p?.sub as string | undefined);
    },
    signInRedirect: (returnTo) => mgr.signinRedirect({ state: { returnTo } }),
    signInPopup: async () => {
      set(await mgr.signinPopup());
    },
    renew: async () => {
      const user = await mgr.signinSilent().catch(() => null);
      if (user) set(user);
      return Boolean(user);
    },
    completeRedirect: async () => {
      const user = await mgr.signinRedirectCallback();
      set(user);
      return user;
    },
    signOut: async () => {
      await mgr.removeUser();
      const q = new URLSearchParams({ client_id: auth.userPoolClientId, logout_uri: `${origin}/` });
      window.location.assign(`${auth.domain}/logout?${q.toString()}`);
    },
    onUserChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return session;
}

/**
 * Finishes a sign-in on the callback page. In the popup it hands the answer to the opener
 * (which exchanges the code) and closes; in the main window it exchanges the code and
 * returns where the operator was going.
 */
export async function finishSignIn(auth: CognitoAuthConfig): Promise<{ popup: true } | { popup: false; returnTo: string; session: CognitoSession }> {
  if (window.name === SIGN_IN_POPUP && window.opener) {
    await manager(auth, window.location.origin).signinPopupCallback();
    return { popup: true };
  }
  const s = cognitoSession(auth);
  const user = await s.completeRedirect();
  const state = user.state as { returnTo?: string } | undefined;
  // Only a path of this site: never an open redirect.
  const returnTo = state?.returnTo?.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/devices';
  return { popup: false, returnTo, session: s };
}
