import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '../../../lib/aws/connection';
import { sdmKey, sdmQuery } from '../../../lib/aws/query';
import { listAll } from '../../../lib/aws/send';

/** Query options for the tasks feature. */
export const taskQueries = {
  /** Every task summary of a region (ListTasks followed to the last page). */
  list: (connection: Connection, region: string) =>
    queryOptions({
      queryKey: sdmKey('ListTasks', {}, connection, region),
      queryFn: ({ signal }) => listAll(connection, region, 'ListTasks', {}, 'tasks', { signal }),
    }),
  detail: (connection: Connection, region: string, taskId: string) => sdmQuery(connection, region, 'DescribeTask', { taskId }),
};
