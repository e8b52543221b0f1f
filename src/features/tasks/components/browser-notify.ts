/**
 * The browser's own notifications, for an operation that ends while the dashboard's tab is
 * hidden. Permission is asked only from the operator's click when starting an operation.
 */
export type BrowserPermission = NotificationPermission | 'unsupported';

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

export function browserPermission(): BrowserPermission {
  return supported() ? Notification.permission : 'unsupported';
}

/** Asks for permission if it was never asked; call it from the operator's click only. */
export async function askBrowserPermission(): Promise<BrowserPermission> {
  if (!supported()) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

/** Shows a browser notification when the tab is hidden and permission was given; a click comes back to the tab. */
export function showBrowserNotification(title: string, body: string, tag: string, onClick: () => void): boolean {
  if (!supported() || Notification.permission !== 'granted' || document.visibilityState !== 'hidden') return false;
  try {
    const n = new Notification(title, { body, tag });
    n.onclick = () => {
      window.focus();
      onClick();
      n.close();
    };
    return true;
  } catch {
    // Some browsers allow notifications only from a service worker: the Flashbar still shows it.
    return false;
  }
}
