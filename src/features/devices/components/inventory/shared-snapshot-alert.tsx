import Alert from '@cloudscape-design/components/alert';
import type { SharedSnapshotStatus } from '../../api/fleet-types';

/** The regions whose shared snapshot could not be used: their devices are described from the service instead. */
export function SharedSnapshotAlert({ status }: { status: SharedSnapshotStatus | undefined }) {
  const problems = status?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <Alert type="info" header="The shared fleet snapshot was not used">
      {problems.map((p) => (
        <div key={p.region}>
          {p.region}: {p.problem}. Its devices are described from the service instead.
        </div>
      ))}
    </Alert>
  );
}
