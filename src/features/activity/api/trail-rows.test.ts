import { describe, expect, it } from 'vitest';
import { toRow } from './trail-rows';

const ROLE = 'SnowFleetDashboard-operatorRole';
const assumed = (role: string, session: string, extra: Record<string, unknown> = {}) => ({
  type: 'AssumedRole',
  principalId: `AROAEXAMPLE:${session}`,
  arn: `arn:aws:sts::123456789012:assumed-role/${role}/${session}`,
  accountId: '123456789012',
  sessionContext: { sessionIssuer: { type: 'Role', arn: `arn:aws:iam::123456789012:role/${role}`, userName: role }, ...extra },
});
const event = (record: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  EventId: 'ev-1',
  EventName: record.eventName as string,
  EventTime: new Date('2026-11-01T12:00:00Z'),
  Username: 'lookup-username',
  CloudTrailEvent: JSON.stringify(record),
  ...extra,
});
const base = { eventTime: '2026-11-01T11:59:58Z', awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.10', userAgent: 'aws-sdk-js/3.523.0', readOnly: false };

describe('CloudTrail records as activity rows', () => {
  it('CreateTask: its targets are the devices, the created task comes from the response', () => {
    const row = toRow(event({ ...base, eventName: 'CreateTask', userIdentity: assumed(ROLE, 'CognitoIdentityCredentials'), requestParameters: { targets: ['smd-a', 'arn:aws:snow-device-management:us-west-2:123456789012:managed-device/smd-b'], command: { reboot: {} }, clientToken: 'x' }, responseElements: { taskId: 'st-1', taskArn: 'arn:aws:snow-device-management:us-west-2:123456789012:task/st-1' } }), 'us-west-2', [ROLE]);
    expect(row).toMatchObject({ eventName: 'CreateTask', known: true, readOnly: false, devices: ['smd-a', 'smd-b'], tasks: ['st-1'], sourceIp: '198.51.100.10', region: 'us-west-2', partial: false, error: undefined });
    expect(row.time?.toISOString()).toBe('2026-11-01T11:59:58.000Z');
    expect(row.actor).toMatchObject({ via: ROLE, viaDashboard: true, arn: `arn:aws:sts::123456789012:assumed-role/${ROLE}/CognitoIdentityCredentials` });
  });

  it('CancelTask names its task; TagResource and UntagResource the device or task of their ARN', () => {
    const who = assumed('AWSReservedSSO_FleetOperators_1', 'alice@example.com');
    expect(toRow(event({ ...base, eventName: 'CancelTask', userIdentity: who, requestParameters: { taskId: 'st-9' }, responseElements: { taskId: 'st-9' } }), 'us-west-2')).toMatchObject({ tasks: ['st-9'], devices: [] });
    const tag = toRow(event({ ...base, eventName: 'TagResource', userIdentity: who, requestParameters: { resourceArn: 'arn:aws:snow-device-management:us-west-2:123456789012:managed-device/smd-7', tags: { site: 'a' } }, responseElements: null }), 'us-west-2');
    expect(tag).toMatchObject({ devices: ['smd-7'], tasks: [] });
    expect(tag.actor).toMatchObject({ name: 'alice@example.com', via: 'AWSReservedSSO_FleetOperators_1', viaDashboard: false });
    const untag = toRow(event({ ...base, eventName: 'UntagResource', userIdentity: who, requestParameters: { resourceArn: 'arn:aws:snow-device-management:us-west-2:123456789012:task/st-3', tagKeys: ['k'] } }), 'us-west-2');
    expect(untag).toMatchObject({ devices: [], tasks: ['st-3'] });
  });

  it('reads name their device and task; readOnly comes from the record', () => {
    const row = toRow(event({ ...base, readOnly: true, eventName: 'DescribeExecution', userIdentity: assumed('r', 's'), requestParameters: { taskId: 'st-2', managedDeviceId: 'smd-2' } }), 'us-west-2');
    expect(row).toMatchObject({ readOnly: true, devices: ['smd-2'], tasks: ['st-2'] });
  });

  it('a failed call carries its error code and message, and no task from a response', () => {
    const row = toRow(event({ ...base, eventName: 'CreateTask', userIdentity: assumed('viewer', 'CognitoIdentityCredentials'), requestParameters: { targets: ['smd-a'] }, responseElements: null, errorCode: 'AccessDeniedException', errorMessage: 'User: x is not authorized to perform: snow-device-management:CreateTask' }), 'us-west-2');
    expect(row.error).toEqual({ code: 'AccessDeniedException', message: 'User: x is not authorized to perform: snow-device-management:CreateTask' });
    expect(row.tasks).toEqual([]);
    expect(row.devices).toEqual(['smd-a']);
  });

  it('an unknown event name is kept as it comes and flagged', () => {
    const row = toRow(event({ ...base, eventName: 'RebootFleet', userIdentity: { type: 'IAMUser', userName: 'ci-bot', arn: 'arn:aws:iam::123456789012:user/ci-bot' }, requestParameters: null }), 'us-west-2');
    expect(row).toMatchObject({ eventName: 'RebootFleet', known: false, devices: [], tasks: [] });
    expect(row.actor).toMatchObject({ name: 'ci-bot', via: 'IAM user', viaDashboard: false });
  });

  it('Cognito sessions are told apart by their identity id', () => {
    const row = toRow(event({ ...base, eventName: 'ListDevices', readOnly: true, userIdentity: assumed(ROLE, 'CognitoIdentityCredentials', { webIdFederationData: { federatedProvider: 'cognito-identity.amazonaws.com', attributes: { 'cognito-identity.amazonaws.com:sub': 'us-west-2:abc' } } }) }), 'us-west-2', [ROLE]);
    expect(row.actor.name).toBe('Cognito identity us-west-2:abc');
  });

  it('missing fields and a broken record fall back to what the lookup itself said', () => {
    const broken = toRow({ EventId: 'ev-2', EventName: 'TagResource', EventTime: new Date('2026-11-01T10:00:00Z'), Username: 'bob', ReadOnly: 'false', CloudTrailEvent: '{not json' }, 'eu-west-1');
    expect(broken).toMatchObject({ id: 'ev-2', eventName: 'TagResource', region: 'eu-west-1', partial: true, readOnly: false, devices: [], tasks: [], sourceIp: undefined });
    expect(broken.actor.name).toBe('bob');
    expect(broken.time?.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    const bare = toRow({}, 'us-east-1');
    expect(bare).toMatchObject({ eventName: 'Unknown', known: false, region: 'us-east-1', time: undefined, partial: true });
    const noIdentity = toRow(event({ eventName: 'DescribeDevice', requestParameters: { managedDeviceId: 'smd-x' } }), 'us-west-2');
    expect(noIdentity).toMatchObject({ readOnly: true, devices: ['smd-x'], partial: false });
    expect(noIdentity.actor).toMatchObject({ name: 'lookup-username', viaDashboard: false });
  });
});
