import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { renewClients } from '@/lib/aws/client';
import { completeReauthentication, dismissReauthentication, type ReauthState } from '@/lib/aws/connection-reauth';
import { useConnection } from '@/lib/aws/connection-store';
import { reauthenticateWithCognito, renewTemporary, signInWithCognito } from '../api/session';
import { TemporaryCredentialsForm } from './temporary-credentials-form';

/**
 * Asks for working credentials over the current page: nothing navigates away, so whatever
 * was typed on the page is still there afterwards, and the requests that failed run again.
 */
export function ReauthModal({ state }: { state: ReauthState }) {
  const connection = useConnection();
  const kind = connection?.kind ?? 'temporary';
  const [busy, setBusy] = useState(kind === 'cognito');
  const [problem, setProblem] = useState<string>();

  // A Cognito session may still renew with its refresh token, without asking anything.
  useEffect(() => {
    if (kind !== 'cognito') return;
    let live = true;
    reauthenticateWithCognito(false)
      .catch(() => undefined)
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [kind]);

  const popup = () => {
    setBusy(true);
    setProblem(undefined);
    reauthenticateWithCognito(true)
      .catch((e: unknown) => setProblem(`The sign-in window did not complete (${(e as Error).message}). Allow pop-ups for this site, or sign in in this window.`))
      .finally(() => setBusy(false));
  };

  return (
    <Modal
      visible
      onDismiss={() => dismissReauthentication()}
      header={kind === 'cognito' ? 'Sign in again' : kind === 'simulated' ? 'The simulated service refused the credentials' : 'Enter new credentials'}
      closeAriaLabel="Close"
    >
      <SpaceBetween size="m">
        <Alert type="warning" header={state.reason?.title ?? 'Your session has expired'}>
          {state.reason?.message}. This page stays as it is: nothing you typed is lost, and what failed is retried once you are back.
        </Alert>
        {problem && <Alert type="error">{problem}</Alert>}
        {kind === 'cognito' && (
          <SpaceBetween size="s">
            <Box>Sign in with your organization account in a small window. If pop-ups are blocked, sign in in this window instead: you come back to this page, but unsaved input on it is lost.</Box>
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="primary" loading={busy} onClick={popup}>Sign in again</Button>
              <Button onClick={() => void signInWithCognito()}>Sign in in this window</Button>
            </SpaceBetween>
          </SpaceBetween>
        )}
        {kind === 'temporary' && (
          <TemporaryCredentialsForm submitLabel="Use these credentials" onSubmit={renewTemporary} onCancel={() => dismissReauthentication()} />
        )}
        {kind === 'simulated' && (
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              variant="primary"
              onClick={() => {
                if (connection) renewClients(connection);
                completeReauthentication();
              }}
            >
              Retry
            </Button>
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Modal>
  );
}
