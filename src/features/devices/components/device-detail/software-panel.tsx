import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { SoftwareInformation } from '@aws-sdk/client-snow-device-management';
import { codeLabel } from '@/lib/rules/device-types';
import { installInProgress, reported } from '@/lib/rules/software';
import { CouldNotRead } from './could-not-read';

interface Props {
  software: SoftwareInformation | undefined;
  loading: boolean;
  /** DescribeDevice failed and nothing was read before: the software is unknown. */
  error?: unknown;
  onRetry: () => void;
}

/** Installed software and any install in progress. */
export function SoftwarePanel({ software, loading, error, onRetry }: Props) {
  const installing = reported(software?.installingVersion);
  const state = reported(software?.installState);
  return (
    <Container header={<Header variant="h2">Software</Header>}>
      {loading ? (
        <StatusIndicator type="loading">Loading software</StatusIndicator>
      ) : error ? (
        <CouldNotRead error={error} what="software" onRetry={onRetry} />
      ) : (
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Installed version', value: reported(software?.installedVersion) ?? 'Not reported' },
            { label: 'Installing version', value: installing ?? 'None' },
            {
              label: 'Install state',
              // A settled state (INSTALLED, FAILED, …) is shown as reported, without the in-progress spinner.
              value: !state ? 'No install in progress' : installInProgress(software) ? <StatusIndicator type="in-progress">{codeLabel(state)}</StatusIndicator> : codeLabel(state),
            },
          ]}
        />
      )}
    </Container>
  );
}
