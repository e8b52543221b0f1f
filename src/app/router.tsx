import { createBrowserRouter } from 'react-router';
import { Layout, type RouteHandle } from './layout';
import { NotFound } from '../components/not-found';
import { lazyRoute } from '../lib/lazy-route';
import { RouteError } from './route-error';

const handle = (crumb: RouteHandle['crumb']): RouteHandle => ({ crumb });

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
