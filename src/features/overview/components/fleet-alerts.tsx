import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { QueryError } from '@/components/query-error';
import { RouterLink } from '@/components/router-link';
import type { FleetSnapshot } from '@/features/devices';
import { count } from '@/lib/plural';
import { COUNTER_FILTERS, overviewHref } from '../api/links';

interface Props {
  snapshot: FleetSnapshot;
  failed: number;
  onRetryRegion: (region: string) => void;
  onRetryFailed: () => void;
}

/** Regions whose listing failed, and devices that could not be described: the figures leave them out and say so. */
export function FleetAlerts({ snapshot, failed, onRetryRegion, onRetryFailed }: Props) {
  const regions = snapshot.regions.filter((r) => r.error);
  if (regions.length === 0 && failed === 0) return null;
  return (
    <SpaceBetween size="s">
      {regions.map((r) => (
        <QueryError key={r.region} error={r.error} what={`Devices in ${r.region} (not in the figures)`} onRetry={() => onRetryRegion(r.region)} />
      ))}
      {failed > 0 && (
        <Alert
          type="warning"
          header={`${count(failed, 'device')} could not be described`}
          action={<Button onClick={onRetryFailed} loading={snapshot.retrying > 0}>Retry {count(failed, 'device')}</Button>}
        >
          The figures count them only with a description read earlier, where there is one.{' '}
          <RouterLink href={overviewHref(COUNTER_FILTERS.failed)}>Show them in the inventory</RouterLink>
        </Alert>
      )}
    </SpaceBetween>
  );
}
