import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import { describeError } from '@/lib/errors';
import { capacityLevel } from '@/lib/rules/capacity';
import { onlineStatus } from '@/lib/rules/online';
import type { FleetRow } from '../../api/fleet-store';
import { installedVersionOf, installingVersionOf, installStateOf, type RowContext } from '../../model/row-values';
import { OnlineIndicator } from '../device-status';

/** Lock state, or the row's loading/error state while DescribeDevice has not answered. */
export function StateCell({ row }: { row: FleetRow }) {
  if (row.detailError) {
    const d = describeError(row.detailError);
    return <StatusIndicator type="error">{d.kind === 'not-found' ? 'Not found' : d.title}</StatusIndicator>;
  }
  if (!row.detail) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  const state = row.detail.deviceState;
  if (!state) return <>-</>;
  const type = state === 'UNLOCKED' ? 'success' : state === 'UNLOCKING' ? 'in-progress' : 'stopped';
  return <StatusIndicator type={type}>{state}</StatusIndicator>;
}

export function StatusCell({ row, ctx }: { row: FleetRow; ctx: RowContext }) {
  const status = onlineStatus(row.detail, ctx.onlineThresholdMs, ctx.now);
  return status === 'unknown' ? <>-</> : <OnlineIndicator status={status} />;
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
