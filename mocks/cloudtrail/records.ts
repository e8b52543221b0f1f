import { hashSeed, prng, uuid } from '../model/random';

/** A CloudTrail management event record, as CloudTrail writes it (the `CloudTrailEvent` JSON). */
export interface TrailRecord {
  eventVersion: string;
  userIdentity: Record<string, unknown>;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  eventType: 'AwsApiCall';
  managementEvent: true;
  recipientAccountId: string;
  eventCategory: 'Management';
}

export const SDM_EVENT_SOURCE = 'snow-device-management.amazonaws.com';

/** Who made a call: an assumed role (session), or an IAM user. */
export type Caller =
  | { kind: 'role'; account: string; role: string; session: string; cognito?: { identityPoolId: string; identityId: string }; accessKeyId: string }
  | { kind: 'user'; account: string; user: string; accessKeyId: string };

/** Parses an STS assumed-role ARN (`arn:aws:sts::<account>:assumed-role/<role>/<session>`). */
export function callerFromArn(arn: string, accessKeyId: string): Caller {
  const m = /^arn:aws[a-z-]*:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(arn);
  if (m) return { kind: 'role', account: m[1]!, role: m[2]!, session: m[3]!, accessKeyId };
  const u = /^arn:aws[a-z-]*:iam::(\d{12}):user\/(.+)$/.exec(arn);
  if (u) return { kind: 'user', account: u[1]!, user: u[2]!, accessKeyId };
  return { kind: 'role', account: '123456789012', role: 'Unknown', session: 'unknown', accessKeyId };
}

/** The role's unique id (AROA…) and a user's (AIDA…), stable per name. */
const uniqueId = (prefix: string, name: string) => `${prefix}${hashSeed(name).toString(36).toUpperCase().padStart(7, 'X')}SIMULATED`.slice(0, 21);

/** `userIdentity` as CloudTrail writes it for the caller. */
export function userIdentity(c: Caller, at: number): Record<string, unknown> {
  if (c.kind === 'user') {
    return { type: 'IAMUser', principalId: uniqueId('AIDA', c.user), arn: `arn:aws:iam::${c.account}:user/${c.user}`, accountId: c.account, accessKeyId: c.accessKeyId, userName: c.user };
  }
  const roleId = uniqueId('AROA', c.role);
  return {
    type: 'AssumedRole',
    principalId: `${roleId}:${c.session}`,
    arn: `arn:aws:sts::${c.account}:assumed-role/${c.role}/${c.session}`,
    accountId: c.account,
    accessKeyId: c.accessKeyId,
    sessionContext: {
      sessionIssuer: { type: 'Role', principalId: roleId, arn: `arn:aws:iam::${c.account}:role/${c.role}`, accountId: c.account, userName: c.role },
      webIdFederationData: c.cognito
        ? { federatedProvider: 'cognito-identity.amazonaws.com', attributes: { 'cognito-identity.amazonaws.com:aud': c.cognito.identityPoolId, 'cognito-identity.amazonaws.com:sub': c.cognito.identityId, 'cognito-identity.amazonaws.com:amr': '["authenticated"]' } }
        : {},
      attributes: { creationDate: isoSeconds(at - 600_000), mfaAuthenticated: 'false' },
    },
  };
}

/** CloudTrail's eventTime: UTC to the second. */
export const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const READ = /^(Describe|List)/;

export interface CallFacts {
  operation: string;
  region: string;
  at: number;
  caller: Caller;
  sourceIp: string;
  userAgent: string;
  requestParameters: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  error?: { code: string; message: string };
}

let sequence = 0;

/** One record for one SDM call; failed calls carry errorCode and errorMessage, and no response. */
export function makeRecord(f: CallFacts): TrailRecord {
  const r = prng(hashSeed(f.operation, f.region, f.at, ++sequence));
  return {
    eventVersion: '1.09',
    userIdentity: userIdentity(f.caller, f.at),
    eventTime: isoSeconds(f.at),
    eventSource: SDM_EVENT_SOURCE,
    eventName: f.operation,
    awsRegion: f.region,
    sourceIPAddress: f.sourceIp,
    userAgent: f.userAgent,
    ...(f.error ? { errorCode: f.error.code, errorMessage: f.error.message } : {}),
    requestParameters: f.requestParameters,
    responseElements: f.error ? null : (f.responseElements ?? null),
    requestID: uuid(r),
    eventID: uuid(r),
    readOnly: READ.test(f.operation),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: f.caller.account,
    eventCategory: 'Management',
  };
}

/**
 * The request's parameters as CloudTrail writes them for a restJson1 service: the input
 * members by name, whether the SDK put them in the path, the query string or the body.
 */
export function requestParameters(req: { params: Record<string, string>; query: URLSearchParams; body: Record<string, unknown> }): Record<string, unknown> | null {
  const out: Record<string, unknown> = { ...req.params };
  for (const key of new Set(req.query.keys())) {
    const values = req.query.getAll(key);
    out[key] = key === 'tagKeys' ? values : key === 'maxResults' ? Number(values[0]) : values[0];
  }
  Object.assign(out, req.body);
  return Object.keys(out).length ? out : null;
}

/** What CloudTrail keeps of a write's response (reads have none). */
export function responseElements(operation: string, body: unknown): Record<string, unknown> | null {
  if (operation === 'CreateTask' || operation === 'CancelTask') return (body ?? null) as Record<string, unknown> | null;
  return null;
}
