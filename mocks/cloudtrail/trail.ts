import type { Clock } from '../clock';
import type { Scenario } from '../scenario';
import type { TrailRecord } from './records';

/** An answer in the AWS JSON 1.1 protocol: the status and the body (errors carry `__type`). */
export interface TrailResponse {
  status: number;
  body: Record<string, unknown>;
}

const ATTRIBUTE_KEYS = ['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'];
/** CloudTrail's LookupEvents rate: two per second, per account, per region (API Reference). */
export const LOOKUP_RATE = 2;
/** Records kept per region at most (the oldest go first), so a long benchmark does not grow without end. */
const KEEP = 20_000;

const fail = (status: number, type: string, message: string): TrailResponse => ({ status, body: { __type: type, message } });

interface Cursor {
  t: number;
  id: string;
  h: string;
}

const timeOf = (r: TrailRecord) => Date.parse(r.eventTime);
/** Newest first; events of the same second by event id, so a cursor is exact. */
const order = (a: TrailRecord, b: TrailRecord) => timeOf(b) - timeOf(a) || (a.eventID < b.eventID ? 1 : a.eventID > b.eventID ? -1 : 0);

function username(r: TrailRecord): string | undefined {
  const u = r.userIdentity as { type?: string; userName?: string; arn?: string };
  if (u.type === 'IAMUser') return u.userName;
  return u.arn?.split('/').at(-1);
}

function attributeOf(r: TrailRecord, key: string): string | undefined {
  switch (key) {
    case 'EventId': return r.eventID;
    case 'EventName': return r.eventName;
    case 'ReadOnly': return String(r.readOnly);
    case 'Username': return username(r);
    case 'EventSource': return r.eventSource;
    case 'AccessKeyId': return (r.userIdentity as { accessKeyId?: string }).accessKeyId;
    default: return undefined; // The service names no resources in its records.
  }
}

/** The LookupEvents result entry for a record: CloudTrailEvent is the record as JSON text. */
function eventOf(r: TrailRecord) {
  return {
    EventId: r.eventID,
    EventName: r.eventName,
    ReadOnly: String(r.readOnly),
    AccessKeyId: (r.userIdentity as { accessKeyId?: string }).accessKeyId,
    EventTime: timeOf(r) / 1000,
    EventSource: r.eventSource,
    Username: username(r),
    Resources: [],
    CloudTrailEvent: JSON.stringify(r),
  };
}

const encode = (c: Cursor) => btoa(JSON.stringify(c));
function decode(token: string): Cursor | undefined {
  try {
    const c = JSON.parse(atob(token)) as Partial<Cursor>;
    return typeof c.t === 'number' && typeof c.id === 'string' && typeof c.h === 'string' ? (c as Cursor) : undefined;
  } catch {
    return undefined;
  }
}

