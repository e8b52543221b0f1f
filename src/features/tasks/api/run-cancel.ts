import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { scheduleSdm } from '@/lib/aws/scheduler';
import { describeError } from '@/lib/errors';
import { cancelOutcome, taskKey, type CancelOutcome, type CancelPlan } from './cancel-plan';
import { executionMap, taskQueries } from './task-queries';

/**
 * Sends CancelTask for each planned task, then reads its executions again and reports per
 * device what happened. The service cancels only executions still QUEUED when the call
 * arrives; one that left the queue meanwhile runs anyway, which is why the outcome comes
 * from a fresh read and not from the plan. A ValidationException means nothing was left to
 * cancel (every execution started or ended): not an error, the re-read tells the story.
 */
export async function runCancel(connection: Connection, plan: CancelPlan, queryClient: QueryClient): Promise<CancelOutcome> {
  const errors = new Map<string, string>();
  const after = new Map<string, Record<string, string> | undefined>();
  await Promise.all(
    plan.tasks.map(async (t) => {
      const key = taskKey(t);
      try {
        await scheduleSdm(connection, t.region, 'CancelTask', { taskId: t.taskId });
      } catch (error) {
        const d = describeError(error);
        if (d.kind !== 'validation') errors.set(key, `${d.title}. ${d.action}`);
      }
      try {
        const list = await queryClient.fetchQuery({ ...taskQueries.executions(connection, t.region, t.taskId), staleTime: 0 });
        after.set(key, executionMap(list));
      } catch {
        after.set(key, undefined);
      }
      void queryClient.invalidateQueries({ queryKey: taskQueries.describe(connection, t.region, t.taskId).queryKey });
    }),
  );
  void queryClient.invalidateQueries({ queryKey: ['ListTasks'] });
  return cancelOutcome(plan, after, errors);
}
