import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { CopyText } from '@/components/copy-text';
import type { Connection } from '@/lib/aws/connection';
import { describeError } from '@/lib/errors';
import { useCallerIdentity } from '../api/identity';

/** Account and ARN of the credentials in use (STS GetCallerIdentity). */
export function IdentityDetails({ connection }: { connection: Connection }) {
  const identity = useCallerIdentity(connection);
  if (identity.isPending) return <StatusIndicator type="loading">Looking up the identity in use</StatusIndicator>;
  if (identity.isError) {
    const d = describeError(identity.error);
    return <StatusIndicator type="warning">Identity unknown: {d.title}. {d.message}</StatusIndicator>;
  }
  const { account, arn } = identity.data;
  return (
    <KeyValuePairs
      columns={2}
      items={[
        { label: 'Account', value: connection.kind === 'simulated' ? <Box>Simulated account {account}</Box> : <CopyText text={account} label="Account ID" /> },
        { label: 'ARN', value: <CopyText text={arn} label="ARN" /> },
      ]}
    />
  );
}
