import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { Suspense } from 'react';
import { CopyText } from '@/components/copy-text';
import { CreatedBy } from '@/features/activity';
import type { Connection } from '@/lib/aws/connection';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import type { Operation } from '../api/operation-groups';
import { CommandText } from './command-text';
import { OperationProgress, OperationStatus } from './operation-status';

/** An operation's summary: what, when, how far, and what it retries. */
export function OperationDetails({ op, connection }: { op: Operation; connection: Connection }) {
  return (
    <Container header={<Header variant="h2">Operation details</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Operation ID', value: <CopyText text={op.id} label="Operation ID" /> },
          { label: 'Command', value: <CommandText command={op.command} /> },
          { label: 'State', value: <OperationStatus op={op} /> },
          { label: 'Created', value: <RelativeTime date={op.createdAt} fallback="…" /> },
          { label: 'Created by', value: <Suspense fallback="…"><CreatedBy connection={connection} tasks={op.tasks} at={op.createdAt} /></Suspense> },
          { label: 'Devices', value: op.sending ? `${op.targets} of ${op.sending.planned} sent` : String(op.targets) },
          { label: 'Tasks', value: String(op.tasks.length) },
          { label: 'Regions', value: op.regions.join(', ') || '-' },
          ...(op.leftOut.length ? [{ label: 'Left out (not found)', value: op.leftOut.join(', ') }] : []),
          {
            label: 'Retry of',
            value: op.retryOf ? <RouterLink href={`/tasks/operations/${encodeURIComponent(op.retryOf)}`}>{op.retryOf}</RouterLink> : '-',
          },
          { label: 'Progress', value: <OperationProgress op={op} label={`Progress of operation ${op.id}`} /> },
        ]}
      />
    </Container>
  );
}
