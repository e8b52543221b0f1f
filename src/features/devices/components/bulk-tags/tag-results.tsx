import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { describeError } from '@/lib/errors';
import { count } from '@/lib/plural';
import { sentence } from '@/lib/plural';
import { deviceKey, type DeviceOutcome } from '../../api/bulk-tags';
import { changeText, type DevicePlan } from '../../model/tag-diff';
import { DeviceListTable } from './device-list-table';
import type { BulkRun } from './use-bulk-tag-run';

interface Row {
  plan: DevicePlan;
  outcome: DeviceOutcome;
}

function OutcomeCell({ outcome }: { outcome: DeviceOutcome }) {
  switch (outcome.state) {
    case 'waiting': return <StatusIndicator type="pending">Waiting</StatusIndicator>;
    case 'done': return <StatusIndicator type="success">Changed</StatusIndicator>;
    case 'not-sent': return <StatusIndicator type="stopped">{outcome.why}</StatusIndicator>;
    case 'failed': {
      const e = describeError(outcome.error);
      return <StatusIndicator type="error">{sentence(e.title, e.message, e.action, outcome.partial)}</StatusIndicator>;
    }
  }
}

/** Progress (n of N) and each device's outcome; failed devices can be sent again. */
export function TagResults({ run, multiRegion, onRetry }: { run: BulkRun; multiRegion: boolean; onRetry: () => void }) {
  const rows: Row[] = run.plans.map((plan) => ({ plan, outcome: run.outcomes.get(deviceKey(plan)) ?? { state: 'waiting' } }));
  const ended = rows.filter((r) => r.outcome.state !== 'waiting').length;
  const done = rows.filter((r) => r.outcome.state === 'done').length;
  const failed = rows.length - done - (rows.length - ended);
  const columns: TableProps.ColumnDefinition<Row>[] = [
    { id: 'device', header: 'Device', isRowHeader: true, cell: (r) => (multiRegion ? `${r.plan.target.managedDeviceId} (${r.plan.target.region})` : r.plan.target.managedDeviceId) },
    { id: 'result', header: 'Result', cell: (r) => <OutcomeCell outcome={r.outcome} /> },
    { id: 'changes', header: 'Changes', cell: (r) => (r.plan.changes.length ? r.plan.changes.filter((c) => c.kind !== 'unchanged').map(changeText).join('; ') : 'As asked (tags not read before)') },
  ];
  const summary = run.running
    ? `${ended.toLocaleString('en')} of ${count(rows.length, 'device')}`
    : `${count(done, 'device')} changed${failed ? `, ${failed.toLocaleString('en')} not changed` : ''}.`;
  return (
    <SpaceBetween size="m">
      <ProgressBar
        label="Changing tags"
        value={rows.length ? Math.round((ended / rows.length) * 100) : 100}
        description={`${ended.toLocaleString('en')} of ${count(rows.length, 'device')} done`}
        status={run.running ? 'in-progress' : failed ? 'error' : 'success'}
        resultText={summary}
        additionalInfo={run.running ? 'The inventory and device pages show the new tags when this ends.' : 'The inventory and device pages are reading these devices again.'}
      />
      {!run.running && failed > 0 && (
        <Box><Button onClick={onRetry}>Retry {count(failed, 'failed device')}</Button></Box>
      )}
      <DeviceListTable label="Results per device" items={rows} columns={columns} />
    </SpaceBetween>
  );
}
