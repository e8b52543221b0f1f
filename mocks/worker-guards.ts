import { isServiceRequest } from './handlers';

/**
 * MSW asks the browser to update its worker script without waiting for the answer; on a
 * dropped link that update fails, and the installed worker goes on answering. The failure
 * is not an error of the page.
 */
export function keepUpdateFailuresQuiet(registration: Pick<ServiceWorkerRegistration, 'update'>): void {
  const update = registration.update;
  registration.update = function (this: ServiceWorkerRegistration) {
    const updating = update.call(this);
    updating.catch(() => undefined);
    return updating;
  };
}

/**
 * Once a navigation starts (beforeunload), MSW's worker stops asking this page and sends its
 * requests on to the network. Requests for SDM, STS or the same-origin route made from then
 * on are refused here, so none of them leaves for AWS.
 */
export function refuseServiceRequestsWhileLeaving(page: Pick<Window, 'addEventListener' | 'fetch' | 'location'>): void {
  let leaving = false;
  page.addEventListener('beforeunload', () => {
    leaving = true;
  });
  const send = page.fetch.bind(page);
  page.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : new URL(String(input), page.location.href).href;
    if (leaving && isServiceRequest(url)) return Promise.reject(new TypeError('The simulated fleet stopped answering: the page is being left.'));
    return send(input, init);
  };
}
