import type { TableProps } from '@cloudscape-design/components/table';
import { RouterLink } from '@/components/router-link';
import type { FleetRow } from '../../api/fleet-store';
import { PercentCell, SoftwareCell, StateCell, StatusCell, TimeCell } from './cells';
import { memoryPercent, nameOf, storagePercent, tagsText, type RowContext } from '../../model/row-values';

/** The device page of a row, with its region so multi-region fleets open the right one. */
export function deviceHref(row: FleetRow): string {
  return `/devices/${encodeURIComponent(row.managedDeviceId)}?region=${encodeURIComponent(row.region)}`;
}

export interface ColumnOptions {
  ctx: RowContext;
  /** Called before following a device link (seeds the detail page's cache). */
  onOpen: (row: FleetRow) => void;
}

/** Column definitions; ids match the property keys so sorting and filtering share them. */
export function inventoryColumns({ ctx, onOpen }: ColumnOptions): TableProps.ColumnDefinition<FleetRow>[] {
  const col = (id: string, header: string, cell: (r: FleetRow) => React.ReactNode, extra: Partial<TableProps.ColumnDefinition<FleetRow>> = {}) =>
    ({ id, header, cell, sortingField: id, ...extra }) satisfies TableProps.ColumnDefinition<FleetRow>;
  return [
    col('id', 'Device ID', (r) => (
      <span onClickCapture={() => onOpen(r)}>
        <RouterLink href={deviceHref(r)}>{r.managedDeviceId}</RouterLink>
      </span>
    ), { isRowHeader: true }),
    col('name', 'Name', (r) => nameOf(r) ?? '-'),
    col('region', 'Region', (r) => r.region),
    col('type', 'Type', (r) => r.detail?.deviceType ?? '-'),
    col('state', 'State', (r) => <StateCell row={r} />),
    col('status', 'Status', (r) => <StatusCell row={r} ctx={ctx} />),
    col('lastContact', 'Last contact', (r) => <TimeCell date={r.detail?.lastReachedOutAt} />),
    col('dataAge', 'Data updated', (r) => <TimeCell date={r.detail?.lastUpdatedAt} />),
    col('software', 'Software', (r) => <SoftwareCell row={r} />),
    col('job', 'Order job', (r) => r.detail?.associatedWithJob ?? r.summary.associatedWithJob ?? '-'),
    col('storage', 'Storage used', (r) => <PercentCell value={storagePercent(r)} />),
    col('memory', 'Memory used', (r) => <PercentCell value={memoryPercent(r)} />),
    col('tags', 'Tags', (r) => tagsText(r) || '-'),
  ];
}
