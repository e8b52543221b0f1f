import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { PhysicalNetworkInterface } from '@aws-sdk/client-snow-device-management';
import { CopyText } from '@/components/copy-text';
import { CouldNotRead } from './could-not-read';

const unset = (v: string | undefined) => (!v || v === '0.0.0.0' ? 'Not configured' : v);

interface Props {
  interfaces: PhysicalNetworkInterface[] | undefined;
  loading: boolean;
  /** DescribeDevice failed and nothing was read before: the interfaces are unknown. */
  error?: unknown;
  onRetry: () => void;
}

/** The device's physical network interfaces. */
export function InterfacesPanel({ interfaces, loading, error, onRetry }: Props) {
  return (
    <Table
      variant="container"
      header={<Header variant="h2" counter={interfaces ? `(${interfaces.length})` : undefined}>Network interfaces</Header>}
      items={interfaces ?? []}
      loading={loading}
      loadingText="Loading network interfaces"
      ariaLabels={{ tableLabel: 'Network interfaces' }}
      empty={error ? <CouldNotRead error={error} what="network interfaces" onRetry={onRetry} /> : <Box textAlign="center">The device reports no network interfaces.</Box>}
      columnDefinitions={[
        { id: 'id', header: 'Interface ID', isRowHeader: true, cell: (n) => <CopyText text={n.physicalNetworkInterfaceId} label="Interface ID" /> },
        { id: 'type', header: 'Connector', cell: (n) => n.physicalConnectorType ?? '-' },
        { id: 'ip', header: 'IP address', cell: (n) => unset(n.ipAddress) },
        { id: 'netmask', header: 'Netmask', cell: (n) => unset(n.netmask) },
        { id: 'gateway', header: 'Default gateway', cell: (n) => unset(n.defaultGateway) },
        { id: 'mac', header: 'MAC address', cell: (n) => n.macAddress ?? '-' },
        { id: 'assignment', header: 'Assignment', cell: (n) => (n.ipAddressAssignment === 'DHCP' ? 'DHCP' : n.ipAddressAssignment === 'STATIC' ? 'Static' : '-') },
      ]}
    />
  );
}
