import { useEffect, useRef } from 'react';
import { useNotifications } from '../../../lib/notifications';
import { isLive, type OperationGroup } from '../api/operations';
import { countsText } from './state-counts';

/** Notifies when an operation the operator watched running has finished (not old ones at load). */
export function useWatchOperations(groups: OperationGroup[] | undefined) {
  const { notify } = useNotifications();
  const running = useRef(new Set<string>());
  useEffect(() => {
    if (!groups) return;
    for (const g of groups) {
      const live = isLive(g.counts) || g.state === 'IN_PROGRESS';
      if (live) running.current.add(g.id);
      else if (running.current.delete(g.id)) {
        const failed = g.counts.FAILED + g.counts.TIMED_OUT + g.counts.REJECTED;
        notify({
          id: `finished-${g.id}`,
          type: failed ? 'warning' : 'success',
          header: `${g.command === 'unknown' ? 'Task' : g.command[0].toUpperCase() + g.command.slice(1)} operation ${g.id} finished`,
          content: countsText(g.counts),
        });
      }
    }
  }, [groups, notify]);
}
