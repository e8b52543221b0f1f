import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import type { ConnectionKind } from '@/lib/aws/connection';
import { getConfigState, getRuntimeConfig } from '../api/connection-choices';
import { useConnection } from '@/lib/aws/connection-store';
import { useNotifications } from '@/lib/notifications';
import { connectSimulated, connectTemporary, disconnect, signInWithCognito } from '../api/session';
import { IdentityDetails } from './identity-details';
import { RegionsForm } from './regions-form';
import { TemporaryCredentialsForm } from './temporary-credentials-form';

/** Settings › Connection: the credential source, the identity in use, regions and endpoint. */
export function ConnectionSettings() {
  const connection = useConnection();
  const config = getRuntimeConfig();
  const state = getConfigState();
  const { notify, notifyError } = useNotifications();
  const sources: { value: ConnectionKind; label: string; description: string }[] = [];
  if (config?.auth) sources.push({ value: 'cognito', label: 'Sign in with Amazon Cognito', description: "Your organization's sign-in; AWS credentials are issued and renewed for you." });
  sources.push({ value: 'temporary', label: 'Temporary credentials', description: 'Paste an access key ID, secret access key and session token. Kept in memory only.' });
  if (__SIMULATOR__) sources.push({ value: 'simulated', label: 'Simulated fleet', description: 'The built-in simulator: no AWS account, nothing real is changed.' });
  const [source, setSource] = useState<ConnectionKind>(connection?.kind ?? sources[0]?.value ?? 'temporary');

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" description="Where the dashboard gets AWS credentials, and who they belong to.">Connection</Header>}>
        <SpaceBetween size="l">
          <KeyValuePairs
            columns={3}
            items={[
              {
                label: 'In use',
                value: connection
                  ? connection.kind === 'simulated'
                    ? <StatusIndicator type="warning">Simulated fleet (no AWS account)</StatusIndicator>
                    : <StatusIndicator type="success">{connection.label}</StatusIndicator>
                  : <StatusIndicator type="stopped">Not connected</StatusIndicator>,
              },
              { label: 'API route', value: (connection?.apiRoute ?? config?.apiRoute ?? 'direct') === 'same-origin' ? 'Same origin (/sdm/<region>/ on this site)' : 'Direct to the regional endpoints' },
              { label: 'Deployment configuration', value: state.status === 'ok' ? state.source : 'None (simulator only)' },
            ]}
          />
          {connection && <IdentityDetails connection={connection} />}
          <Tiles value={source} onChange={({ detail }) => setSource(detail.value as ConnectionKind)} items={sources} ariaLabel="Credential source" columns={sources.length} />
          {source === 'cognito' && (
            connection?.kind === 'cognito' ? (
              <SpaceBetween direction="horizontal" size="s" alignItems="center">
                <Box>Signed in as <b>{connection.label}</b>.</Box>
                <Button onClick={() => void disconnect().catch((e: unknown) => notifyError(e, 'Sign-out'))}>Sign out</Button>
              </SpaceBetween>
            ) : (
              <Button variant="primary" onClick={() => void signInWithCognito('/settings').catch((e: unknown) => notifyError(e, 'Sign-in'))}>Sign in</Button>
            )
          )}
          {source === 'temporary' && (
            <SpaceBetween size="s">
              {connection?.kind === 'temporary' && (
                <SpaceBetween direction="horizontal" size="s" alignItems="center">
                  <Box>Connected with {connection.label.toLowerCase()}. Enter new ones below to replace them.</Box>
                  <Button onClick={() => void disconnect()}>Forget credentials</Button>
                </SpaceBetween>
              )}
              {/* A new form for each connection: nothing typed for the last one stays in memory. */}
              <TemporaryCredentialsForm
                key={connection?.id ?? 'none'}
                submitLabel="Connect"
                onSubmit={(keys) => {
                  connectTemporary(keys);
                  notify({ id: 'connection', type: 'success', header: 'Connected with the credentials you entered', content: 'They are kept in this tab only and are gone when it reloads.' });
                }}
              />
            </SpaceBetween>
          )}
          {source === 'simulated' && (
            connection?.kind === 'simulated'
              ? <Box>The simulated fleet is in use.</Box>
              : <Button onClick={() => connectSimulated()}>Use the simulated fleet</Button>
          )}
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Regions and endpoint</Header>}>
        <RegionsForm connection={connection} />
      </Container>
    </SpaceBetween>
  );
}
