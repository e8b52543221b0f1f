import { outcomeText, stoppedText } from '@/lib/rules/execution-states';
import { batchCounts, TAGS, type Submission } from './batching';
import type { TaskInfo } from './operation-groups';

/** Devices of an operation that have not been sent to the service (yet). */
export interface Sending {
  /** `sending`: more may still go out; `stopped`: sending stopped before every device was sent. */
  state: 'sending' | 'stopped';
  planned: number;
  notSent: number;
  /** Why it stopped, when this browser knows (it holds the submission). */
  reason?: string;
  /** This browser holds the devices not sent, so Resume can send them. */
  held: boolean;
}

/** What this browser knows of an operation it sent or holds. */
export interface LocalSending {
  sending: boolean;
  planned: number;
  notSent: number;
  reason?: string;
}

/** The local part of a held submission. */
export function localSending(sub: Submission & { sending: boolean }): LocalSending {
  return { sending: sub.sending, planned: sub.planned, notSent: batchCounts(sub).devicesNotSent, reason: sub.halt?.text };
}

/** Devices the tasks were sent to, each once (from DescribeTask, or the executions meanwhile). */
export function sentDevices(tasks: readonly TaskInfo[]): number {
  const seen = new Set<string>();
  for (const t of tasks) for (const id of t.targets ?? Object.keys(t.executions ?? {})) seen.add(`${t.region}|${id}`);
  return seen.size;
}

/**
 * Whether devices of an operation were never sent. This browser's own record decides when it
 * has one; otherwise the service alone: every task carries the planned size in its tags (the
 * lowest one counts: it drops when a device is found gone), so fewer devices in its tasks mean
 * the rest were never sent. While a task still runs more may come (a wave); once none does,
 * it stopped. Undefined when everything was sent, or when not every task has been read.
 */
export function sendingOf(tasks: readonly TaskInfo[], live: boolean, local: LocalSending | undefined, readAll: boolean): Sending | undefined {
  if (local) {
    if (local.notSent <= 0) return undefined;
    return { state: local.sending ? 'sending' : 'stopped', planned: local.planned, notSent: local.notSent, reason: local.reason, held: !local.sending };
  }
  if (!readAll) return undefined;
  const planned = tasks.map((t) => Number(t.tags[TAGS.planned])).filter((n) => Number.isInteger(n) && n > 0);
  if (planned.length === 0) return undefined;
  const notSent = Math.min(...planned) - sentDevices(tasks);
  return notSent > 0 ? { state: live ? 'sending' : 'stopped', planned: Math.min(...planned), notSent, held: false } : undefined;
}

/** Devices named in the tasks' not-found tags: left out because the service no longer knew them. */
export function leftOutOf(tasks: readonly TaskInfo[]): string[] {
  return [...new Set(tasks.flatMap((t) => (t.tags[TAGS.notFound] ?? '').split(' ').filter(Boolean)))];
}

/**
 * One line for an operation's outcome, for notifications and anything else without badges:
 * "Completed with 3 failed", or "Stopped: 10 of 60 devices not sent; sent devices: Completed".
 */
export function outcomeLine(op: { state: string; sending?: Sending; tasks: readonly unknown[] }, failed: number): string {
  const outcome = outcomeText(op.state, failed);
  if (op.sending?.state !== 'stopped') return outcome;
  const stopped = stoppedText(op.sending.notSent, op.sending.planned);
  return op.tasks.length ? `${stopped}; sent devices: ${outcome}` : stopped;
}
