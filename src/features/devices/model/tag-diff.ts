import { tagCountError, tagKeyFormatError, tagValueError } from '@/lib/rules/tags';

/** One edit the operator asks for on every selected device. */
export type TagEdit = { action: 'set'; key: string; value: string } | { action: 'remove'; key: string };

/** What an edit does to one key of one device. */
export interface KeyChange {
  key: string;
  kind: 'added' | 'changed' | 'removed' | 'unchanged';
  from?: string;
  to?: string;
}

/** A device as the preview sees it: its tags when known (undefined: not read yet). */
export interface TagTarget {
  region: string;
  managedDeviceId: string;
  resourceArn?: string;
  tags?: Readonly<Record<string, string>>;
}

/**
 * What happens to one device: `send` (something changes), `unchanged` (nothing to do),
 * `over-limit` (breaks a limit: left out), `unknown` (tags not read: could not check),
 * `no-arn` (the device's ARN, which tags are written by, is not known: cannot be sent).
 */
export type PlanStatus = 'send' | 'unchanged' | 'over-limit' | 'unknown' | 'no-arn';

export interface DevicePlan {
  target: TagTarget;
  status: PlanStatus;
  changes: KeyChange[];
  /** Tags written (TagResource) and keys removed (UntagResource) when sent. */
  set: Record<string, string>;
  remove: string[];
  before?: number;
  after?: number;
  reason?: string;
}

/** Problems with the edits themselves, per row (key, value), and duplicate keys. */
export interface EditErrors {
  rows: Array<{ key?: string; value?: string }>;
  valid: boolean;
}

/** Checks the edits before any device is looked at: each key and value, and no key twice. */
export function checkEdits(edits: readonly TagEdit[]): EditErrors {
  const seen = new Set<string>();
  const rows = edits.map((e) => {
    const key = tagKeyFormatError(e.key) ?? (seen.has(e.key) ? `"${e.key}" is already in this list.` : undefined);
    seen.add(e.key);
    return { key, value: e.action === 'set' ? tagValueError(e.value) : undefined };
  });
  return { rows, valid: edits.length > 0 && rows.every((r) => !r.key && !r.value) };
}

/** The plan for one device. */
export function planDevice(target: TagTarget, edits: readonly TagEdit[]): DevicePlan {
  const sets = edits.filter((e): e is Extract<TagEdit, { action: 'set' }> => e.action === 'set');
  const removes = edits.filter((e) => e.action === 'remove').map((e) => e.key);
  if (!target.resourceArn) {
    return { target, status: 'no-arn', changes: [], set: {}, remove: [], reason: 'The device’s ARN is not known yet.' };
  }
  const tags = target.tags;
  if (!tags) {
    // Nothing can be compared: every edit is sent as asked if the operator includes these devices.
    return {
      target, status: 'unknown', changes: [], set: Object.fromEntries(sets.map((e) => [e.key, e.value])), remove: removes,
      reason: 'Its tags have not been read yet, so the change and the tag limit could not be checked.',
    };
  }
  const changes: KeyChange[] = [];
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const e of sets) {
    const from = tags[e.key];
    if (from === e.value) changes.push({ key: e.key, kind: 'unchanged', from, to: e.value });
    else {
      changes.push({ key: e.key, kind: from === undefined ? 'added' : 'changed', from, to: e.value });
      set[e.key] = e.value;
    }
  }
  for (const key of removes) {
    const from = tags[key];
    if (from === undefined) changes.push({ key, kind: 'unchanged' });
    else {
      changes.push({ key, kind: 'removed', from });
      remove.push(key);
    }
  }
  const before = Object.keys(tags).length;
  const after = before + changes.filter((c) => c.kind === 'added').length - remove.length;
  const limit = tagCountError(before, after);
  if (limit) return { target, status: 'over-limit', changes, set, remove, before, after, reason: limit };
  const status = Object.keys(set).length + remove.length > 0 ? 'send' : 'unchanged';
  return { target, status, changes, set, remove, before, after };
}

export type BulkPlan = Record<PlanStatus, DevicePlan[]>;

/** Plans every device, grouped by what will happen to it. */
export function planBulk(targets: readonly TagTarget[], edits: readonly TagEdit[]): BulkPlan {
  const plan: BulkPlan = { send: [], unchanged: [], 'over-limit': [], unknown: [], 'no-arn': [] };
  for (const t of targets) {
    const p = planDevice(t, edits);
    plan[p.status].push(p);
  }
  return plan;
}

/** "site: berlin → hamburg": one change as the preview reads it. */
export function changeText(c: KeyChange): string {
  switch (c.kind) {
    case 'added': return `Add ${c.key} = ${c.to ?? ''}`;
    case 'changed': return `Change ${c.key}: ${c.from ?? ''} → ${c.to ?? ''}`;
    case 'removed': return `Remove ${c.key} (was ${c.from ?? ''})`;
    case 'unchanged': return c.to === undefined ? `${c.key}: not present` : `${c.key} = ${c.to} already`;
  }
}
