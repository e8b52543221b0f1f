/** Where the managed login sends the browser back (register it as the app client's callback URL). */
export const CALLBACK_PATH = '/auth/callback';
/** Window name of the sign-in popup, so the callback page knows it runs in one. */
export const SIGN_IN_POPUP = 'snow-dashboard-sign-in';
/** Not a secret: remembers that this browser signed in with Cognito, so a reload signs in again by itself. */
export const SIGNED_IN_HINT = 'snow-dashboard:signed-in-with';
