import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Capacity } from '@aws-sdk/client-snow-device-management';
import { formatCapacity } from '@/lib/format';
import { CAPACITY_THRESHOLDS, capacityLevel, usedPercent } from '@/lib/rules/capacity';
import { CouldNotRead } from './could-not-read';

function CapacityItem({ c }: { c: Capacity }) {
  const percent = usedPercent(c);
  const level = capacityLevel(percent);
  const name = c.name ?? 'Capacity';
  if (!c.total) {
    return (
      <div>
        <Box variant="awsui-key-label">{name}</Box>
        <Box color="text-status-inactive">Not present on this device</Box>
      </div>
    );
  }
  return (
    <ProgressBar
      label={name}
      value={percent ?? 0}
      ariaLabel={`${name} used`}
      description={`${formatCapacity(c.used, c.unit)} used of ${formatCapacity(c.total, c.unit)} · ${formatCapacity(c.available, c.unit)} available`}
      additionalInfo={
        level === 'ok' ? undefined : (
          <StatusIndicator type={level}>Over {CAPACITY_THRESHOLDS[level]}% used</StatusIndicator>
        )
      }
    />
  );
}

interface Props {
  capacities: Capacity[] | undefined;
  loading: boolean;
  /** DescribeDevice failed and nothing was read before: the capacity is unknown. */
  error?: unknown;
  onRetry: () => void;
}

/** Every capacity the device reports, with usage bars. */
export function CapacitiesPanel({ capacities, loading, error, onRetry }: Props) {
  return (
    <Container header={<Header variant="h2" description="As last reported by the device">Capacity</Header>}>
      {loading ? (
        <StatusIndicator type="loading">Loading capacity</StatusIndicator>
      ) : error ? (
        <CouldNotRead error={error} what="capacity" onRetry={onRetry} />
      ) : !capacities?.length ? (
        <Box color="text-status-inactive">The device reports no capacity.</Box>
      ) : (
        <ColumnLayout columns={3} variant="text-grid">
          {capacities.map((c, i) => (
            <CapacityItem key={`${c.name}-${i}`} c={c} />
          ))}
        </ColumnLayout>
      )}
    </Container>
  );
}
