import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

/** What a table shows in its `empty` slot when there is nothing to list (as Cloudscape's demos do). */
export function TableEmptyState({ title, description, action }: { title: string; description: ReactNode; action?: ReactNode }) {
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="xxs">
        <div>
          <b>{title}</b>
          <Box variant="p" color="inherit">{description}</Box>
        </div>
        {action}
      </SpaceBetween>
    </Box>
  );
}

/** What a table shows when rows exist but none matches the filter, with a way to clear it. */
export function TableNoMatchState({ description, onClear }: { description: string; onClear?: () => void }) {
  return <TableEmptyState title="No matches" description={description} action={onClear && <Button onClick={onClear}>Clear filter</Button>} />;
}
