import Button from '@cloudscape-design/components/button';
import type { Notification } from '@/lib/notifications';
import { operationHref, progressOf, type Operation } from '../api/operation-groups';
import { outcomeLine } from '../api/operation-sending';
import { countsText } from './state-counts';

/** Endings already announced in this tab: the page's watch and the app-level watcher never both do. */
const announced = new Set<string>();

/** True the first time this ending of an operation is seen (a resumed one can end again, with fewer devices not sent). */
export function firstEnding(scope: string, op: Pick<Operation, 'id' | 'sending'>): boolean {
  const key = `${scope}|${op.id}|${op.sending?.notSent ?? 0}`;
  if (announced.has(key)) return false;
  announced.add(key);
  return true;
}

/** The title of an ended operation's notice: "Reboot operation op-1 finished", "… stopped". */
export function endingTitle(op: Pick<Operation, 'id' | 'command' | 'sending'>): string {
  const what = op.command ? `${op.command.charAt(0).toUpperCase()}${op.command.slice(1)} operation` : 'Operation';
  return `${what} ${op.id} ${op.sending?.state === 'stopped' ? 'stopped' : 'finished'}`;
}

/** What the operation came to, and its counts per state. */
export function endingText(op: Operation): string {
  const line = outcomeLine(op, progressOf(op.counts).failed);
  return op.tasks.length ? `${line}. ${countsText(op.counts)}.` : `${line}.`;
}

/** The Flashbar notice of an ended operation, with a link to it. */
export function endingNotice(op: Operation, navigate: (href: string) => void): Notification {
  const { failed } = progressOf(op.counts);
  const stopped = op.sending?.state === 'stopped';
  return {
    id: `finished-${op.id}`,
    type: failed || stopped ? 'warning' : op.state === 'CANCELED' ? 'info' : 'success',
    header: endingTitle(op),
    content: endingText(op),
    action: <Button onClick={() => navigate(operationHref(op))}>View operation</Button>,
  };
}
