import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ExecutionStateIndicator } from '@/components/execution-state';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { useRecentFailures } from '@/features/tasks';
import type { Connection } from '@/lib/aws/connection';
import { useNow } from '@/lib/clock';
import { count } from '@/lib/plural';

const WINDOW_MS = 24 * 3_600_000;
const SHOWN = 5;

/** Executions that failed, timed out or were rejected in the last 24 hours, from the tasks the service lists. */
export function RecentFailures({ connection, region }: { connection: Connection; region?: string }) {
  // A minute's clock: the window's edge moves slowly, and each tick re-reads nothing (the cache answers).
  const now = useNow(60_000);
  const result = useRecentFailures(connection, now, WINDOW_MS);
  const items = region ? result.items.filter((i) => i.region === region) : result.items;
  const errors = region ? result.errors.filter((e) => e.region === region) : result.errors;
  const title = 'Executions that failed in the last 24 hours';
  return (
    <SpaceBetween size="xs">
      <Box variant="h3">{title}</Box>
      {errors.length > 0 && (
        <QueryError error={errors[0]?.error} what="Could not check every task" onRetry={result.retry} />
      )}
      {result.loading ? (
        <StatusIndicator type="loading">Reading tasks</StatusIndicator>
      ) : items.length === 0 ? (
        <Box color="text-body-secondary">{result.reading > 0 || errors.length > 0 ? 'None found so far.' : 'None.'}</Box>
      ) : (
        <ul aria-label={title} style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.slice(0, SHOWN).map((i) => (
            <li key={`${i.region}|${i.taskId}|${i.managedDeviceId}`}>
              <RouterLink href={`/devices/${encodeURIComponent(i.managedDeviceId)}?region=${encodeURIComponent(i.region)}`}>{i.managedDeviceId}</RouterLink>
              {' in task '}
              <RouterLink href={`/tasks/${encodeURIComponent(i.taskId)}?region=${encodeURIComponent(i.region)}`}>{i.taskId}</RouterLink>
              {': '}<ExecutionStateIndicator state={i.state} />{' '}
              {i.endedAt ? <RelativeTime date={i.endedAt} /> : <>task created <RelativeTime date={i.taskCreatedAt} /></>}
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN && <Box variant="small">{count(items.length - SHOWN, 'more execution')} failed.</Box>}
      {result.reading > 0 && !result.loading && <StatusIndicator type="loading">Some tasks are still being read: the list may grow.</StatusIndicator>}
      {result.unchecked > 0 && (
        <StatusIndicator type="warning">Could not check {count(result.unchecked, 'failed execution')}: its time could not be read.</StatusIndicator>
      )}
      <RouterLink href="/tasks?state=FAILED">Show failed operations</RouterLink>
    </SpaceBetween>
  );
}
