import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Popover from '@cloudscape-design/components/popover';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { CopyText } from '@/components/copy-text';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { useNow } from '@/lib/clock';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';
import { capacityLevel } from '@/lib/rules/capacity';
import { codeLabel, deviceTypeName, isKnownDeviceType } from '@/lib/rules/device-types';
import { onlineRuleText, onlineStatus, onlineThresholdText } from '@/lib/rules/online';
import type { FleetRow } from '../../api/fleet-types';
import { installedVersionOf, installingVersionOf, installStateOf, type RowContext } from '../../model/row-values';
import { LockState, OnlineIndicator } from '../device-status';

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
  if (!row.fromCache) return <LockState state={row.detail.deviceState} />;
  // Shown from this browser's cache until described again: its age says how far to trust it.
  return (
    <div>
      <LockState state={row.detail.deviceState} />
      <Box variant="small" color="text-status-inactive" display="block">
        From cache{row.detailAt ? <>, described <RelativeTime date={new Date(row.detailAt)} /></> : null}
      </Box>
    </div>
  );
}

/** The device id, linking to its page, with a copy button. */
export function DeviceIdCell({ id, href, onOpen }: { id: string; href: string; onOpen: () => void }) {
  return (
    <CopyText text={id} label="Device ID" display={<span title={id} onClickCapture={onOpen}><RouterLink href={href}>{id}</RouterLink></span>} />
  );
}

/** Text the column may cut with an ellipsis: the whole of it on hover. */
export function TruncatedCell({ text }: { text: string | undefined }) {
  return text ? <span title={text}>{text}</span> : <>-</>;
}

/** The device type by product name, its API code on hover. */
export function TypeCell({ code }: { code: string | undefined }) {
  const name = deviceTypeName(code);
  if (!code || !name) return <>-</>;
  const title = isKnownDeviceType(code) ? `${name} (device type code ${code})` : `Device type code ${code}`;
  // Product names are long: they wrap between words here, never inside one.
  return <span title={title} style={{ whiteSpace: 'normal', overflowWrap: 'normal' }}>{name}</span>;
}

/** Online or offline, and below it when the device last reached out (status goes by it). */
export function StatusCell({ row, ctx }: { row: FleetRow; ctx: RowContext }) {
  // The shared 15-second clock the inventory's filter and summary use, read here so a tick renders these cells, not the table.
  const now = useNow(15_000);
  const status = onlineStatus(row.detail, ctx.onlineThresholdMs, now);
  // Not described: unknown when the describe failed, nothing yet while it is loading. Both keep
  // the described cell's two lines, so rows do not grow (and move the rows below) as answers come.
  if (status === 'unknown') {
    return (
      <div>
        {row.detailError ? <OnlineIndicator status="unknown" /> : '-'}
        <span aria-hidden="true"><Box variant="small" display="block">{'\u00a0'}</Box></span>
      </div>
    );
  }
  return (
    <div>
      <OnlineIndicator status={status} />
      <Box variant="small" color="text-body-secondary" display="block">
        <RelativeTime date={row.detail?.lastReachedOutAt} fallback="Never reached out" />
      </Box>
    </div>
  );
}

/** Read by screen readers, not shown: the threshold is on hover and under the summary. */
const SCREEN_READER_ONLY = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

/** The Status column's header: the online threshold it applies on hover, and to screen readers. */
export function StatusHeader({ thresholdMs }: { thresholdMs: number }) {
  return (
    <span title={onlineRuleText(thresholdMs)}>
      Status<span style={SCREEN_READER_ONLY}> (within {onlineThresholdText(thresholdMs)})</span>
    </span>
  );
}

export function TimeCell({ date }: { date: Date | undefined }) {
  return <RelativeTime date={date} />;
}

/** "122 → 131" over "Downloading": installed build, the one installing and the install state; each field in a popover. */
export function SoftwareCell({ row }: { row: FleetRow }) {
  const installed = installedVersionOf(row);
  const installingVersion = installingVersionOf(row);
  const state = installStateOf(row);
  if (!installed && !installingVersion && !state) return <>-</>;
  if (!installingVersion && !state) return <>{installed}</>;
  const versions = `${installed ?? '-'}${installingVersion ? ` → ${installingVersion}` : ''}`;
  return (
    <div>
      <Popover
        triggerType="text"
        size="medium"
        position="top"
        dismissButton={false}
        header="Software"
        content={
          <KeyValuePairs
            columns={1}
            items={[
              { label: 'Installed version', value: installed ?? 'Not reported' },
              { label: 'Installing version', value: installingVersion ?? 'None' },
              { label: 'Install state', value: state ? `${codeLabel(state)} (${state})` : 'Not reported' },
            ]}
          />
        }
      >
        {versions}
      </Popover>
      {state && <Box variant="small" color="text-body-secondary" display="block">{codeLabel(state)}</Box>}
    </div>
  );
}

/** A usage percentage, in the capacity panels' warning and error colours past their levels. */
export function PercentCell({ value }: { value: number | undefined }) {
  if (value === undefined) return <>-</>;
  const text = `${value.toFixed(value < 10 ? 1 : 0)}%`;
  const level = capacityLevel(value);
  return level === 'ok' ? <>{text}</> : <StatusIndicator type={level}>{text}</StatusIndicator>;
}
