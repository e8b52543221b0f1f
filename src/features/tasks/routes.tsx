import type { LoaderFunctionArgs } from 'react-router';
import { getConnection } from '../../lib/aws/connection-store';
import { connectionRegion } from '../../lib/aws/regions';
import { queryClient } from '../../lib/query-client';
import { taskQueries } from './api/task-queries';
import { CreateTaskPage } from './components/create-task/create-task-page';
import { OperationPage } from './components/operation-page';
import { TaskDetailPage } from './components/task-detail-page';
import { TasksPage } from './components/tasks-page';
import { parseView, serviceState } from './api/operations-view';

// Loaders start the first reads with the same options the components use, so they share the cache.

export const tasksRoute = {
  Component: TasksPage,
  loader: ({ request }: LoaderFunctionArgs) => {
    const connection = getConnection();
    const state = serviceState(parseView(new URL(request.url).searchParams));
    if (connection) for (const r of connection.regions) void queryClient.prefetchQuery(taskQueries.list(connection, r, state));
    return null;
  },
};

export const taskDetailRoute = {
  Component: TaskDetailPage,
  loader: ({ params, request }: LoaderFunctionArgs) => {
    const connection = getConnection();
    // Only a region of the connection: the page explains any other and sends nothing.
    const choice = connection ? connectionRegion(connection, new URL(request.url).searchParams.get('region')) : undefined;
    const region = choice?.ok ? choice.region : undefined;
    if (connection && region && params.taskId) {
      void queryClient.prefetchQuery(taskQueries.describe(connection, region, params.taskId));
      void queryClient.prefetchQuery(taskQueries.executions(connection, region, params.taskId));
    }
    return null;
  },
};

export const operationRoute = {
  Component: OperationPage,
  loader: () => {
    const connection = getConnection();
    if (connection) for (const r of connection.regions) void queryClient.prefetchQuery(taskQueries.list(connection, r));
    return null;
  },
};

export const createTaskRoute = { Component: CreateTaskPage };