/** The simulated CloudTrail event history: records per region, and LookupEvents over them. */
export function createTrail(clock: Clock, scenario: () => Scenario, seedRegion: (region: string) => TrailRecord[]) {
  const regions = new Map<string, TrailRecord[]>();
  const windows = new Map<string, number[]>();
  const seeded = new WeakSet<TrailRecord>();

  /** Records of calls made before a region's history was first read (seeding it costs a fleet's ids). */
  const unseeded = new Map<string, TrailRecord[]>();

  function keep(list: TrailRecord[]) {
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
  }

  function history(region: string): TrailRecord[] {
    let list = regions.get(region);
    if (!list) {
      list = seedRegion(region);
      list.forEach((r) => seeded.add(r));
      list.push(...(unseeded.get(region) ?? []));
      unseeded.delete(region);
      keep(list);
      regions.set(region, list);
    }
    return list;
  }

  /** Where a call's record goes: the region's history once it has been read, else the records waiting for it. */
  const target = (region: string) => regions.get(region) ?? unseeded.get(region) ?? unseeded.set(region, []).get(region)!;

  return {
    record(rec: TrailRecord) {
      const list = target(rec.awsRegion);
      list.push(rec);
      keep(list);
    },
    /** Records made by calls (not seeded), for the browser worker to keep across a reload. */
    recorded(region: string, count: number): TrailRecord[] {
      return target(region).filter((r) => !seeded.has(r)).slice(-count);
    },
    records: (region: string) => history(region),
    /** Puts back records a previous page of the browser worker kept. */
    restore(region: string, saved: TrailRecord[]) {
      const list = target(region);
      list.push(...saved);
      list.sort((a, b) => -order(a, b));
    },
    reset() {
      regions.clear();
      unseeded.clear();
      windows.clear();
    },
    /** LookupEvents: validation, the account's rate, the scenario's denial, then the page. */
    lookup(region: string, input: Record<string, unknown>, callerArn: string): TrailResponse {
      const s = scenario();
      const now = clock.now();
      if (s.deny.includes('LookupEvents')) {
        return fail(400, 'AccessDeniedException', `User: ${callerArn} is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`);
      }
      const w = (windows.get(region) ?? []).filter((t) => t > now - 1000);
      windows.set(region, w);
      if (w.length >= LOOKUP_RATE) return fail(400, 'ThrottlingException', 'Rate exceeded');
      w.push(now);
      if (s.error?.operation === 'LookupEvents' && Math.random() < s.error.rate) return fail(s.error.exception === 'InternalServerException' ? 500 : 400, s.error.exception, `Simulated ${s.error.exception}`);

      const attrs = input.LookupAttributes;
      if (attrs !== undefined && !Array.isArray(attrs)) return fail(400, 'InvalidLookupAttributesException', 'LookupAttributes must be a list.');
      const list = (attrs ?? []) as { AttributeKey?: unknown; AttributeValue?: unknown }[];
      if (list.length > 1) return fail(400, 'InvalidLookupAttributesException', 'You can specify only one lookup attribute.');
      const attr = list[0];
      if (attr) {
        if (typeof attr.AttributeKey !== 'string' || !ATTRIBUTE_KEYS.includes(attr.AttributeKey)) return fail(400, 'InvalidLookupAttributesException', `Invalid attribute key: ${String(attr.AttributeKey)}. Valid keys: ${ATTRIBUTE_KEYS.join(', ')}.`);
        if (typeof attr.AttributeValue !== 'string' || attr.AttributeValue.length < 1 || attr.AttributeValue.length > 2000) return fail(400, 'InvalidLookupAttributesException', 'The attribute value must be 1 to 2000 characters long.');
        if (attr.AttributeKey === 'ReadOnly' && attr.AttributeValue !== 'true' && attr.AttributeValue !== 'false') return fail(400, 'InvalidLookupAttributesException', 'The ReadOnly attribute value must be true or false.');
      }
      const max = input.MaxResults ?? 50;
      if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 50) return fail(400, 'InvalidMaxResultsException', 'MaxResults must be between 1 and 50.');
      if (input.EventCategory !== undefined && input.EventCategory !== 'insight') return fail(400, 'InvalidEventCategoryException', `Invalid event category: ${String(input.EventCategory)}.`);
      const num = (v: unknown) => (typeof v === 'number' ? v * 1000 : undefined);
      const start = num(input.StartTime) ?? now - 90 * 86_400_000;
      const end = num(input.EndTime) ?? now;
      if (start > end) return fail(400, 'InvalidTimeRangeException', 'Start time must not be after end time.');
      const binding = JSON.stringify([attr?.AttributeKey, attr?.AttributeValue, input.StartTime, input.EndTime, input.EventCategory]);
      let cursor: Cursor | undefined;
      if (input.NextToken !== undefined) {
        cursor = typeof input.NextToken === 'string' ? decode(input.NextToken) : undefined;
        if (!cursor || cursor.h !== binding) return fail(400, 'InvalidNextTokenException', 'Invalid NextToken: it is not valid or was issued for other parameters.');
      }
      // Insights events: none in this account.
      if (input.EventCategory === 'insight') return { status: 200, body: { Events: [] } };
      // CloudTrail shows an event some minutes after the call (the scenario's trailDelayMs).
      const visibleUntil = Math.min(end, now - s.trailDelayMs);
      const matches = history(region)
        .filter((r) => {
          const t = timeOf(r);
          return t >= start && t <= visibleUntil && (!attr || attributeOf(r, attr.AttributeKey as string) === attr.AttributeValue);
        })
        .sort(order);
      const from = cursor ? matches.findIndex((r) => order(r, { eventTime: new Date(cursor.t).toISOString(), eventID: cursor.id } as TrailRecord) > 0) : 0;
      const page = from < 0 ? [] : matches.slice(from, from + max);
      const last = page.at(-1);
      const more = from >= 0 && from + max < matches.length && last;
      return { status: 200, body: { Events: page.map(eventOf), ...(more ? { NextToken: encode({ t: timeOf(last), id: last.eventID, h: binding }) } : {}) } };
    },
  };
}

export type Trail = ReturnType<typeof createTrail>;
