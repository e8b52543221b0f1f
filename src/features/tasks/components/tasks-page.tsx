import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TableEmptyState, TableNoMatchState } from '@/components/table-states';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { PRIORITY } from '@/lib/aws/scheduler';
import { groupOperations, localOperation, type Operation } from '../api/operation-groups';
import { localSending, type LocalSending } from '../api/operation-sending';
import { useSubmissions, type HeldSubmission } from '../api/submission-store';
import { count } from '@/lib/plural';
import { parseView, viewOperations, writeView, type OperationsView, type SortField } from '../api/operations-view';
import { useTaskInfos } from '../api/use-task-infos';
import { useTaskList } from '../api/use-task-list';
import { LoadErrors } from './load-errors';
import { operationColumns } from './operations-columns';
import { TasksFilter } from './tasks-filter';
import { useWatchOperations } from './use-watch-operations';

// The newest tasks (the first page, by ListTasks order) are described first.
const priorityOf = (i: number) => (i < 50 ? PRIORITY.visible : PRIORITY.background);

/**
 * The operations, with what this browser holds of them: devices not sent yet, and (without a
 * state filter) operations of which the service has no task yet.
 */
function withLocal(tasks: Parameters<typeof groupOperations>[0], subs: ReadonlyMap<string, HeldSubmission>, filtered: boolean): Operation[] {
  const local = new Map<string, LocalSending>([...subs.values()].map((s) => [s.id, localSending(s)]));
  const ops = groupOperations(tasks, { local: (id) => local.get(id), partial: filtered });
  if (filtered) return ops;
  const seen = new Set(ops.map((o) => o.id));
  const only = [...subs.values()].filter((s) => !seen.has(s.id) && (local.get(s.id)?.notSent ?? 0) > 0);
  return [...only.map((s) => localOperation(s, local.get(s.id)!)), ...ops];
}

/** Every task of every region, grouped into operations; filter, sort and page live in the URL. */
export function TasksPage() {
  const connection = useRequiredConnection();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const parsed = parseView(params);
  // A region filter from the address counts only for a region of this connection.
  const view = parsed.region && !connection.regions.includes(parsed.region) ? { ...parsed, region: undefined } : parsed;
  const change = (c: Partial<OperationsView>) => setParams((p) => writeView(p, c), { replace: true });

  // The task state asked of the service; Failed needs every task, and is filtered here.
  const asked = view.state === 'FAILED' ? undefined : view.state;
  const list = useTaskList(connection, asked);
  const infos = useTaskInfos(connection, list.refs, priorityOf);
  const subs = useSubmissions();
  const byState = view.state !== undefined && view.state !== 'FAILED';
  const ops = useMemo(() => (list.loading ? undefined : withLocal(infos.tasks, subs, byState)), [list.loading, infos.tasks, subs, byState]);
  useWatchOperations(connection.id, ops);
  const shown = viewOperations(ops ?? [], view);
  const failedView = view.state === 'FAILED';
  const filtered = Boolean(view.text || view.region || failedView);
  const tasks = list.refs.length;
  // Failed is worked out here from each task's executions: until all are read, the list may miss some.
  const unread = failedView ? (ops ?? []).flatMap((o) => o.tasks).filter((t) => t.executions === undefined).length : 0;
  const errors = [
    ...list.errors.map((e) => ({ error: e.error, label: `Tasks in ${e.region}` })),
    ...infos.failures.map((f) => ({ error: f.error, label: `Task ${f.taskId} (${f.region})` })),
  ];

  return (
    <SpaceBetween size="m">
      <LoadErrors errors={errors} what="Tasks could not all be read" onRetry={() => { list.refetch(); infos.refetchFailed(); }} />
      <Table
        variant="full-page"
        wrapLines
        items={shown.pageItems}
        loading={list.loading}
        loadingText="Loading tasks"
        trackBy="id"
        ariaLabels={{ tableLabel: 'Operations' }}
        columnDefinitions={operationColumns(connection.regions.length > 1)}
        sortingColumn={{ sortingField: view.sort }}
        sortingDescending={view.descending}
        onSortingChange={({ detail }) => change({ sort: detail.sortingColumn.sortingField as SortField, descending: detail.isDescending ?? false, page: 1 })}
        header={
          <Header
            variant="h1"
            counter={ops ? `(${ops.length})` : undefined}
            description={
              <>
                {ops && <>{count(tasks, 'task')}. </>}
                {asked
                  ? 'Only tasks in the chosen state are read; an operation may have other tasks, shown on its page.'
                  : failedView
                    ? unread
                      ? `Operations with failed executions, worked out from each task's executions: ${unread} of ${count(tasks, 'task')} not read yet, so the list may be partial.`
                      : 'Operations with failed, timed out or rejected executions, worked out from every task’s executions.'
                    : 'Tasks the dashboard sent for one intent are grouped into one operation.'}
              </>
            }
            actions={<Button variant="primary" href="/tasks/create" onFollow={(e) => { e.preventDefault(); navigate('/tasks/create'); }}>Create task</Button>}
          >
            Operations
          </Header>
        }
        filter={<TasksFilter view={view} regions={connection.regions} matches={ops && filtered ? shown.matched.length : undefined} onChange={change} />}
        pagination={
          <Pagination
            currentPageIndex={shown.page}
            pagesCount={shown.pages}
            onChange={({ detail }) => change({ page: detail.currentPageIndex })}
            ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (n) => `Page ${n} of ${shown.pages}` }}
          />
        }
        empty={
          filtered && ops?.length ? (
            <TableNoMatchState
              description={failedView && !view.text && !view.region ? 'No operation has failed executions.' : 'No operation matches the filter.'}
              onClear={() => change({ text: '', region: undefined, state: failedView ? undefined : view.state, page: 1 })}
            />
          ) : (
            <TableEmptyState
              title={asked ? 'No tasks in this state' : 'No tasks'}
              description={asked ? 'Choose another task state, or create a task.' : 'Reboot or unlock devices to see their tasks here.'}
            />
          )
        }
      />
    </SpaceBetween>
  );
}
