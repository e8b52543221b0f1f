import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import type { ActivityRow } from '../api/trail-rows';

const regionQuery = (region: string) => `?region=${encodeURIComponent(region)}`;

function Who({ row }: { row: ActivityRow }) {
  const a = row.actor;
  return (
    <SpaceBetween size="xxxs">
      <span title={a.arn}>{a.name}</span>
      {a.via && <Box variant="small" color="text-body-secondary">{a.via}</Box>}
      {a.viaDashboard && <Badge color="blue">Dashboard sign-in</Badge>}
    </SpaceBetween>
  );
}

function What({ row }: { row: ActivityRow }) {
  return (
    <SpaceBetween size="xxxs">
      <span>{row.eventName}</span>
      {!row.known && <Box variant="small" color="text-body-secondary">Not a Snow Device Management operation the dashboard knows</Box>}
      {row.partial && <Box variant="small" color="text-body-secondary">Record could not be read: only the event name and time are known</Box>}
    </SpaceBetween>
  );
}

function Subjects({ row }: { row: ActivityRow }) {
  const items: ReactNode[] = [
    ...row.devices.map((d) => <RouterLink key={`d-${d}`} href={`/devices/${encodeURIComponent(d)}${regionQuery(row.region)}`} ariaLabel={`Device ${d}`}>{d}</RouterLink>),
    ...row.tasks.map((t) => <RouterLink key={`t-${t}`} href={`/tasks/${encodeURIComponent(t)}${regionQuery(row.region)}`} ariaLabel={`Task ${t}`}>{t}</RouterLink>),
  ];
  return items.length ? <SpaceBetween size="xxxs">{items}</SpaceBetween> : <>-</>;
}

function Outcome({ row }: { row: ActivityRow }) {
  if (!row.error) return <StatusIndicator type="success">Succeeded</StatusIndicator>;
  return (
    <SpaceBetween size="xxxs">
      <StatusIndicator type="error">{row.error.code}</StatusIndicator>
      {row.error.message && <Box variant="small">{row.error.message}</Box>}
    </SpaceBetween>
  );
}

const COLUMNS: TableProps.ColumnDefinition<ActivityRow>[] = [
  { id: 'time', header: 'Time', cell: (r) => <RelativeTime date={r.time} /> },
  { id: 'who', header: 'Who', cell: (r) => <Who row={r} /> },
  { id: 'what', header: 'Action', cell: (r) => <What row={r} /> },
  { id: 'subjects', header: 'Devices and tasks', cell: (r) => <Subjects row={r} /> },
  { id: 'outcome', header: 'Outcome', cell: (r) => <Outcome row={r} /> },
  { id: 'region', header: 'Region', cell: (r) => r.region },
  { id: 'ip', header: 'Source IP', cell: (r) => r.sourceIp ?? '-' },
];

/** The activity trail's rows; the device panel leaves out the columns its page already says. */
export function ActivityTable({ rows, label, loading, empty, hide = [], header, footer }: {
  rows: ActivityRow[];
  label: string;
  loading: boolean;
  empty: ReactNode;
  hide?: string[];
  header?: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Table
      ariaLabels={{ tableLabel: label }}
      columnDefinitions={COLUMNS.filter((c) => !hide.includes(c.id ?? ''))}
      items={rows}
      trackBy="id"
      loading={loading}
      loadingText="Loading events from CloudTrail"
      empty={empty}
      header={header}
      footer={footer}
      variant="container"
      wrapLines
    />
  );
}
