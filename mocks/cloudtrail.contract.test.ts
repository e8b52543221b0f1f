import { CloudTrailClient, LookupEventsCommand, type LookupEventsCommandInput } from '@aws-sdk/client-cloudtrail';
import { CreateTaskCommand, TagResourceCommand } from '@aws-sdk/client-snow-device-management';
import { describe, expect, it } from 'vitest';
import { errorOf, simulatorFixture } from './test-utils';

const { sim, clock, client } = simulatorFixture();
const trail = new CloudTrailClient({ region: 'us-west-2', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });
const SOURCE = { AttributeKey: 'EventSource' as const, AttributeValue: 'snow-device-management.amazonaws.com' };

/** One LookupEvents call a second later than the last: the simulator holds CloudTrail's two per second. */
function lookup(input: LookupEventsCommandInput = {}) {
  clock.advance(1000);
  return trail.send(new LookupEventsCommand(input));
}

interface Rec {
  eventName: string;
  eventSource: string;
  readOnly: boolean;
  eventType: string;
  managementEvent: boolean;
  eventCategory: string;
  recipientAccountId: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  eventID: string;
  eventTime: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  userIdentity: { type: string; arn: string; sessionContext?: { sessionIssuer: { type: string; arn: string; userName: string } } };
}
const recordOf = (e: { CloudTrailEvent?: string }) => JSON.parse(e.CloudTrailEvent ?? '{}') as Rec;

