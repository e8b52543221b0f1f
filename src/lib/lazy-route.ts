import { createElement, useState, type ComponentType } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { lazyWithRetry, retryImport, type RetryOptions } from './lazy-retry';

/** What a feature's routes.tsx exports for one route. */
export interface RouteModule {
  Component: ComponentType;
  loader?: (args: LoaderFunctionArgs) => unknown;
}

/**
 * A route whose code (view and loader) loads on first use, retried while the link is down.
 * React Router keeps a failed `lazy` for good; a loader and a view that load the module
 * themselves fail only for this navigation, so the error view's "Try again" (a revalidation)
 * loads the code again without reloading the page.
 *
 * The router runs the loader, which loads the module, before it renders the route: the view
 * then renders at once, in the same pass as the layout, instead of suspending once (as
 * React.lazy does on its first render) and painting the layout with a spinner first. A view
 * that mounted before its code was there stays lazy, so it is never mounted twice.
 */
export function lazyRoute(load: () => Promise<RouteModule>, options?: RetryOptions) {
  let loaded: RouteModule | undefined;
  const module = () =>
    retryImport(load, options).then((m) => {
      loaded = m;
      return m;
    });
  const Lazy = lazyWithRetry(() => module().then((m) => ({ default: m.Component })), options);
  function RouteView() {
    const [direct] = useState(() => loaded);
    return direct ? createElement(direct.Component) : createElement(Lazy);
  }
  return {
    loader: async (args: LoaderFunctionArgs) => (await module()).loader?.(args) ?? null,
    Component: RouteView,
  };
}
