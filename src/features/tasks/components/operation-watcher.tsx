import { useQueries } from '@tanstack/react-query';
import type { ExecutionSummary } from '@aws-sdk/client-snow-device-management';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Connection } from '@/lib/aws/connection';
import { useConnection } from '@/lib/aws/connection-store';
import { PRIORITY } from '@/lib/aws/scheduler';
import { useNotifications } from '@/lib/notifications';
import { TAGS } from '../api/batching';
import { groupOperations, localOperation, operationHref, type TaskInfo } from '../api/operation-groups';
import { localSending } from '../api/operation-sending';
import { useSubmissions, type HeldSubmission } from '../api/submission-store';
import { executionMap, LIVE_POLL_MS, taskQueries } from '../api/task-queries';
import { executionsMayChange } from '../api/use-task-infos';
import { showBrowserNotification } from './browser-notify';
import { endingNotice, endingText, endingTitle, firstEnding } from './finish-notice';

interface Ref {
  sub: HeldSubmission;
  region: string;
  taskId: string;
  targets: string[];
  index: number;
}

/**
 * Follows the operations started in this tab to their end, whichever page the operator is
 * on, and says when each ended (with the browser's own notification too while the tab is
 * hidden, when the operator asked for it). Its reads are the views' own (the same cache
 * entries, through the scheduler), made only for these tasks and only while they may change.
 */
function Watch({ connection, subs }: { connection: Connection; subs: HeldSubmission[] }) {
  const { notify } = useNotifications();
  const navigate = useNavigate();
  const refs = useMemo<Ref[]>(
    () => subs.flatMap((sub) => sub.batches.flatMap((b) => (b.state === 'accepted' && b.taskId ? [{ sub, region: b.region, taskId: b.taskId, targets: b.targets, index: b.index }] : []))),
    [subs],
  );
  const results = useQueries({
    queries: refs.map((r) => ({
      ...taskQueries.executions(connection, r.region, r.taskId, PRIORITY.background),
      refetchInterval: (q: { state: { data?: ExecutionSummary[] } }) => (executionsMayChange(undefined, q.state.data) || !q.state.data ? LIVE_POLL_MS : false),
      // Hidden or not: the end of the operation is what the browser notification is for.
      refetchIntervalInBackground: true,
    })),
  });
  const data = results.map((r) => r.data);
  useEffect(() => {
    for (const sub of subs) {
      if (sub.sending) continue;
      const mine = refs.map((r, i) => [r, data[i]] as const).filter(([r]) => r.sub.id === sub.id);
      // Ended: nothing is being sent, and every execution of every task sent has been read ended.
      if (mine.some(([r, d]) => !d || d.length < r.targets.length || executionsMayChange(undefined, d))) continue;
      const tasks = mine.map(([r, d]): TaskInfo => ({
        taskId: r.taskId, region: r.region, tags: { [TAGS.operation]: sub.id, [TAGS.command]: sub.command }, order: -r.index,
        description: sub.description, targets: r.targets, executions: executionMap(d),
      }));
      const local = localSending(sub);
      // Nothing reached the service (every task refused, or stopped first): the operation exists only here.
      const op = tasks.length ? groupOperations(tasks, { local: () => local })[0] : localOperation(sub, local);
      if (!op || !firstEnding(connection.id, op)) continue;
      notify(endingNotice(op, navigate));
      if (sub.notifyBrowser) showBrowserNotification(endingTitle(op), endingText(op), op.id, () => navigate(operationHref(op)));
    }
  }, [subs, refs, data, connection.id, notify, navigate]);
  return null;
}

/** Mounted once in the layout: follows only what this tab started. */
export function OperationWatcher() {
  const connection = useConnection();
  const all = useSubmissions();
  const subs = useMemo(() => [...all.values()].filter((s) => s.startedHere), [all]);
  if (!connection || subs.length === 0) return null;
  return <Watch connection={connection} subs={subs} />;
}
