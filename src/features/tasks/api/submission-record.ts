import { asObject, localRecord } from '@/lib/local-record';
import type { Batch, BatchState, Halt, Submission, WavePlan } from './batching';
import { FAILURE_TYPES, type FailureType } from './stop-rule';

/**
 * Submissions this browser holds while some of their devices are not sent (stopped, or the
 * page was left while sending), so Resume and Discard outlive a reload. They hold device
 * ids and the batches' idempotency tokens, nothing secret. At most 20, newest first.
 */
const KEEP = 20;
const STATES: readonly BatchState[] = ['pending', 'sending', 'accepted', 'failed', 'held', 'dropped'];

const str = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 256 ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const ids = (v: unknown) => (Array.isArray(v) && v.every((x) => str(x) !== undefined) ? (v as string[]) : undefined);

function errorShape(e: unknown) {
  const x = asObject(e);
  return x ? { name: str(x.name), message: typeof x.message === 'string' ? x.message : undefined, command: str(x.command), region: str(x.region) } : undefined;
}

/** A submission as stored: errors keep what describeError reads (name, message, command, region). */
export function toRecord(op: Submission): unknown {
  return { ...op, batches: op.batches.map((b) => ({ ...b, error: errorShape(b.error) })) };
}

function parseBatch(raw: unknown): Batch | undefined {
  const b = asObject(raw);
  const targets = ids(b?.targets);
  const state = STATES.find((s) => s === b?.state);
  const [index, wave, planned, attempts] = [num(b?.index), num(b?.wave), num(b?.planned), num(b?.attempts)];
  const region = str(b?.region);
  const clientToken = str(b?.clientToken);
  if (!b || !targets || !state || !region || !clientToken || index === undefined || wave === undefined || planned === undefined || attempts === undefined) return undefined;
  return { index, wave, region, targets, clientToken, planned, state, attempts, taskId: str(b.taskId), error: errorShape(b.error), leftOut: ids(b.leftOut) };
}

function parseWaves(raw: unknown): WavePlan | undefined {
  const w = asObject(raw);
  const [size, waitMs] = [num(w?.size), num(w?.waitMs)];
  if (!w || !size || waitMs === undefined) return undefined;
  const r = asObject(w.rule);
  const types = Array.isArray(r?.failureTypes) ? FAILURE_TYPES.filter((t) => (r.failureTypes as unknown[]).includes(t)) : [];
  const [thresholdPercent, minEnded] = [num(r?.thresholdPercent), num(r?.minEnded)];
  const rule = types.length && thresholdPercent !== undefined && minEnded !== undefined ? { failureTypes: types as FailureType[], thresholdPercent, minEnded } : undefined;
  return { size, waitMs, rule };
}

function parseHalt(raw: unknown): Halt | undefined {
  const h = asObject(raw);
  const cause = (['rule', 'error', 'operator', 'interrupted'] as const).find((c) => c === h?.cause);
  const [text, at] = [str(h?.text), num(h?.at)];
  return cause && text && at !== undefined ? { cause, text, at } : undefined;
}

/** Reads one stored submission; anything malformed reads as undefined. */
export function parseSubmission(raw: unknown): Submission | undefined {
  const o = asObject(raw);
  const batches = Array.isArray(o?.batches) ? o.batches.map(parseBatch) : [];
  const [id, createdAt, planned] = [str(o?.id), num(o?.createdAt), num(o?.planned)];
  if (!o || !id || (o.command !== 'reboot' && o.command !== 'unlock') || createdAt === undefined || planned === undefined) return undefined;
  if (batches.length === 0 || batches.some((b) => !b)) return undefined;
  const tags = asObject(o.tags) ?? {};
  return {
    id, command: o.command, createdAt, planned,
    description: str(o.description),
    tags: Object.fromEntries(Object.entries(tags).filter((e): e is [string, string] => typeof e[1] === 'string')),
    retryOf: str(o.retryOf),
    batches: batches as Batch[],
    waves: parseWaves(o.waves),
    halt: parseHalt(o.halt),
    ruleFromWave: num(o.ruleFromWave) ?? 1,
    notifyBrowser: o.notifyBrowser === true,
  };
}

/**
 * A submission read back after the page that sent it was left: nothing sends it any more,
 * so what was waiting is held; one caught mid-send stays unsent until Resume finds out
 * (its task, if the service created one, is found by its tags, and its token is the same).
 */
export function restored(op: Submission): Submission {
  for (const b of op.batches) if (b.state === 'pending' || b.state === 'sending') b.state = 'held';
  op.halt ??= { cause: 'interrupted', text: 'Sending was interrupted: the page that was sending it was closed or reloaded.', at: Date.now() };
  return op;
}

const KEY = 'snow-dashboard:submissions';
export const submissionRecord = {
  key: KEY,
  ...localRecord<Submission[]>(KEY, (raw) =>
    Array.isArray(raw) ? raw.map(parseSubmission).filter((s): s is Submission => s !== undefined).slice(0, KEEP).map(restored) : undefined,
  ),
};

export { KEEP as KEPT_SUBMISSIONS };
