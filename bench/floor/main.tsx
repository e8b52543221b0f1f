// The reference page of bench/floor.mjs: the least the dashboard's stack does to show a page
// of devices (React, Cloudscape's top navigation, app layout and table, rows fetched with the
// bench's latency). No router, no SDK, no simulator, no fleet store.
import '@cloudscape-design/global-styles/index.css';
import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import TopNavigation from '@cloudscape-design/components/top-navigation';
import { startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Row {
  id: string;
  name: string;
  type: string;
  locked: boolean;
  online: boolean;
}

const LATENCY_MS = Number(new URLSearchParams(location.search).get('latency') ?? 80);

function Devices() {
  const [rows, setRows] = useState<Row[] | undefined>();
  useEffect(() => {
    void fetch('rows.json')
      .then((r) => r.json() as Promise<Row[]>)
      .then((data) => setTimeout(() => startTransition(() => setRows(data)), LATENCY_MS));
  }, []);
  return (
    <Table<Row>
      variant="full-page"
      stickyColumns={{ first: 1 }}
      resizableColumns
      selectionType="multi"
      selectedItems={[]}
      loading={!rows}
      loadingText="Loading devices"
      items={rows ?? []}
      trackBy="id"
      ariaLabels={{ tableLabel: 'Devices', itemSelectionLabel: (_s, r) => `Select ${r.id}`, allItemsSelectionLabel: () => 'Select all' }}
      header={
        <Header counter={rows ? `(${rows.length})` : undefined} actions={<SpaceBetween direction="horizontal" size="xs"><Button>Export</Button><Button>Unlock</Button><Button>Reboot</Button></SpaceBetween>}>
          Devices
        </Header>
      }
      filter={<TextFilter filteringText="" filteringPlaceholder="Filter devices" />}
      pagination={<Pagination currentPageIndex={1} pagesCount={5} />}
      columnDefinitions={[
        { id: 'id', header: 'Device ID', cell: (r) => <Link href={`/devices/${r.id}`}>{r.id}</Link>, isRowHeader: true, sortingField: 'id' },
        { id: 'name', header: 'Name', cell: (r) => r.name, sortingField: 'name' },
        { id: 'type', header: 'Type', cell: (r) => r.type, sortingField: 'type' },
        { id: 'state', header: 'State', cell: (r) => <StatusIndicator type={r.locked ? 'warning' : 'success'}>{r.locked ? 'Locked' : 'Unlocked'}</StatusIndicator> },
        { id: 'status', header: 'Status', cell: (r) => <StatusIndicator type={r.online ? 'success' : 'stopped'}>{r.online ? 'Online' : 'Offline'}</StatusIndicator> },
      ]}
    />
  );
}

function Page() {
  return (
    <>
      <TopNavigation identity={{ href: '/', title: 'Snow Fleet Dashboard' }} utilities={[{ type: 'button', text: 'us-west-2' }]} />
      <AppLayout
        navigation={<SideNavigation header={{ href: '/', text: 'Snow Fleet' }} items={[{ type: 'link', text: 'Overview', href: '/' }, { type: 'link', text: 'Devices', href: '/devices' }]} />}
        breadcrumbs={<BreadcrumbGroup items={[{ text: 'Snow Fleet', href: '/' }, { text: 'Devices', href: '/devices' }]} />}
        toolsHide
        content={<Devices />}
      />
    </>
  );
}

startTransition(() => createRoot(document.getElementById('root')!).render(<Page />));
