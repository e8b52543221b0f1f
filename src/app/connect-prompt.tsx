import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';

/** What a view shows before any connection exists. */
export function ConnectPrompt() {
  const navigate = useNavigate();
  return (
    <Container header={<Header variant="h1">Connect to your AWS account</Header>}>
      <SpaceBetween size="m">
        <Box>The dashboard needs credentials for an AWS account with Snow Device Management before it can show devices or tasks.</Box>
        <Button variant="primary" onClick={() => navigate('/settings')}>Open settings</Button>
      </SpaceBetween>
    </Container>
  );
}
