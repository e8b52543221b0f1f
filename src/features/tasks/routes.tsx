import type { LoaderFunctionArgs } from 'react-router';
import { getConnection } from '../../lib/aws/connection-store';
import { queryClient } from '../../lib/query-client';
import { taskQueries } from './api/task-queries';
import { CreateTaskPage } from './components/create-task/create-task-page';
import { TaskDetailPage } from './components/task-detail-page';
import { TasksPage } from './components/tasks-page';

export const tasksRoute = {
  Component: TasksPage,
  loader: () => {
    const connection = getConnection();
    if (connection) void queryClient.prefetchQuery(taskQueries.list(connection, connection.regions[0]));
    return null;
  },
};

export const taskDetailRoute = {
  Component: TaskDetailPage,
  loader: ({ params }: LoaderFunctionArgs) => {
    const connection = getConnection();
    if (connection && params.taskId) void queryClient.prefetchQuery(taskQueries.detail(connection, connection.regions[0], params.taskId));
    return null;
  },
};

export const createTaskRoute = { Component: CreateTaskPage };
