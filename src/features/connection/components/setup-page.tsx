import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ConfigState } from '../api/connection-choices';

const EXAMPLE = `{
  "regions": ["us-west-2", "eu-west-1"],
  "apiRoute": "same-origin",
  "auth": {
    "type": "cognito",
    "region": "us-west-2",
    "userPoolId": "us-west-2_AbCdEf123",
    "userPoolClientId": "1example23456789abcdefghij",
    "identityPoolId": "us-west-2:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
    "domain": "https://myfleet.auth.us-west-2.amazoncognito.com"
  }
}`;

/** First screen when the deployment's configuration is missing or wrong: what to fix, exactly. */
export function SetupPage({ config, onUseSimulator }: { config: ConfigState; onUseSimulator?: () => void }) {
  const problems = config.status === 'invalid' ? config.problems : [];
  return (
    <main>
      <Box padding="xl">
        <ContentLayout header={<Header variant="h1" description="This dashboard needs to know your regions and how operators sign in.">Set up the Snow Fleet Dashboard</Header>}>
          <SpaceBetween size="l">
            {config.status === 'invalid' ? (
              <Alert type="error" header={`${config.source} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}`}>
                <ul aria-label="Configuration problems">
                  {problems.map((p) => <li key={p}>{p}</li>)}
                </ul>
              </Alert>
            ) : (
              <Alert type="info" header="No configuration found">
                There is no config.json beside index.html. Ask whoever deploys the dashboard to deploy it again: the deployment writes this file. On a host you set up yourself, add it by hand.
              </Alert>
            )}
            <Container header={<Header variant="h2">config.json</Header>}>
              <SpaceBetween size="s">
                <Box>
                  Serve a file named <Box variant="code">config.json</Box> beside <Box variant="code">index.html</Box>, without caching. Leave out
                  <Box variant="code"> auth</Box> to offer temporary credentials only; use <Box variant="code">"apiRoute": "direct"</Box> when the
                  site has no <Box variant="code">/sdm/&lt;region&gt;/</Box> route to the service. The other settings: <Box variant="code">regions</Box> lists the regions operators may choose (at least one),
                  <Box variant="code"> endpointUrl</Box> names another endpoint for the direct route, and <Box variant="code">auth</Box> holds the Cognito
                  sign-in (user pool, app client, identity pool and login domain).
                </Box>
                <Box variant="pre">{EXAMPLE}</Box>
              </SpaceBetween>
            </Container>
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={() => window.location.reload()}>Check again</Button>
              {onUseSimulator && <Button variant="primary" onClick={onUseSimulator}>Continue with the simulated fleet</Button>}
            </SpaceBetween>
          </SpaceBetween>
        </ContentLayout>
      </Box>
    </main>
  );
}
