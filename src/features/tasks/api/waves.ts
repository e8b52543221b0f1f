import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';
import { isLiveState } from '@/lib/rules/execution-states';
import type { Batch, Halt, Submission } from './batching';
import { sendBatch, type SendDeps } from './send-batch';
import { checkStopRule, stopRuleText } from './stop-rule';

export interface WaveDeps extends SendDeps {
  /** Every execution of a task, through the scheduler. */
  listExecutions: (region: string, taskId: string) => Promise<ReadonlyArray<{ state?: string }>>;
  /** The operator's Stop: nothing more goes out once it aborts. */
  signal?: AbortSignal;
  /** Between reads of the executions while a wave runs. */
  pollMs?: number;
  now?: () => number;
  /** Resolves after `ms`, or at once when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const POLL_MS = 5_000;

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** A signal that aborts a batch's request on Stop only while it has not gone out. */
function whilePending(batch: Batch, signal: AbortSignal | undefined): AbortSignal | undefined {
  if (!signal) return undefined;
  const c = new AbortController();
  signal.addEventListener('abort', () => batch.state === 'pending' && c.abort(), { once: true });
  return c.signal;
}

const operatorHalt = (at: number): Halt => ({ cause: 'operator', text: 'Sending was stopped by the operator.', at });

function errorHalt(batch: Batch, at: number): Halt {
  const d = describeError(batch.error);
  return { cause: 'error', text: sentence(`A task could not be created (${d.title})`, d.message, d.action), at };
}

/**
 * Waits until every execution sent in this run has ended, or the wave's wait has passed;
 * meanwhile the stop rule is evaluated on the ended ones at each read. Returns why to stop,
 * or undefined to send the next wave.
 */
async function waitForWave(op: Submission, fromWave: number, nextWave: number, deps: WaveDeps): Promise<Halt | undefined> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? sleepFor;
  const waves = op.waves!;
  const deadline = now() + waves.waitMs;
  const settled = new Map<string, string[]>();
  for (;;) {
    if (deps.signal?.aborted) return operatorHalt(now());
    const states: string[] = [];
    let allEnded = true;
    try {
      for (const b of op.batches.filter((x) => x.state === 'accepted' && x.taskId && x.wave >= fromWave && x.wave < nextWave)) {
        let s = settled.get(b.taskId!);
        if (!s) {
          s = (await deps.listExecutions(b.region, b.taskId!)).map((e) => e.state ?? '');
          // Ended executions never change again: read once.
          if (s.length >= b.targets.length && !s.some(isLiveState)) settled.set(b.taskId!, s);
        }
        if (s.length < b.targets.length || s.some(isLiveState)) allEnded = false;
        states.push(...s);
      }
    } catch (error) {
      // Without the executions the rule cannot be evaluated: stopping is the safe answer.
      const d = describeError(error);
      if (waves.rule) return { cause: 'error', text: sentence(`The stop rule could not be checked (${d.title})`, d.message, d.action), at: now() };
      allEnded = false;
    }
    if (waves.rule) {
      const check = checkStopRule(waves.rule, states);
      if (check.fires) return { cause: 'rule', text: `Stopped by the stop rule: ${stopRuleText(waves.rule, check)}`, at: now() };
    }
    const left = deadline - now();
    if (allEnded || left <= 0) return undefined;
    await sleep(Math.min(deps.pollMs ?? POLL_MS, left), deps.signal);
  }
}

function halt(op: Submission, why: Halt, deps: WaveDeps): void {
  for (const b of op.batches) if (b.state === 'pending') b.state = 'held';
  op.halt = why;
  deps.onUpdate?.();
}

/**
 * Sends what is pending, held or failed (failed batches again with their own token). With
 * waves, each wave after the first goes once the executions sent before it have ended or the
 * wave's wait passed, and not at all when the stop rule fires, a task could not be created,
 * or the operator stops: the rest is held, and calling this again resumes. The stop rule
 * counts only what this run sends.
 */
export async function sendWaves(op: Submission, deps: WaveDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  op.halt = undefined;
  const todo = op.batches.filter((b) => b.state === 'pending' || b.state === 'held' || b.state === 'failed');
  todo.forEach((b) => (b.state = 'pending'));
  const waves = [...new Set(todo.map((b) => b.wave))].sort((a, b) => a - b);
  const fromWave = waves[0] ?? 1;
  op.ruleFromWave = fromWave;
  deps.onUpdate?.();
  for (const [i, wave] of waves.entries()) {
    if (op.waves && i > 0) {
      const why = await waitForWave(op, fromWave, wave, deps);
      if (why) return halt(op, why, deps);
    }
    if (deps.signal?.aborted) return halt(op, operatorHalt(now()), deps);
    const batches = todo.filter((b) => b.wave === wave);
    await Promise.all(batches.map((b) => sendBatch(op, b, deps, whilePending(b, deps.signal))));
    if (deps.signal?.aborted && op.batches.some((b) => b.state === 'pending' || b.state === 'held')) return halt(op, operatorHalt(now()), deps);
    const failed = batches.find((b) => b.state === 'failed');
    if (failed && op.waves) return halt(op, errorHalt(failed, now()), deps);
  }
  const failed = op.batches.find((b) => b.state === 'failed');
  if (failed) halt(op, errorHalt(failed, now()), deps);
  else deps.onUpdate?.();
}

/** Sends one failed batch again, with its original token. */
export async function retryBatch(op: Submission, batch: Batch, deps: SendDeps): Promise<void> {
  await sendBatch(op, batch, deps);
  if (!op.batches.some((b) => b.state === 'failed' || b.state === 'held')) op.halt = undefined;
  deps.onUpdate?.();
}