describe('CloudTrail LookupEvents, as the simulator answers it through the real SDK client', () => {
  it('records an SDM call as CloudTrail writes it, and pages newest first with NextToken', async () => {
    const [target] = sim.devices().slice(10, 11).map((d) => d.id);
    const created = await client.send(new CreateTaskCommand({ targets: [target!], command: { reboot: {} }, clientToken: 'contract-trail-1' }));
    const first = await lookup({ LookupAttributes: [SOURCE], MaxResults: 5 });
    expect(first.$metadata.httpStatusCode).toBe(200);
    expect(first.Events).toHaveLength(5);
    const newest = first.Events![0]!;
    expect(newest).toMatchObject({ EventName: 'CreateTask', ReadOnly: 'false', EventSource: 'snow-device-management.amazonaws.com', Username: 'pasted-keys' });
    expect(newest.EventTime).toBeInstanceOf(Date);
    const rec = recordOf(newest);
    expect(rec).toMatchObject({
      eventName: 'CreateTask', readOnly: false, eventType: 'AwsApiCall', managementEvent: true, eventCategory: 'Management',
      recipientAccountId: '123456789012', awsRegion: 'us-west-2', eventID: newest.EventId,
      requestParameters: { targets: [target], command: { reboot: {} }, clientToken: 'contract-trail-1' },
      responseElements: { taskId: created.taskId, taskArn: created.taskArn },
      userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::123456789012:assumed-role/SimulatedOperator/pasted-keys', sessionContext: { sessionIssuer: { type: 'Role', userName: 'SimulatedOperator' } } },
    });
    expect(rec.sourceIPAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(rec.userAgent).toContain('aws-sdk-js');
    expect(rec.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const second = await lookup({ LookupAttributes: [SOURCE], MaxResults: 5, NextToken: first.NextToken });
    expect(second.Events).toHaveLength(5);
    const ids = new Set([...first.Events!, ...second.Events!].map((e) => e.EventId));
    expect(ids.size).toBe(10);
    const times = [...first.Events!, ...second.Events!].map((e) => e.EventTime!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('records failed calls with their error code and message, and seeds other users with refusals', async () => {
    sim.setScenario({ deny: ['CreateTask'] });
    const id = sim.devices()[12]!.id;
    expect((await errorOf(client.send(new CreateTaskCommand({ targets: [id], command: { unlock: {} }, clientToken: 'contract-denied' })))).name).toBe('AccessDeniedException');
    const page = await lookup({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateTask' }], MaxResults: 50 });
    const mine = recordOf(page.Events![0]!);
    expect(mine).toMatchObject({ errorCode: 'AccessDeniedException', requestParameters: { targets: [id], command: { unlock: {} } }, responseElements: null });
    expect(mine.errorMessage).toContain('snow-device-management:CreateTask');
    // A failed tag change is written with its error too.
    const arn = `arn:aws:snow-device-management:us-west-2:123456789012:managed-device/not-a-device`;
    const missing = await errorOf(client.send(new TagResourceCommand({ resourceArn: arn, tags: { a: 'b' } })));
    const tagged = recordOf((await lookup({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'TagResource' }], MaxResults: 1 })).Events![0]!);
    expect(tagged).toMatchObject({ errorCode: missing.name, requestParameters: { resourceArn: arn, tags: { a: 'b' } } });
    const others = page.Events!.map(recordOf).filter((r) => r.userIdentity.arn !== mine.userIdentity.arn);
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((r) => r.errorCode === 'AccessDeniedException')).toBe(true);
  });

  it('filters by one attribute and by the time range (epoch seconds)', async () => {
    const reads = await lookup({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'true' }], MaxResults: 50 });
    expect(reads.Events!.length).toBeGreaterThan(0);
    expect(reads.Events!.every((e) => e.ReadOnly === 'true')).toBe(true);
    const now = clock.now();
    const window = await lookup({ StartTime: new Date(now - 3 * 86_400_000), EndTime: new Date(now - 86_400_000), MaxResults: 50 });
    expect(window.Events!.length).toBeGreaterThan(0);
    for (const e of window.Events!) {
      expect(e.EventTime!.getTime()).toBeGreaterThanOrEqual(now - 3 * 86_400_000 - 1000);
      expect(e.EventTime!.getTime()).toBeLessThanOrEqual(now - 86_400_000);
    }
  });

  it('answers the validation errors CloudTrail models', async () => {
    const two = await errorOf(lookup({ LookupAttributes: [SOURCE, { AttributeKey: 'EventName', AttributeValue: 'CreateTask' }] }));
    expect(two.name).toBe('InvalidLookupAttributesException');
    expect((await errorOf(lookup({ LookupAttributes: [{ AttributeKey: 'Colour' as 'EventName', AttributeValue: 'x' }] }))).name).toBe('InvalidLookupAttributesException');
    expect((await errorOf(lookup({ MaxResults: 51 }))).name).toBe('InvalidMaxResultsException');
    expect((await errorOf(lookup({ MaxResults: 0 }))).name).toBe('InvalidMaxResultsException');
    expect((await errorOf(lookup({ StartTime: new Date(clock.now()), EndTime: new Date(clock.now() - 60_000) }))).name).toBe('InvalidTimeRangeException');
    expect((await errorOf(lookup({ NextToken: 'not-a-token' }))).name).toBe('InvalidNextTokenException');
    // A token is bound to the parameters it was issued for.
    const page = await lookup({ LookupAttributes: [SOURCE], MaxResults: 1 });
    const other = await errorOf(lookup({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'true' }], MaxResults: 1, NextToken: page.NextToken }));
    expect(other.name).toBe('InvalidNextTokenException');
    expect(other.$metadata.httpStatusCode).toBe(400);
  });

  it('throttles above two lookups a second in a region, and denies LookupEvents by scenario', async () => {
    clock.advance(1000);
    await trail.send(new LookupEventsCommand({ MaxResults: 1 }));
    await trail.send(new LookupEventsCommand({ MaxResults: 1 }));
    const third = await errorOf(trail.send(new LookupEventsCommand({ MaxResults: 1 })));
    expect(third.name).toBe('ThrottlingException');
    sim.setScenario({ deny: ['LookupEvents'] });
    const denied = await errorOf(lookup({ LookupAttributes: [SOURCE] }));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toContain('cloudtrail:LookupEvents');
  });

  it('shows an event only once the scenario\'s delay has passed', async () => {
    sim.setScenario({ trailDelayMs: 300_000 });
    const [target] = sim.devices().slice(13, 14).map((d) => d.id);
    const created = await client.send(new CreateTaskCommand({ targets: [target!], command: { reboot: {} }, clientToken: 'contract-trail-late' }));
    const names = async () => (await lookup({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateTask' }] })).Events!.map((e) => recordOf(e).responseElements?.taskId);
    expect(await names()).not.toContain(created.taskId);
    clock.advance(300_000);
    expect(await names()).toContain(created.taskId);
    sim.setScenario({ trailDelayMs: 0 });
  });
});
