import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { SoftwareInformation } from '@aws-sdk/client-snow-device-management';

// The service reports the literal "NA" when nothing is being installed.
const none = (v: string | undefined) => (!v || v === 'NA' ? undefined : v);

/** Installed software and any install in progress. */
export function SoftwarePanel({ software, loading }: { software: SoftwareInformation | undefined; loading: boolean }) {
  const installing = none(software?.installingVersion);
  const state = none(software?.installState);
  return (
    <Container header={<Header variant="h2">Software</Header>}>
      {loading ? (
        <StatusIndicator type="loading">Loading software</StatusIndicator>
      ) : (
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Installed version', value: software?.installedVersion ?? 'Not reported' },
            { label: 'Installing version', value: installing ?? 'None' },
            { label: 'Install state', value: state ? <StatusIndicator type="in-progress">{state}</StatusIndicator> : 'No install in progress' },
          ]}
        />
      )}
    </Container>
  );
}
