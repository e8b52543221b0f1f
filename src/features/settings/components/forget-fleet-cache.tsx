import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useState } from 'react';
import { clearFleetCache } from '@/lib/fleet-cache';
import { formatBytes } from '@/lib/format';
import { useNotifications } from '@/lib/notifications';
import { count } from '@/lib/plural';

/** Settings › Data in this browser: the cached fleet, forgotten on demand. */
export function ForgetFleetCache() {
  const { notify } = useNotifications();
  const [busy, setBusy] = useState(false);
  const forget = async () => {
    setBusy(true);
    const removed = await clearFleetCache();
    setBusy(false);
    notify({
      id: 'fleet-cache',
      type: 'success',
      header: 'Cached fleet data forgotten',
      content: removed.devices > 0
        ? `Removed ${count(removed.devices, 'device')} in ${count(removed.entries, 'region')} (about ${formatBytes(removed.bytes)}) from this browser. The inventory describes the fleet again on its next load.`
        : 'This browser held no cached fleet data.',
    });
  };
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The inventory keeps the devices it described in this browser, so a reload shows them at once while they are described again. Never credentials: only what the service said about devices, with the account ID and region. Signing out forgets it too."
          actions={<Button loading={busy} onClick={() => void forget()}>Forget cached fleet data</Button>}
        >
          Data in this browser
        </Header>
      }
    />
  );
}
