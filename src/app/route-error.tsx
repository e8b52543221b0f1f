import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { describeError } from '../lib/errors';
import { NotFound } from '../components/not-found';

/** Error element of every route: a failure inside one view never blanks the shell around it. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const d = describeError(error);
  if (d.kind === 'not-found') return <NotFound title="Not found" message={`${d.message}. ${d.action}`} />;
  return (
    <Alert type="error" header={d.title} action={<Button onClick={() => window.location.reload()}>Reload</Button>}>
      {d.message}. {d.action}
    </Alert>
  );
}
