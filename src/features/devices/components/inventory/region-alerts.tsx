import SpaceBetween from '@cloudscape-design/components/space-between';
import { QueryError } from '@/components/query-error';
import type { RegionStatus } from '../../api/fleet-store';

/** One inline error per region whose listing failed; the other regions' devices stay in the table. */
export function RegionAlerts({ regions, onRetry }: { regions: readonly RegionStatus[]; onRetry: (region: string) => void }) {
  const failed = regions.filter((r) => r.error);
  if (failed.length === 0) return null;
  return (
    <SpaceBetween size="s">
      {failed.map((r) => (
        <QueryError key={r.region} error={r.error} what={`Devices in ${r.region}`} onRetry={() => onRetry(r.region)} />
      ))}
    </SpaceBetween>
  );
}
