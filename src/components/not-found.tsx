import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';

/** Shown for unknown paths and for resources the service says do not exist. */
export function NotFound({ title = 'Page not found', message }: { title?: string; message?: string }) {
  const navigate = useNavigate();
  return (
    <Container header={<Header variant="h1">{title}</Header>}>
      <SpaceBetween size="m">
        <Box>{message ?? 'The page you are looking for does not exist. Check the address, or go back to the device inventory.'}</Box>
        <Button onClick={() => navigate('/devices')}>Go to devices</Button>
      </SpaceBetween>
    </Container>
  );
}
