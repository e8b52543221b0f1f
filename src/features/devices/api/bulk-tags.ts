import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { scheduleSdm } from '@/lib/aws/scheduler';
import { TAG_LIMITS } from '@/lib/rules/tags';
import type { DevicePlan } from '../model/tag-diff';
import { refreshAfterTagChanges } from './tag-mutations';
import { noteTagError } from './tag-permission';

/** Where one device of a bulk tag edit stands. */
export type DeviceOutcome =
  | { state: 'waiting' }
  | { state: 'done' }
  | { state: 'failed'; error: unknown; /** The removal went through before the tags failed, or the reverse. */ partial?: string }
  | { state: 'not-sent'; why: string };

export const deviceKey = (p: Pick<DevicePlan, 'target'>) => `${p.target.region}|${p.target.managedDeviceId}`;

const isAbort = (e: unknown) => (e as { name?: string } | undefined)?.name === 'AbortError';

/** Writes one device's changes: removals first when adding first would pass the tag limit on the way. */
async function sendOne(connection: Connection, plan: DevicePlan, signal: AbortSignal): Promise<void> {
  const { region, resourceArn } = plan.target;
  if (!resourceArn) throw new Error('No ARN');
  const added = plan.target.tags === undefined ? Object.keys(plan.set).length : plan.changes.filter((c) => c.kind === 'added').length;
  const tag = Object.keys(plan.set).length > 0 ? () => scheduleSdm(connection, region, 'TagResource', { resourceArn, tags: plan.set }, { signal }) : undefined;
  const untag = plan.remove.length > 0 ? () => scheduleSdm(connection, region, 'UntagResource', { resourceArn, tagKeys: plan.remove }, { signal }) : undefined;
  const steps = (plan.before ?? 0) + added > TAG_LIMITS.count ? [untag, tag] : [tag, untag];
  let done: string | undefined;
  for (const step of steps) {
    if (!step) continue;
    try {
      await step();
      done = step === tag ? 'The tags were written; removing keys failed.' : 'The keys were removed; writing tags failed.';
    } catch (error) {
      throw Object.assign(new Error('step failed'), { cause: error, partial: done });
    }
  }
}

/**
 * Sends a bulk tag edit through the scheduler (TagResource / UntagResource lanes, paced and
 * retried there), one device at a time as the lanes allow. A failure on one device does not
 * stop the others; an access denial does, since every other write would be refused too.
 * When it ends, the devices sent to are described again and their tags read again.
 */
export async function sendBulkTags(
  connection: Connection,
  queryClient: QueryClient,
  plans: readonly DevicePlan[],
  onOutcome: (key: string, outcome: DeviceOutcome) => void,
): Promise<void> {
  const controller = new AbortController();
  let denied: string | undefined;
  const sent: DevicePlan[] = [];
  await Promise.all(plans.map(async (plan) => {
    const key = deviceKey(plan);
    try {
      await sendOne(connection, plan, controller.signal);
      sent.push(plan);
      onOutcome(key, { state: 'done' });
    } catch (wrapped) {
      const { cause: error, partial } = wrapped as { cause?: unknown; partial?: string };
      if (isAbort(error)) {
        onOutcome(key, { state: 'not-sent', why: denied ?? 'Stopped.' });
        return;
      }
      sent.push(plan);
      if (noteTagError(connection, error) && !denied) {
        denied = 'Not sent: your role may not change tags.';
        controller.abort();
      }
      onOutcome(key, { state: 'failed', error, partial });
    }
  }));
  await refreshAfterTagChanges(queryClient, sent.map((p) => ({ region: p.target.region, managedDeviceId: p.target.managedDeviceId, resourceArn: p.target.resourceArn ?? '' })));
}
