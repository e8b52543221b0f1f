import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { getRuntimeConfig } from '../api/connection-choices';
import { lastSignInError } from '../api/boot';
import { signInWithCognito } from '../api/session';

/** What a view shows before any connection exists: sign in, or go enter credentials. */
export function SignInPrompt({ onOpenSettings }: { onOpenSettings: () => void }) {
  const auth = getRuntimeConfig()?.auth;
  const [error, setError] = useState(lastSignInError());
  return (
    <Container header={<Header variant="h1">Connect to your AWS account</Header>}>
      <SpaceBetween size="m">
        {error && <Alert type="error" header="Sign-in failed">{error}</Alert>}
        <Box>The dashboard needs credentials for an AWS account with Snow Device Management before it can show devices or tasks.</Box>
        <SpaceBetween direction="horizontal" size="xs">
          {auth && (
            <Button variant="primary" onClick={() => void signInWithCognito().catch((e: unknown) => setError((e as Error).message))}>
              Sign in
            </Button>
          )}
          <Button variant={auth ? 'normal' : 'primary'} onClick={onOpenSettings}>
            {auth ? 'Use temporary credentials' : 'Enter credentials in Settings'}
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
