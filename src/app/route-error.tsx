import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useEffect } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { describeError } from '../lib/errors';
import { retryFailedViews } from '../lib/lazy-retry';
import { NotFound } from '../components/not-found';

/**
 * Error element of every route: a failure inside one view never blanks the shell around it.
 * "Try again" runs the view's loader and renders it again in place (its code too, when that
 * is what failed), and so does the network coming back; a reload stays the last resort.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const d = describeError(error);
  const { revalidate } = revalidator;
  const tryAgain = useCallback(() => {
    retryFailedViews();
    void revalidate();
  }, [revalidate]);
  useEffect(() => {
    if (d.kind !== 'network') return;
    window.addEventListener('online', tryAgain);
    return () => window.removeEventListener('online', tryAgain);
  }, [d.kind, tryAgain]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  if (d.kind === 'not-found') return <NotFound title="Not found" message={`${d.message}. ${d.action}`} />;
  return (
    <Alert
      type="error"
      header={d.title}
      action={
        <SpaceBetween direction="horizontal" size="xs">
          <Button loading={revalidator.state === 'loading'} onClick={tryAgain}>Try again</Button>
          <Button variant="link" onClick={() => window.location.reload()}>Reload the page</Button>
        </SpaceBetween>
      }
    >
      {d.message}. {d.action}
    </Alert>
  );
}
