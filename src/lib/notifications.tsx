import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { describeError } from './errors';

export type Notification = Omit<FlashbarProps.MessageDefinition, 'id' | 'onDismiss'> & { id?: string };

interface NotificationsApi {
  items: FlashbarProps.MessageDefinition[];
  /** Shows a notification; one with the same id replaces the previous one. Returns its id. */
  notify: (n: Notification) => string;
  dismiss: (id: string) => void;
  /** Shows an AWS error the way the error map describes it. */
  notifyError: (error: unknown, context?: string, id?: string) => string;
}

const NotificationsContext = createContext<NotificationsApi | null>(null);
let counter = 0;

/** Holds the Flashbar's messages for the whole app. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<FlashbarProps.MessageDefinition[]>([]);
  const dismiss = useCallback((id: string) => setItems((all) => all.filter((i) => i.id !== id)), []);
  const notify = useCallback(
    (n: Notification) => {
      const id = n.id ?? `n${++counter}`;
      const item: FlashbarProps.MessageDefinition = {
        dismissible: true,
        dismissLabel: 'Dismiss notification',
        ...n,
        id,
        onDismiss: () => dismiss(id),
      };
      setItems((all) => [item, ...all.filter((i) => i.id !== id)].slice(0, 20));
      return id;
    },
    [dismiss],
  );
  const notifyError = useCallback(
    (error: unknown, context?: string, id?: string) => {
      const d = describeError(error);
      return notify({ id, type: 'error', header: context ? `${context}: ${d.title}` : d.title, content: `${d.message}. ${d.action}` });
    },
    [notify],
  );
  const value = useMemo(() => ({ items, notify, dismiss, notifyError }), [items, notify, dismiss, notifyError]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

/** The app's notification area. */
export function useNotifications(): NotificationsApi {
  const ctx = useContext(NotificationsContext);
  if (!ctx) throw new Error('useNotifications outside NotificationsProvider');
  return ctx;
}
