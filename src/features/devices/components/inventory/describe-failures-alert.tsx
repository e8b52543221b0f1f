import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { count, sentence } from '@/lib/plural';
import type { FleetRow } from '../../api/fleet-types';
import { groupFailures } from '../../model/describe-failures';

interface Props {
  rows: readonly FleetRow[];
  /** Failed rows being described again. */
  retrying: number;
  onRetry: () => void;
}

/**
 * One alert for every row whose DescribeDevice failed: how many, why (grouped by the error
 * map's kinds, in its words) and one action that describes exactly those rows again.
 */
export function DescribeFailuresAlert({ rows, retrying, onRetry }: Props) {
  const groups = useMemo(() => groupFailures(rows), [rows]);
  const failed = groups.reduce((n, g) => n + g.rows, 0);
  if (failed === 0) return null;
  const throttled = groups.every((g) => g.kind === 'throttling');
  return (
    <Alert
      type={throttled ? 'warning' : 'error'}
      header={`${count(failed, 'device')} could not be described`}
      action={
        <Button onClick={onRetry} loading={retrying > 0} ariaLabel={`Retry describing ${count(failed, 'device')}`}>
          Retry {count(failed, 'device')}
        </Button>
      }
    >
      <SpaceBetween size="xs">
        {groups.map((g) => (
          <div key={g.kind}>
            <Box variant="strong">{g.description.title} ({count(g.rows, 'device')}{g.regions.length > 1 ? ` in ${g.regions.join(', ')}` : ''})</Box>
            <Box variant="p">
              {sentence(g.description.message, g.description.action)}
              {g.withEarlier > 0 ? ` ${count(g.withEarlier, 'device')} still ${g.withEarlier === 1 ? 'shows its' : 'show their'} earlier description.` : ''}
            </Box>
          </div>
        ))}
        <Box variant="small" color="text-body-secondary">
          Their rows show what the listing says; the counts and exports mark them as not described. The next refresh tries them again too.
        </Box>
      </SpaceBetween>
    </Alert>
  );
}
