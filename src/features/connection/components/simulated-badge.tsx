import Badge from '@cloudscape-design/components/badge';
import { useConnection } from '@/lib/aws/connection-store';

/** Beside the breadcrumbs on every page while the simulator is in use. */
export function SimulatedBadge() {
  const connection = useConnection();
  if (connection?.kind !== 'simulated') return null;
  return <Badge color="severity-medium">Simulated fleet: not a real AWS account</Badge>;
}
