import { Suspense } from 'react';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { useReauthState } from '@/lib/aws/connection-reauth';

const ReauthModal = lazyWithRetry(() => import('./reauth-modal').then((m) => ({ default: m.ReauthModal })));

/** Mounted once in the layout: the re-authentication modal, loaded only when it is needed. */
export function ReauthHost() {
  const state = useReauthState();
  if (!state.open) return null;
  return (
    <Suspense fallback={null}>
      <ReauthModal state={state} />
    </Suspense>
  );
}
