import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQueries } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import { RouterLink } from '../../../components/router-link';
import type { Connection } from '../../../lib/aws/connection';
import { sdmQuery } from '../../../lib/aws/query';
import { taskCreationState } from '../../../lib/task-handover';
import { countExecutions, executionTimes, failedTargets, formatDuration, type TaskInfo } from '../api/operations';
import { CancelButton } from './cancel-button';
import { ExecutionState, StateCounts } from './state-counts';

interface Props {
  connection: Connection;
  tasks: TaskInfo[];
  /** Operation or task id, for "retry failed". */
  id: string;
  command: string;
  onChanged: () => void;
}

const LIVE = new Set(['QUEUED', 'IN_PROGRESS']);

/** Per-device executions of one task or operation, with counts, cancel and retry. */
export function ExecutionsView({ connection, tasks, id, command, onChanged }: Props) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = params.get('state') ?? undefined;
  const rows = tasks.flatMap((t) => Object.entries(t.executions ?? {}).map(([managedDeviceId, state]) => ({ task: t, managedDeviceId, state })));
  const details = useQueries({
    queries: rows.map((r) => {
      const q = sdmQuery(connection, r.task.region, 'DescribeExecution', { taskId: r.task.taskId, managedDeviceId: r.managedDeviceId });
      // The state from ListExecutions is part of the key: a state change reads the timestamps again.
      return { ...q, queryKey: [...q.queryKey, r.state] as unknown as typeof q.queryKey, staleTime: LIVE.has(r.state) ? 5_000 : 10 * 60_000 };
    }),
  });
  const counts = countExecutions(tasks);
  const failed = failedTargets(tasks);
  const visible = rows.map((r, i) => ({ ...r, detail: details[i]?.data })).filter((r) => !filter || r.state === filter);

  return (
    <Container
      header={
        <Header variant="h2" counter={`(${rows.length})`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={failed.length === 0} disabledReason="No device failed, timed out or was rejected."
                onClick={() => navigate('/tasks/create', { state: { ...taskCreationState(command === 'unlock' ? 'unlock' : 'reboot', failed), retryOf: id } })}>
                Retry {failed.length} failed device{failed.length === 1 ? '' : 's'}
              </Button>
              <CancelButton connection={connection} tasks={tasks} onDone={onChanged} />
            </SpaceBetween>
          }>
          Executions
        </Header>
      }
    >
      <SpaceBetween size="m">
        <StateCounts counts={counts} active={filter} onSelect={(s) => { const n = new URLSearchParams(params); if (s) n.set('state', s); else n.delete('state'); setParams(n, { replace: true }); }} />
        <Table
          variant="embedded"
          items={visible}
          trackBy={(r) => `${r.task.taskId}|${r.managedDeviceId}`}
          ariaLabels={{ tableLabel: 'Executions' }}
          empty={<Box textAlign="center">{filter ? 'No execution in this state.' : 'No executions.'}</Box>}
          columnDefinitions={[
            { id: 'device', header: 'Device', isRowHeader: true, cell: (r) => <RouterLink href={`/devices/${r.managedDeviceId}?region=${r.task.region}`}>{r.managedDeviceId}</RouterLink> },
            { id: 'state', header: 'State', cell: (r) => <ExecutionState state={r.state} /> },
            { id: 'task', header: 'Task', cell: (r) => <RouterLink href={`/tasks/${r.task.taskId}?region=${r.task.region}`}>{r.task.taskId}</RouterLink> },
            { id: 'region', header: 'Region', cell: (r) => r.task.region },
            { id: 'started', header: 'Started', cell: (r) => <RelativeTime date={r.detail?.startedAt} /> },
            { id: 'updated', header: 'Last updated', cell: (r) => <RelativeTime date={r.detail?.lastUpdatedAt} /> },
            { id: 'queued', header: 'Time queued', cell: (r) => formatDuration(executionTimes(r.task.createdAt, r.detail?.startedAt, r.detail?.lastUpdatedAt, r.state).queuedMs) },
            { id: 'running', header: 'Time running', cell: (r) => formatDuration(executionTimes(r.task.createdAt, r.detail?.startedAt, r.detail?.lastUpdatedAt, r.state).runningMs) },
          ]}
        />
      </SpaceBetween>
    </Container>
  );
}
