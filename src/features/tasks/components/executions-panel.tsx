import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { TableEmptyState, TableNoMatchState } from '@/components/table-states';
import type { Connection } from '@/lib/aws/connection';
import { useNow } from '@/lib/clock';
import { formatAbsolute } from '@/lib/format';
import { isExecutionState } from '@/lib/rules/execution-states';
import type { CancelOutcome } from '../api/cancel-plan';
import { formatDuration, timelineSpan } from '../api/execution-times';
import { countExecutions, isLiveState, type TaskInfo } from '../api/operation-groups';
import { CancelAction } from './cancel-action';
import { CancelResult } from './cancel-result';
import { useDeviceNames } from './devices/use-device-facts';
import { entryOf, executionColumns } from './executions-columns';
import { RetryFailedButton } from './retry-failed-button';
import { StateCounts } from './state-counts';
import { useExecutionDetails, type ExecutionRow } from './use-execution-details';

const PAGE = 50;

interface Props {
  connection: Connection;
  tasks: TaskInfo[];
  /** Operation id (or task id of a single task), for "retry failed". */
  retryOf: string;
  /** Undefined when not recorded. */
  command?: string;
  description?: string;
}

/** Every device's execution of a task or an operation: counts that filter, cancel, retry. */
export function ExecutionsPanel({ connection, tasks, retryOf, command, description }: Props) {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const filter = isExecutionState(stateParam) ? stateParam : undefined;
  const text = params.get('device') ?? '';
  const [outcome, setOutcome] = useState<CancelOutcome>();
  const nameOf = useDeviceNames(connection);

  const rows = useMemo<Array<ExecutionRow & { name?: string }>>(
    () =>
      tasks.flatMap((t) =>
        Object.entries(t.executions ?? {}).map(([managedDeviceId, state]) => ({
          taskId: t.taskId, region: t.region, managedDeviceId, state, createdAt: t.createdAt, name: nameOf({ managedDeviceId, region: t.region }),
        })),
      ),
    [tasks, nameOf],
  );
  const counts = countExecutions(tasks);
  const needle = text.toLowerCase();
  const filtering = Boolean(filter || text);
  // State and device text live in the URL (a link or a reload shows the same rows), so the
  // collection's filter reads them from there rather than from its own filtering text.
  const { items: pageRows, collectionProps, paginationProps, filteredItemsCount, actions } = useCollection(rows, {
    filtering: {
      filteringFunction: (r) => (!filter || r.state === filter) && (!needle || r.managedDeviceId.toLowerCase().includes(needle) || Boolean(r.name?.toLowerCase().includes(needle))),
      empty: <TableEmptyState title="No executions" description="The service has not listed any execution for this task." />,
      noMatch: <TableNoMatchState description="No execution matches the filter." onClear={() => setFilter({ state: undefined, device: undefined })} />,
    },
    pagination: { pageSize: PAGE },
  });
  function setFilter(change: Partial<Record<'state' | 'device', string | undefined>>) {
    actions.setCurrentPage(1);
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const [k, v] of Object.entries(change)) if (v) n.set(k, v); else n.delete(k);
      return n;
    }, { replace: true });
  }
  const details = useExecutionDetails(connection, pageRows);
  // Durations of what still runs move on every 5 s; nothing ticks once every row on screen ended.
  const now = useNow(5_000, pageRows.some((r) => isLiveState(r.state)));
  const ready = tasks.every((t) => t.executions !== undefined);
  const items = pageRows.map((r, i) => ({ ...r, detail: details[i] }));
  // Every bar on the page shares one span: the first task created to the last end (or now).
  const span = timelineSpan([...tasks.map((t) => ({ queuedAt: t.createdAt?.getTime(), live: false })), ...items.map((r) => entryOf(r, now))]);
  const columns = executionColumns({ manyTasks: tasks.length > 1, manyRegions: new Set(tasks.map((t) => t.region)).size > 1, now, span });
  const spanText = span ? ` The timeline runs from ${formatAbsolute(new Date(span.start))}, over ${formatDuration(span.end - span.start)}.` : '';

  return (
    <SpaceBetween size="s">
      {outcome && <CancelResult outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
      <Table
        {...collectionProps}
        items={items}
        trackBy={(r) => `${r.region}|${r.taskId}|${r.managedDeviceId}`}
        ariaLabels={{ tableLabel: 'Executions' }}
        columnDefinitions={columns}
        loading={!ready && rows.length === 0}
        loadingText="Loading executions"
        header={
          <Header
            variant="h2"
            counter={`(${rows.length})`}
            description={`One execution per device; choose a count to filter.${spanText}`}
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
            <StateCounts counts={counts} active={filter} onSelect={(state) => setFilter({ state })} />
            <TextFilter
              filteringText={text}
              onChange={({ detail }) => setFilter({ device: detail.filteringText || undefined })}
              filteringPlaceholder="Find by device name or id"
              filteringAriaLabel="Find executions by device name or id"
              countText={filtering ? `${filteredItemsCount} ${filteredItemsCount === 1 ? 'match' : 'matches'}` : undefined}
            />
          </SpaceBetween>
        }
        pagination={
          <Pagination
            {...paginationProps}
            ariaLabels={{ nextPageLabel: 'Next page of executions', previousPageLabel: 'Previous page of executions', pageLabel: (n) => `Executions page ${n}` }}
          />
        }
      />
    </SpaceBetween>
  );
}
