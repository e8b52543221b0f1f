import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/**
 * Says when the browser is offline. Reads wait meanwhile (TanStack Query pauses them) and
 * start again by themselves once the network is back; the banner then goes.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline);
  // A live region that stays in the page, so the change is announced both ways.
  return (
    <div role="status" aria-label="Network">
      {!online && (
        <Box margin={{ bottom: 'm' }}>
          <Alert type="warning" header="The dashboard is offline" statusIconAriaLabel="Warning">
            What is on screen stays as it is. Reads resume by themselves when the network is back; nothing you typed is lost.
          </Alert>
        </Box>
      )}
    </div>
  );
}
