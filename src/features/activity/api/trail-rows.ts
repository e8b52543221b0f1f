import type { Event as TrailEvent } from '@aws-sdk/client-cloudtrail';

/** The event source Snow Device Management writes its CloudTrail events under (its model's cloudTrailEventSource). */
export const SDM_EVENT_SOURCE = 'snow-device-management.amazonaws.com';

/** The calls that change something; every other SDM call is a read (hidden unless asked for). */
export const WRITE_EVENTS = ['CreateTask', 'CancelTask', 'TagResource', 'UntagResource'] as const;

/** SDM's operations; an event named otherwise is shown as it comes, marked unknown. */
const KNOWN_EVENTS = new Set<string>([
  ...WRITE_EVENTS, 'DescribeDevice', 'DescribeDeviceEc2Instances', 'DescribeExecution', 'DescribeTask',
  'ListDeviceResources', 'ListDevices', 'ListExecutions', 'ListTagsForResource', 'ListTasks',
]);

/** Who made a call, as the operator reads it. */
export interface Actor {
  /** A user name, a role session name, or the ARN when nothing shorter is known. */
  name: string;
  /** The role the session came from, or the identity type (IAMUser, Root, AWSService). */
  via?: string;
  arn?: string;
  /** The session came from one of the roles the dashboard's sign-in hands out. */
  viaDashboard: boolean;
}

/** One CloudTrail event as a row of the activity table. */
export interface ActivityRow {
  id: string;
  region: string;
  time?: Date;
  eventName: string;
  /** An operation Snow Device Management has (others are shown, flagged). */
  known: boolean;
  readOnly: boolean;
  actor: Actor;
  devices: string[];
  tasks: string[];
  sourceIp?: string;
  userAgent?: string;
  error?: { code: string; message?: string };
  /** The record could not be read (broken JSON): only the lookup's own fields are shown. */
  partial: boolean;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The id in a managed device or task ARN (`…:managed-device/<id>`, `…:task/<id>`), or a bare id. */
function idOf(value: unknown, kind: 'managed-device' | 'task'): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  if (!s.startsWith('arn:')) return s;
  const m = new RegExp(`:${kind}/([^/]+)$`).exec(s);
  return m?.[1];
}

/** Devices and tasks a call names, from its request parameters (and a created task's id from the response). */
export function subjectsOf(eventName: string, request: Json | undefined, response: Json | undefined): { devices: string[]; tasks: string[] } {
  const devices = new Set<string>();
  const tasks = new Set<string>();
  const addDevice = (v: unknown) => { const id = idOf(v, 'managed-device'); if (id) devices.add(id); };
  const addTask = (v: unknown) => { const id = idOf(v, 'task'); if (id) tasks.add(id); };
  if (request) {
    if (Array.isArray(request.targets)) request.targets.forEach(addDevice);
    addDevice(request.managedDeviceId);
    addTask(request.taskId);
    const arn = str(request.resourceArn);
    if (arn?.includes(':managed-device/')) addDevice(arn);
    else if (arn?.includes(':task/')) addTask(arn);
  }
  if (eventName === 'CreateTask' && response) addTask(response.taskId);
  return { devices: [...devices], tasks: [...tasks] };
}

/** Who, from the record's userIdentity: user or session name, the role behind it, and whether it is the dashboard's. */
export function actorOf(identity: Json | undefined, username: string | undefined, dashboardRoles: readonly string[] = []): Actor {
  const type = str(identity?.type);
  const arn = str(identity?.arn);
  if (type === 'AssumedRole') {
    const session = obj(identity?.sessionContext);
    const issuer = obj(session?.sessionIssuer);
    const role = str(issuer?.userName) ?? arn?.split('/')[1];
    const sessionName = arn?.split('/').slice(2).join('/') || username;
    // Cognito identity pool sessions all share one session name: the identity id tells them apart.
    const cognitoId = str(obj(obj(session?.webIdFederationData)?.attributes)?.['cognito-identity.amazonaws.com:sub']);
    const name = sessionName === 'CognitoIdentityCredentials' && cognitoId ? `Cognito identity ${cognitoId}` : sessionName ?? arn ?? 'Unknown';
    return { name, via: role, arn, viaDashboard: Boolean(role && dashboardRoles.includes(role)) };
  }
  if (type === 'IAMUser') return { name: str(identity?.userName) ?? username ?? arn ?? 'Unknown', via: 'IAM user', arn, viaDashboard: false };
  if (type === 'Root') return { name: 'Root user', via: 'Root', arn, viaDashboard: false };
  if (type === 'AWSService') return { name: str(identity?.invokedBy) ?? 'An AWS service', via: 'AWS service', arn, viaDashboard: false };
  return { name: username ?? arn ?? 'Unknown', via: type, arn, viaDashboard: false };
}

/** Turns one LookupEvents result into a row; a record that cannot be read still gives what the lookup said. */
export function toRow(event: TrailEvent, region: string, dashboardRoles: readonly string[] = []): ActivityRow {
  let record: Json | undefined;
  try {
    record = obj(event.CloudTrailEvent ? JSON.parse(event.CloudTrailEvent) : undefined);
  } catch {
    record = undefined;
  }
  const eventName = str(record?.eventName) ?? event.EventName ?? 'Unknown';
  const time = str(record?.eventTime) ? new Date(str(record?.eventTime)!) : event.EventTime;
  const readOnly = typeof record?.readOnly === 'boolean' ? record.readOnly : event.ReadOnly === 'true' || /^(Describe|List|Get)/.test(eventName);
  const code = str(record?.errorCode);
  return {
    id: event.EventId ?? str(record?.eventID) ?? `${region}:${eventName}:${time?.getTime() ?? 0}`,
    region: str(record?.awsRegion) ?? region,
    time: time && !Number.isNaN(time.getTime()) ? time : undefined,
    eventName,
    known: KNOWN_EVENTS.has(eventName),
    readOnly,
    actor: actorOf(obj(record?.userIdentity), event.Username, dashboardRoles),
    ...subjectsOf(eventName, obj(record?.requestParameters), obj(record?.responseElements)),
    sourceIp: str(record?.sourceIPAddress),
    userAgent: str(record?.userAgent),
    error: code ? { code, message: str(record?.errorMessage) } : undefined,
    partial: !record,
  };
}
