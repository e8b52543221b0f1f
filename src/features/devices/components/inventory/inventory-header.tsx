import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import { count } from '@/lib/plural';
import type { FleetSnapshot } from '../../api/fleet-types';
import type { exportCounts } from '../../model/export-rows';

interface Props {
  snapshot: FleetSnapshot;
  total: number;
  matching: number;
  filtered: boolean;
  selected: number;
  /** What an export of the matching rows would hold. */
  exported: ReturnType<typeof exportCounts>;
  onRefresh: () => void;
  onExport: (format: 'csv' | 'json') => void;
  onHandover: (command: 'reboot' | 'unlock') => void;
  /** The bulk tag edit of the selection. */
  tagAction?: React.ReactNode;
}

const n = (x: number) => x.toLocaleString('en');

/** "3,000 devices, 1,200 not yet described": what an export holds, for its menu item. */
function exportText(format: string, e: Props['exported'], filtered: boolean, listing: boolean): string {
  const parts = [`${count(e.devices, filtered ? 'matching device' : 'device')}${listing ? ' listed so far' : ''}`];
  if (e.notDescribed > 0) parts.push(`${n(e.notDescribed)} not yet described`);
  if (e.failed > 0) parts.push(`${n(e.failed)} could not be described`);
  return `${format}: ${parts.join(', ')}`;
}

/** Title with counts, loading progress and the table's actions. */
export function InventoryHeader({ snapshot, total, matching, filtered, selected, exported, onRefresh, onExport, onHandover, tagAction }: Props) {
  const listing = snapshot.regions.some((r) => r.listing);
  const regions = snapshot.regions.map((r) => r.region).join(', ');
  const listed = snapshot.listedAt ? <>, listed <RelativeTime date={new Date(snapshot.listedAt)} /></> : null;
  const shared = snapshot.sharedSnapshot?.writtenAt;
  const cached = snapshot.fromCache ?? 0;
  const loading = [
    snapshot.waiting > 0 ? `${n(snapshot.waiting)} of ${count(total, 'device')} still loading details` : '',
    cached > 0 ? `${n(cached)} of ${count(total, 'device')} shown from the cache, refreshing` : '',
  ].filter(Boolean).join('; ');
  const description = shared !== undefined && !listing ? (
    <>
      Fleet as of <RelativeTime date={new Date(shared)} />, from the shared snapshot; rows on screen are read again from the service.
      {loading ? ` ${loading}.` : ''}
    </>
  ) : loading || listing ? (
    <StatusIndicator type="loading">
      {listing ? 'Listing devices. ' : ''}
      {loading}
    </StatusIndicator>
  ) : snapshot.failed > 0 ? (
    <StatusIndicator type="warning">
      {count(total, 'device')} in {regions}{listed}; {n(snapshot.failed)} could not be described.
    </StatusIndicator>
  ) : (
    <>Every device in {regions}{listed}.</>
  );
  const partial = listing || exported.notDescribed > 0 || exported.failed > 0;
  return (
    <Header
      variant="h1"
      counter={selected > 0 ? `(${n(selected)}/${n(total)})` : filtered ? `(${n(matching)}/${n(total)})` : `(${n(total)})`}
      description={description}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="refresh" ariaLabel="Refresh devices" loading={listing} onClick={onRefresh} />
          <ButtonDropdown
            ariaLabel="Export devices"
            disabled={matching === 0}
            items={[
              {
                id: 'csv', text: exportText('CSV', exported, filtered, listing),
                secondaryText: `For spreadsheets, with the table's column names${partial ? '; a Described column marks each row' : ''}`,
              },
              {
                id: 'json', text: exportText('JSON', exported, filtered, listing),
                secondaryText: `For scripts, with the API's field names${partial ? '; detailStatus marks each row' : ''}`,
              },
            ]}
            onItemClick={({ detail }) => onExport(detail.id as 'csv' | 'json')}
          >
            Export
          </ButtonDropdown>
          {tagAction}
          <Button disabled={selected === 0} onClick={() => onHandover('unlock')}>Unlock</Button>
          <Button variant="primary" disabled={selected === 0} onClick={() => onHandover('reboot')}>Reboot</Button>
        </SpaceBetween>
      }
    >
      Devices
    </Header>
  );
}
