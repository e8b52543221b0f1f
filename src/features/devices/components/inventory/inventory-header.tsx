import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import type { FleetSnapshot } from '../../api/fleet-store';

interface Props {
  snapshot: FleetSnapshot;
  total: number;
  matching: number;
  filtered: boolean;
  selected: number;
  onRefresh: () => void;
  onExport: (format: 'csv' | 'json') => void;
  onHandover: (command: 'reboot' | 'unlock') => void;
}

const n = (x: number) => x.toLocaleString('en');

/** Title with counts, loading progress and the table's actions. */
export function InventoryHeader({ snapshot, total, matching, filtered, selected, onRefresh, onExport, onHandover }: Props) {
  const listing = snapshot.regions.some((r) => r.listing);
  const description = snapshot.waiting > 0 || listing ? (
    <StatusIndicator type="loading">
      {listing ? 'Listing devices. ' : ''}
      {snapshot.waiting > 0 ? `${n(snapshot.waiting)} of ${n(total)} devices still loading details` : ''}
    </StatusIndicator>
  ) : (
    <>
      Every device in {snapshot.regions.map((r) => r.region).join(', ')}
      {snapshot.listedAt ? <>, listed <RelativeTime date={new Date(snapshot.listedAt)} /></> : null}.
    </>
  );
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
              { id: 'csv', text: `CSV (${n(matching)} devices)` },
              { id: 'json', text: `JSON (${n(matching)} devices)` },
            ]}
            onItemClick={({ detail }) => onExport(detail.id as 'csv' | 'json')}
          >
            Export
          </ButtonDropdown>
          <Button disabled={selected === 0} onClick={() => onHandover('unlock')}>Unlock</Button>
          <Button variant="primary" disabled={selected === 0} onClick={() => onHandover('reboot')}>Reboot</Button>
        </SpaceBetween>
      }
    >
      Devices
    </Header>
  );
}
