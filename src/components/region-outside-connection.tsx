import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isRegionName } from '../lib/aws/regions';
import { sentence } from '../lib/plural';
import { RouterLink } from './router-link';

interface Props {
  /** The region the address asked for, as given (never shown unless it is a region name). */
  asked: string;
  regions: readonly string[];
  /** What the page would have shown. */
  kind: 'device' | 'task';
  id: string;
}

/**
 * Shown instead of a page whose address names a region the connection does not cover:
 * nothing is sent there. A value that is not a region name is not repeated on screen.
 */
export function RegionOutsideConnection({ asked, regions, kind, id }: Props) {
  const named = isRegionName(asked) ? `region ${asked}` : 'a region that is not an AWS region name';
  return (
    <Container header={<Header variant="h1">Region not part of this connection</Header>}>
      <SpaceBetween size="m">
        <Box>
          {sentence(
            `This address asks for ${kind} ${id} in ${named}`,
            `This connection covers ${regions.join(', ')}, so the dashboard sent nothing there`,
          )}
        </Box>
        <Box>
          If your fleet is in that region too, add the region under <RouterLink href="/settings">Regions and endpoint in Settings</RouterLink>. Otherwise open the {kind} from
          the {kind === 'device' ? 'device inventory' : 'tasks list'}.
        </Box>
      </SpaceBetween>
    </Container>
  );
}
