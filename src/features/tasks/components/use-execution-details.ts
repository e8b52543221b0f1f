import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { DescribeExecutionCommandOutput } from '@aws-sdk/client-snow-device-management';
import { useEffect, useRef } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { taskQueries } from '../api/task-queries';

export interface ExecutionRow {
  taskId: string;
  region: string;
  managedDeviceId: string;
  /** From ListExecutions, polled while live. */
  state: string;
  createdAt?: Date;
}

/**
 * DescribeExecution (startedAt, lastUpdatedAt) for the rows on screen only, cached under
 * the shared key. Timestamps change only with the state, so an answer is kept until
 * ListExecutions shows another state than the one it was read in; then it is read again.
 */
export function useExecutionDetails(connection: Connection, rows: readonly ExecutionRow[]): Array<DescribeExecutionCommandOutput | undefined> {
  const queryClient = useQueryClient();
  const results = useQueries({
    queries: rows.map((r) => ({ ...taskQueries.execution(connection, r.region, r.taskId, r.managedDeviceId), staleTime: Infinity })),
  });
  // The list state each row was last re-read for: one re-read per change, not one per render
  // (the answer can be newer than the list, and then the states differ until the next poll).
  const asked = useRef(new Map<string, string>());
  const outdated = results.flatMap((q, i) => (q.data && !q.isFetching && q.data.state !== rows[i]?.state ? [i] : []));
  const outdatedKey = outdated.join(',');
  useEffect(() => {
    for (const i of outdatedKey ? outdatedKey.split(',').map(Number) : []) {
      const row = rows[i];
      if (!row) continue;
      const key = `${row.region}|${row.taskId}|${row.managedDeviceId}`;
      if (asked.current.get(key) === row.state) continue;
      asked.current.set(key, row.state);
      void queryClient.refetchQueries({ queryKey: taskQueries.execution(connection, row.region, row.taskId, row.managedDeviceId).queryKey, exact: true });
    }
  }, [outdatedKey, rows, queryClient, connection]);
  return results.map((q) => q.data);
}
