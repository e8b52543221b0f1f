import { iamAction, type AwsCommandName } from './aws/sdm-commands';

/** What kind of failure, so each gets a deliberate treatment in the UI. */
export type ErrorKind =
  | 'throttling'
  | 'access-denied'
  | 'not-found'
  | 'validation'
  | 'quota'
  | 'internal'
  | 'auth'
  | 'network'
  | 'unknown';

export interface ErrorDescription {
  kind: ErrorKind;
  title: string;
  /** What happened, in the service's words where useful. */
  message: string;
  /** What the operator should do about it. */
  action: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  command?: AwsCommandName;
  region?: string;
}

const AUTH_ERRORS = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'InvalidClientTokenId',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'CredentialsProviderError',
  'NotAuthorizedException',
]);

/** The one map from AWS error names to what the operator reads and should do. */
export function describeError(error: unknown): ErrorDescription {
  const e = (error ?? {}) as ErrorLike;
  const name = e.name ?? 'Error';
  const message = e.message || name;
  const where = e.region ? ` in ${e.region}` : '';
  switch (name) {
    case 'ThrottlingException':
      return { kind: 'throttling', title: 'Requests are being throttled', message,
        action: 'AWS is limiting the request rate for this account. Wait a few seconds and retry; the dashboard already slowed down.' };
    case 'AccessDeniedException':
      return { kind: 'access-denied', title: 'Access denied', message,
        action: e.command
          ? `Your role is not allowed to perform ${iamAction(e.command)}${where}. Ask your administrator to grant that action.`
          : 'Your role lacks a permission this view needs. Ask your administrator to grant it.' };
    case 'ResourceNotFoundException':
      return { kind: 'not-found', title: 'Not found', message,
        action: `It may have been removed, or it belongs to another account or region${where ? ` than${where.replace(' in', '')}` : ''}.` };
    case 'ValidationException':
      return { kind: 'validation', title: 'The request was rejected', message,
        action: 'Correct the highlighted input and try again.' };
    case 'ServiceQuotaExceededException':
      return { kind: 'quota', title: 'Service quota exceeded', message,
        action: 'Wait for running tasks to finish, or request a quota increase in Service Quotas.' };
    case 'InternalServerException':
      return { kind: 'internal', title: 'AWS had an internal error', message,
        action: 'This is usually temporary. Retry in a moment.' };
    case 'ChunkLoadError':
      return { kind: 'network', title: 'This view could not be loaded', message,
        action: 'The network may be down, or the dashboard was updated meanwhile. Check your connection, then try again.' };
    case 'RegionOutsideConnection':
      return { kind: 'validation', title: 'This region is not part of the connection', message,
        action: 'Open a link from the dashboard itself, or add the region in Settings if your fleet is there.' };
    // CloudTrail LookupEvents' own validation errors (the time range, the lookup attribute, the page).
    case 'InvalidTimeRangeException':
      return { kind: 'validation', title: 'CloudTrail refused the time range', message,
        action: 'Choose a range whose start is before its end, within the last 90 days.' };
    case 'InvalidLookupAttributesException':
    case 'InvalidMaxResultsException':
    case 'InvalidEventCategoryException':
      return { kind: 'validation', title: 'CloudTrail refused the lookup', message,
        action: 'Reload the page. If it keeps failing, the dashboard and CloudTrail disagree about the request.' };
    case 'InvalidNextTokenException':
      return { kind: 'validation', title: 'CloudTrail could not continue the list', message,
        action: 'Refresh to start the list again from the newest event.' };
    case 'NetworkError':
      return { kind: 'network', title: e.command === 'LookupEvents' ? 'Could not reach AWS CloudTrail' : 'Could not reach Snow Device Management', message,
        action: 'Check your network connection, VPN or proxy, and the configured endpoint. Then retry.' };
    default:
      if (AUTH_ERRORS.has(name)) {
        return { kind: 'auth', title: 'Your session has expired or is not valid', message,
          action: 'Sign in again or enter new credentials in Settings. Nothing you typed is lost.' };
      }
      return { kind: 'unknown', title: 'Something went wrong', message, action: 'Retry. If it keeps failing, check the browser console.' };
  }
}
