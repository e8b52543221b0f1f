import Box from '@cloudscape-design/components/box';
import Popover from '@cloudscape-design/components/popover';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';
import { capacityLevel } from '@/lib/rules/capacity';
import { onlineRuleText, onlineStatus, onlineThresholdText } from '@/lib/rules/online';
import type { FleetRow } from '../../api/fleet-types';
import { installedVersionOf, installingVersionOf, installStateOf, type RowContext } from '../../model/row-values';
import { OnlineIndicator } from '../device-status';

/** The short reason a row could not be described; the full message and what to do on click or focus. */
export function DescribeErrorCell({ error, earlier }: { error: unknown; earlier?: Date }) {
  const d = describeError(error);
  return (
    <Popover
      triggerType="text"
      size="medium"
      position="top"
      header={`Could not be described: ${d.title}`}
      content={
        <>
          {sentence(d.message, d.action)}
          {earlier && <> Last described <RelativeTime date={earlier} />.</>}
        </>
      }
      dismissButton={false}
    >
      <StatusIndicator type={d.kind === 'throttling' ? 'warning' : 'error'}>{d.kind === 'not-found' ? 'Not found' : d.title}</StatusIndicator>
    </Popover>
  );
}

/** Lock state, or the row's loading/error state while DescribeDevice has not answered. */
export function StateCell({ row }: { row: FleetRow }) {
  if (row.detailError) return <DescribeErrorCell error={row.detailError} earlier={row.detailAt ? new Date(row.detailAt) : undefined} />;
  if (!row.detail) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  const state = row.detail.deviceState;
  if (!state) return <>-</>;
  const type = state === 'UNLOCKED' ? 'success' : state === 'UNLOCKING' ? 'in-progress' : 'stopped';
  return <StatusIndicator type={type}>{state}</StatusIndicator>;
}

export function StatusCell({ row, ctx }: { row: FleetRow; ctx: RowContext }) {
  const status = onlineStatus(row.detail, ctx.onlineThresholdMs, ctx.now);
  // Not described: unknown when the describe failed, nothing yet while it is loading.
  if (status === 'unknown') return row.detailError ? <OnlineIndicator status="unknown" /> : <>-</>;
  return <OnlineIndicator status={status} />;
}

/** The Status column's header: the online threshold it applies, spelled out on hover. */
export function StatusHeader({ thresholdMs }: { thresholdMs: number }) {
  return (
    <span title={onlineRuleText(thresholdMs)}>
      Status <Box variant="small" display="inline" color="text-body-secondary">(within {onlineThresholdText(thresholdMs)})</Box>
    </span>
  );
}

export function TimeCell({ date }: { date: Date | undefined }) {
  return <RelativeTime date={date} />;
}

export function SoftwareCell({ row }: { row: FleetRow }) {
  const installed = installedVersionOf(row);
  const installingVersion = installingVersionOf(row);
  const state = installStateOf(row);
  if (!installed && !installingVersion && !state) return <>-</>;
  return (
    <>
      {installed ?? '-'}
      {installingVersion || state ? ` (${[installingVersion && `installing ${installingVersion}`, state].filter(Boolean).join(', ')})` : ''}
    </>
  );
}

/** A usage percentage, in the capacity panels' warning and error colours past their levels. */
export function PercentCell({ value }: { value: number | undefined }) {
  if (value === undefined) return <>-</>;
  const text = `${value.toFixed(value < 10 ? 1 : 0)}%`;
  const level = capacityLevel(value);
  return level === 'ok' ? <>{text}</> : <StatusIndicator type={level}>{text}</StatusIndicator>;
}
