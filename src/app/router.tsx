import { createBrowserRouter, Navigate } from 'react-router';
import { Layout, type RouteHandle } from './layout';
import { NotFound } from '../components/not-found';
import { RouteError } from './route-error';

const handle = (crumb: RouteHandle['crumb']): RouteHandle => ({ crumb });

/** Every view is loaded lazily, so the first load carries only the shell and the page shown. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/devices" replace /> },
      {
        path: 'devices',
        handle: handle(() => ({ text: 'Devices', href: '/devices' })),
        children: [
          { index: true, errorElement: <RouteError />, lazy: () => import('../features/devices/routes').then((m) => m.inventoryRoute) },
          {
            path: ':managedDeviceId',
            errorElement: <RouteError />,
            handle: handle((p) => ({ text: p.managedDeviceId ?? '', href: `/devices/${p.managedDeviceId}` })),
            lazy: () => import('../features/devices/routes').then((m) => m.deviceDetailRoute),
          },
        ],
      },
      {
        path: 'tasks',
        handle: handle(() => ({ text: 'Tasks', href: '/tasks' })),
        children: [
          { index: true, errorElement: <RouteError />, lazy: () => import('../features/tasks/routes').then((m) => m.tasksRoute) },
          {
            path: 'create',
            errorElement: <RouteError />,
            handle: handle(() => ({ text: 'Create task', href: '/tasks/create' })),
            lazy: () => import('../features/tasks/routes').then((m) => m.createTaskRoute),
          },
          {
            path: 'operations/:operationId',
            errorElement: <RouteError />,
            handle: handle((p) => ({ text: `Operation ${p.operationId}`, href: `/tasks/operations/${p.operationId}` })),
            lazy: () => import('../features/tasks/routes').then((m) => m.operationRoute),
          },
          {
            path: ':taskId',
            errorElement: <RouteError />,
            handle: handle((p) => ({ text: p.taskId ?? '', href: `/tasks/${p.taskId}` })),
            lazy: () => import('../features/tasks/routes').then((m) => m.taskDetailRoute),
          },
        ],
      },
      {
        path: 'settings',
        errorElement: <RouteError />,
        handle: handle(() => ({ text: 'Settings', href: '/settings' })),
        lazy: () => import('../features/settings/routes').then((m) => m.settingsRoute),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
