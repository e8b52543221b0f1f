import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { count } from '@/lib/plural';

const n = (x: number) => x.toLocaleString('en');

/** Shows how many devices are selected across pages, and offers all matching rows. */
export function SelectionBar({ selected, matching, onSelectAll, onClear }: { selected: number; matching: number; onSelectAll: () => void; onClear: () => void }) {
  if (selected === 0) return null;
  return (
    <Box padding={{ top: 'xs' }}>
      <SpaceBetween direction="horizontal" size="s" alignItems="center">
        <span role="status">{count(selected, 'device')} selected</span>
        {selected < matching && (
          <Button variant="inline-link" onClick={onSelectAll}>Select all {n(matching)} matching</Button>
        )}
        <Button variant="inline-link" onClick={onClear}>Clear selection</Button>
      </SpaceBetween>
    </Box>
  );
}
