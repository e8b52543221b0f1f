import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useCallback, useMemo } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { useNow } from '@/lib/clock';
import { describeError } from '@/lib/errors';
import type { TimeRange } from '../api/activity-view';
import type { ActivityRow } from '../api/trail-rows';
import { useTrail } from '../api/use-trail';

/** Around the moment a task was created or cancelled; CloudTrail's event time is the call's. */
const MARGIN_MS = 10 * 60_000;
/** Until then a missing event may simply not have arrived in CloudTrail. */
const ARRIVAL_MS = 15 * 60_000;

function windowAround(at: Date, until?: Date): TimeRange {
  const end = Math.min(Date.now(), (until ?? at).getTime() + MARGIN_MS);
  return { type: 'absolute', start: new Date(at.getTime() - MARGIN_MS).toISOString(), end: new Date(Math.max(end, at.getTime() - MARGIN_MS + 1000)).toISOString() };
}

/** Who made the calls `filter` finds near `at`, or why that is not known. */
function TrailWho({ connection, regions, at, until, filter, what }: { connection: Connection; regions: string[]; at: Date; until?: Date; filter: (r: ActivityRow) => boolean; what: string }) {
  const range = useMemo(() => windowAround(at, until), [at, until]);
  const trail = useTrail(connection, regions, range, false, filter, 1);
  const failure = trail.error ?? trail.errors[0]?.error;
  const now = useNow(60_000);
  if (trail.matching.length) {
    const seen = new Map(trail.matching.map((r) => [r.actor.name, r] as const));
    return (
      <SpaceBetween size="xxxs">
        {[...seen.values()].map((r) => (
          <span key={r.actor.name} title={r.actor.arn}>
            {r.actor.name}{r.actor.via && <Box variant="small" display="block" color="text-body-secondary">{r.actor.via}</Box>}
            {r.actor.viaDashboard && <Badge color="blue">Dashboard sign-in</Badge>}
          </span>
        ))}
      </SpaceBetween>
    );
  }
  if (trail.loading || trail.fetching) return <StatusIndicator type="loading">Looking in CloudTrail</StatusIndicator>;
  if (failure) {
    const d = describeError(failure);
    return <StatusIndicator type="warning">{d.kind === 'access-denied' ? 'Could not check: your role lacks cloudtrail:LookupEvents' : `Could not check: ${d.title}`}</StatusIndicator>;
  }
  if (now - (until ?? at).getTime() < ARRIVAL_MS) return <Box color="text-body-secondary">Not found in CloudTrail yet: it shows a call some minutes after it</Box>;
  return <Box color="text-body-secondary">{trail.hasMore ? `Not found in the events loaded around the ${what}` : `No ${what} event in CloudTrail`}</Box>;
}

/** "Created by": the CreateTask call whose response named one of the tasks. */
export function CreatedBy({ connection, tasks, at }: { connection: Connection; tasks: { taskId: string; region: string }[]; at: Date | undefined }) {
  const ids = useMemo(() => new Set(tasks.map((t) => t.taskId)), [tasks]);
  const regions = useMemo(() => [...new Set(tasks.map((t) => t.region))], [tasks]);
  const filter = useCallback((r: ActivityRow) => r.eventName === 'CreateTask' && !r.error && r.tasks.some((t) => ids.has(t)), [ids]);
  if (!at || !regions.length) return <>-</>;
  return <TrailWho connection={connection} regions={regions} at={at} filter={filter} what="creation" />;
}

/** "Cancelled by": the CancelTask calls naming the task (a refused attempt cancelled nothing, so it is not one). */
export function CancelledBy({ connection, taskId, region, at }: { connection: Connection; taskId: string; region: string; at: Date | undefined }) {
  const filter = useCallback((r: ActivityRow) => r.eventName === 'CancelTask' && !r.error && r.tasks.includes(taskId), [taskId]);
  if (!at) return <>-</>;
  return <TrailWho connection={connection} regions={[region]} at={at} filter={filter} what="cancellation" />;
}
