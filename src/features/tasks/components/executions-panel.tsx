import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Connection } from '@/lib/aws/connection';
import { useNow } from '@/lib/clock';
import { isExecutionState } from '@/lib/rules/execution-states';
import type { CancelOutcome } from '../api/cancel-plan';
import { countExecutions, isLiveState, type TaskInfo } from '../api/operation-groups';
import { CancelAction } from './cancel-action';
import { CancelResult } from './cancel-result';
import { executionColumns } from './executions-columns';
import { RetryFailedButton } from './retry-failed-button';
import { StateCounts } from './state-counts';
import { useExecutionDetails, type ExecutionRow } from './use-execution-details';

const PAGE = 50;

interface Props {
  connection: Connection;
  tasks: TaskInfo[];
  /** Operation id (or task id of a single task), for "retry failed". */
  retryOf: string;
  command: string;
  description?: string;
}

/** Every device's execution of a task or an operation: counts that filter, cancel, retry. */
export function ExecutionsPanel({ connection, tasks, retryOf, command, description }: Props) {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const filter = isExecutionState(stateParam) ? stateParam : undefined;
  const text = params.get('device') ?? '';
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState<CancelOutcome>();
  const setParam = (k: string, v: string | undefined) => {
    setPage(1);
    setParams((p) => { const n = new URLSearchParams(p); if (v) n.set(k, v); else n.delete(k); return n; }, { replace: true });
  };

  const rows = useMemo<ExecutionRow[]>(
    () => tasks.flatMap((t) => Object.entries(t.executions ?? {}).map(([managedDeviceId, state]) => ({ taskId: t.taskId, region: t.region, managedDeviceId, state, createdAt: t.createdAt }))),
    [tasks],
  );
  const counts = countExecutions(tasks);
  const matched = rows.filter((r) => (!filter || r.state === filter) && (!text || r.managedDeviceId.toLowerCase().includes(text.toLowerCase())));
  const pages = Math.max(1, Math.ceil(matched.length / PAGE));
  const current = Math.min(page, pages);
  const pageRows = useMemo(() => matched.slice((current - 1) * PAGE, current * PAGE), [matched, current]);
  const details = useExecutionDetails(connection, pageRows);
  // Durations of what still runs move on every 5 s; nothing ticks once every row on screen ended.
  const now = useNow(5_000, pageRows.some((r) => isLiveState(r.state)));
  const ready = tasks.every((t) => t.executions !== undefined);
  const columns = executionColumns({ manyTasks: tasks.length > 1, manyRegions: new Set(tasks.map((t) => t.region)).size > 1, now });

  return (
    <SpaceBetween size="s">
      {outcome && <CancelResult outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
      <Table
        items={pageRows.map((r, i) => ({ ...r, detail: details[i] }))}
        trackBy={(r) => `${r.region}|${r.taskId}|${r.managedDeviceId}`}
        ariaLabels={{ tableLabel: 'Executions' }}
        columnDefinitions={columns}
        loading={!ready && rows.length === 0}
        loadingText="Loading executions"
        header={
          <Header
            variant="h2"
            counter={`(${rows.length})`}
            description="One execution per device. Counts filter the list."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <RetryFailedButton tasks={tasks} retryOf={retryOf} command={command} description={description} />
                <CancelAction connection={connection} tasks={tasks} ready={ready} onOutcome={setOutcome} />
              </SpaceBetween>
            }
          >
            Executions
          </Header>
        }
        filter={
          <SpaceBetween size="s">
            <StateCounts counts={counts} active={filter} onSelect={(s) => setParam('state', s)} />
            <TextFilter
              filteringText={text}
              onChange={({ detail }) => setParam('device', detail.filteringText || undefined)}
              filteringPlaceholder="Find by device id"
              filteringAriaLabel="Find executions by device id"
              countText={filter || text ? `${matched.length} ${matched.length === 1 ? 'match' : 'matches'}` : undefined}
            />
          </SpaceBetween>
        }
        pagination={
          <Pagination
            currentPageIndex={current}
            pagesCount={pages}
            onChange={({ detail }) => setPage(detail.currentPageIndex)}
            ariaLabels={{ nextPageLabel: 'Next page of executions', previousPageLabel: 'Previous page of executions', pageLabel: (n) => `Executions page ${n}` }}
          />
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>{filter || text ? 'No matches' : 'No executions'}</b>
            <Box color="inherit">{filter || text ? 'No execution matches the filter.' : 'The service has not listed any execution for this task.'}</Box>
          </Box>
        }
      />
    </SpaceBetween>
  );
}
