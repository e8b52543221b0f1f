import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import { describeError } from '@/lib/errors';
import { count, sentence } from '@/lib/plural';
import type { Trail } from '../api/use-trail';

/** What CloudTrail's event history is, said once wherever the trail is shown. */
export const TRAIL_DELAY_NOTE = 'CloudTrail shows an event some minutes after the call (usually within 5 minutes) and keeps 90 days of management events.';

/** How far the list goes: "Loaded N events up to <time>", progress, and "Load more". */
export function TrailStatus({ trail }: { trail: Trail }) {
  const shown = `Loaded ${count(trail.loaded, 'event')}`;
  return (
    <SpaceBetween size="xs" direction="horizontal" alignItems="center">
      {trail.fetching ? (
        <StatusIndicator type="loading">{shown}, loading more</StatusIndicator>
      ) : trail.complete ? (
        <Box>{shown}: every event of the range{trail.completeFrom && <> (back to <RelativeTime date={trail.completeFrom} />)</>}</Box>
      ) : (
        <Box>{shown}{trail.completeFrom && <>, complete back to <RelativeTime date={trail.completeFrom} /></>}</Box>
      )}
      {trail.paused && <StatusIndicator type="stopped">Paused while the page is hidden</StatusIndicator>}
      {trail.hasMore && <Button onClick={trail.loadMore} disabled={trail.fetching}>Load more</Button>}
    </SpaceBetween>
  );
}

/** The trail's own explanation of a failure; a missing permission names the action to grant. */
export function TrailError({ error, region, onRetry }: { error: unknown; region?: string; onRetry: () => void }) {
  const d = describeError(error);
  const where = region ? ` in ${region}` : '';
  if (d.kind === 'access-denied') {
    return (
      <Alert type="warning" header={`The activity trail could not be read${where}: access denied`}>
        Your role is not allowed to perform cloudtrail:LookupEvents{where}, which the activity trail needs. Ask your administrator to grant
        cloudtrail:LookupEvents (it applies to the whole account and cannot be limited to resources). Everything else on this page works without it.
      </Alert>
    );
  }
  return (
    <Alert type={d.kind === 'throttling' ? 'warning' : 'error'} header={`The activity trail could not be read${where}: ${d.title}`} action={<Button onClick={onRetry}>Retry</Button>}>
      {sentence(d.message, d.action)}
    </Alert>
  );
}

/** Every failure of the trail: the whole lookup, or one region's. */
export function TrailErrors({ trail }: { trail: Trail }) {
  if (trail.error) return <TrailError error={trail.error} onRetry={trail.refresh} />;
  if (!trail.errors.length) return null;
  return <SpaceBetween size="xs">{trail.errors.map((e) => <TrailError key={e.region} error={e.error} region={e.region} onRetry={trail.refresh} />)}</SpaceBetween>;
}
