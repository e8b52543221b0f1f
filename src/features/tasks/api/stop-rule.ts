import { isLiveState, type ExecutionState } from '@/lib/rules/execution-states';

/** The ended states a stop rule may count as failures (the failed set, or part of it). */
export const FAILURE_TYPES = ['FAILED', 'TIMED_OUT', 'REJECTED'] as const satisfies readonly ExecutionState[];
export type FailureType = (typeof FAILURE_TYPES)[number];

/**
 * When to stop sending waves, as AWS IoT Jobs abort criteria put it: which ended states
 * count as failures, the share of ended executions that must have failed, and how many
 * must have ended before the rule may fire at all.
 */
export interface StopRule {
  failureTypes: readonly FailureType[];
  /** Fires when at least this share (0 to 100) of ended executions failed. */
  thresholdPercent: number;
  /** Never fires before this many executions have ended. */
  minEnded: number;
}

export interface StopCheck {
  ended: number;
  failed: number;
  /** Failed share of ended executions, 0 to 100. */
  percent: number;
  fires: boolean;
}

/**
 * Evaluates a stop rule on execution states: only ended ones count (queued and running are
 * left out), and it fires only once `minEnded` have ended and at least one of them failed
 * in a counted way, with the failed share at or above the threshold.
 */
export function checkStopRule(rule: StopRule, states: Iterable<string | undefined>): StopCheck {
  const counted = new Set<string>(rule.failureTypes);
  let ended = 0;
  let failed = 0;
  for (const s of states) {
    if (!s || isLiveState(s)) continue;
    ended++;
    if (counted.has(s)) failed++;
  }
  const percent = ended === 0 ? 0 : (failed / ended) * 100;
  return { ended, failed, percent, fires: ended >= Math.max(1, rule.minEnded) && failed > 0 && percent >= rule.thresholdPercent };
}

const TYPE_WORDS: Record<FailureType, string> = { FAILED: 'failed', TIMED_OUT: 'timed out', REJECTED: 'were rejected' };

/** "failed or timed out": how the rule's failure types read in a sentence. */
export function failureTypesText(types: readonly FailureType[]): string {
  const words = FAILURE_TYPES.filter((t) => types.includes(t)).map((t) => TYPE_WORDS[t]);
  return words.length <= 1 ? (words[0] ?? 'failed') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Why the rule stopped sending, for the operator. */
export function stopRuleText(rule: StopRule, check: StopCheck): string {
  return `${check.failed} of ${check.ended} ended executions ${failureTypesText(rule.failureTypes)} (${Math.round(check.percent)}%, the limit is ${rule.thresholdPercent}%).`;
}
