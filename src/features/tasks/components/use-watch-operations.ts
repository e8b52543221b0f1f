import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useNotifications } from '@/lib/notifications';
import type { Operation } from '../api/operation-groups';
import { endingNotice, firstEnding } from './finish-notice';

/**
 * Operations seen running in this tab (all views share it, so leaving one page for another
 * does not lose the watch). Only these notify when they finish: an operation that had
 * already ended when first seen never does. Operations the operator started are followed
 * on every page by the app-level watcher (operation-watcher.tsx).
 */
const watched = new Set<string>();

/** Notifies once when an operation the operator saw running has finished, with its outcome counts. */
export function useWatchOperations(scope: string, ops: Operation[] | undefined) {
  const { notify } = useNotifications();
  const navigate = useNavigate();
  useEffect(() => {
    if (!ops) return;
    for (const op of ops) {
      const key = `${scope}|${op.id}`;
      if (op.state === 'IN_PROGRESS') watched.add(key);
      else if (op.complete && watched.delete(key) && firstEnding(scope, op)) notify(endingNotice(op, navigate));
    }
  }, [scope, ops, notify, navigate]);
}
