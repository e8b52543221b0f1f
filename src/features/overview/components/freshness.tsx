import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import { count } from '@/lib/plural';
import type { Figures } from '../api/aggregate';
import { formatCount } from './counter-link';

/** "Partial: 3 of 60 devices described": what a partial figure covers. */
export function coverageText(f: Figures): string {
  return `Partial: ${formatCount(f.described)} of ${count(f.total, 'device')} described`;
}

interface Props {
  figures: Figures;
  listing: boolean;
  listedAt?: number;
}

/** How complete and how fresh the figures are: partial while describing, and the age of the descriptions they rest on. */
export function Freshness({ figures: f, listing, listedAt }: Props) {
  const complete = !listing && f.described === f.total;
  let status;
  if (listing && f.total === 0) status = <StatusIndicator type="loading">Listing devices</StatusIndicator>;
  else if (complete) status = <StatusIndicator type="success">All {count(f.total, 'device')} described</StatusIndicator>;
  else if (f.waiting > 0 || listing) status = <StatusIndicator type="loading">{coverageText(f)}{listing ? ', listing continues' : ''}</StatusIndicator>;
  else status = <StatusIndicator type="warning">{coverageText(f)}: {count(f.failed, 'device')} could not be described</StatusIndicator>;
  return (
    <SpaceBetween size="xxs">
      <span>Computed from the inventory&apos;s devices, as they are described.</span>
      <SpaceBetween direction="horizontal" size="s">
        {status}
        {f.oldestAt !== undefined && f.newestAt !== undefined && (
          <Box variant="span" color="text-body-secondary">
            Descriptions read <RelativeTime date={new Date(f.oldestAt)} />
            {f.newestAt - f.oldestAt >= 60_000 && <> to <RelativeTime date={new Date(f.newestAt)} /></>}
          </Box>
        )}
        {listedAt !== undefined && (
          <Box variant="span" color="text-body-secondary">Listed <RelativeTime date={new Date(listedAt)} /></Box>
        )}
      </SpaceBetween>
    </SpaceBetween>
  );
}
