import { useEffect } from 'react';
import { useNotifications } from '@/lib/notifications';
import type { Operation } from '../api/operation-groups';
import { progressOf } from '../api/operation-groups';
import { countsText } from './state-counts';

/**
 * Operations seen running in this session (all views share it, so leaving one page for
 * another does not lose the watch). Only these notify when they finish: an operation that
 * had already ended when first seen never does.
 */
const watched = new Set<string>();

/** Notifies once when an operation the operator saw running has finished, with its outcome counts. */
export function useWatchOperations(scope: string, ops: Operation[] | undefined) {
  const { notify } = useNotifications();
  useEffect(() => {
    if (!ops) return;
    for (const op of ops) {
      const key = `${scope}|${op.id}`;
      if (op.state === 'IN_PROGRESS') {
        watched.add(key);
      } else if (op.complete && watched.delete(key)) {
        const { failed } = progressOf(op.counts);
        const what = op.command === 'unknown' ? 'Task' : `${op.command.charAt(0).toUpperCase()}${op.command.slice(1)}`;
        notify({
          id: `finished-${op.id}`,
          type: failed ? 'warning' : op.state === 'CANCELED' ? 'info' : 'success',
          header: `${what} operation ${op.id} finished`,
          content: countsText(op.counts),
        });
      }
    }
  }, [scope, ops, notify]);
}

