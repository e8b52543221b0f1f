import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Connection } from '@/lib/aws/connection';
import { connectionRegion } from '@/lib/aws/regions';
import { readTaskCreationState, type TaskCreationState } from '@/lib/task-handover';

/**
 * What the view that opened task creation handed over, checked: only targets in a region of
 * the current connection are kept (history state can outlive a change of regions); the
 * others are returned apart so the page can say why they were left out.
 */
export function useHandover(connection: Connection): { handover: TaskCreationState; outside: TaskCreationState['targets'] } {
  const state: unknown = useLocation().state;
  return useMemo(() => {
    const read = readTaskCreationState(state);
    const inside = read.targets.filter((t) => connectionRegion(connection, t.region).ok);
    const outside = read.targets.filter((t) => !connectionRegion(connection, t.region).ok);
    return { handover: { ...read, targets: inside }, outside };
  }, [state, connection]);
}
