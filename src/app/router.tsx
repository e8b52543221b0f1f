import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { Layout, type RouteHandle } from './layout';
import { NotFound } from '../components/not-found';
import { lazyWithRetry, retryImport } from '../lib/lazy-retry';
import { RouteError } from './route-error';

const handle = (crumb: RouteHandle['crumb']): RouteHandle => ({ crumb });

/** What a feature's routes.tsx exports for one route. */
interface RouteModule {
  Component: ComponentType;
  loader?: (args: LoaderFunctionArgs) => unknown;
}

/**
 * A route whose code (view and loader) loads on first use, retried while the link is down.
 * React Router keeps a failed `lazy` for good; a loader and a view that load the module
 * themselves fail only for this navigation, so the error view's "Try again" (a revalidation)
 * loads the code again without reloading the page.
 */
function lazyRoute(load: () => Promise<RouteModule>) {
  const module = () => retryImport(load);
  return {
    loader: async (args: LoaderFunctionArgs) => (await module()).loader?.(args) ?? null,
    Component: lazyWithRetry(() => module().then((m) => ({ default: m.Component }))),
  };
}

/** Every view is loaded lazily (lazyRoute), so the first load carries only the shell and the page shown. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, errorElement: <RouteError />, ...lazyRoute(() => import('../features/overview/routes').then((m) => m.overviewRoute)) },
      {
        path: 'devices',
        handle: handle(() => ({ text: 'Devices', href: '/devices' })),
        children: [
          { index: true, errorElement: <RouteError />, ...lazyRoute(() => import('../features/devices/routes').then((m) => m.inventoryRoute)) },
          {
            path: ':managedDeviceId',
            errorElement: <RouteError />,
            handle: handle((p) => ({ text: p.managedDeviceId ?? '', href: `/devices/${p.managedDeviceId}` })),
            ...lazyRoute(() => import('../features/devices/routes').then((m) => m.deviceDetailRoute)),
          },
        ],
      },
      {
        path: 'tasks',
        handle: handle(() => ({ text: 'Tasks', href: '/tasks' })),
        children: [
          { index: true, errorElement: <RouteError />, ...lazyRoute(() => import('../features/tasks/routes').then((m) => m.tasksRoute)) },
          {
            path: 'create',
            errorElement: <RouteError />,
            handle: handle(() => ({ text: 'Create task', href: '/tasks/create' })),
            ...lazyRoute(() => import('../features/tasks/routes').then((m) => m.createTaskRoute)),
          },
          {
            path: 'operations/:operationId',
            errorElement: <RouteError />,
            handle: handle((p) => ({ text: `Operation ${p.operationId}`, href: `/tasks/operations/${p.operationId}` })),
            ...lazyRoute(() => import('../features/tasks/routes').then((m) => m.operationRoute)),
          },
          {
            path: ':taskId',
            errorElement: <RouteError />,
            handle: handle((p) => ({ text: p.taskId ?? '', href: `/tasks/${p.taskId}` })),
            ...lazyRoute(() => import('../features/tasks/routes').then((m) => m.taskDetailRoute)),
          },
        ],
      },
      {
        path: 'activity',
        errorElement: <RouteError />,
        handle: handle(() => ({ text: 'Activity', href: '/activity' })),
        ...lazyRoute(() => import('../features/activity/routes').then((m) => m.activityRoute)),
      },
      {
        path: 'settings',
        errorElement: <RouteError />,
        handle: handle(() => ({ text: 'Settings', href: '/settings' })),
        ...lazyRoute(() => import('../features/settings/routes').then((m) => m.settingsRoute)),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
