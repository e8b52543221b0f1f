import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { RelativeTime } from '../../../components/relative-time';
import { RouterLink } from '../../../components/router-link';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { groupOperations, isLive, type OperationGroup } from '../api/operations';
import { useTaskOverview } from '../api/task-queries';
import { countsText } from './state-counts';
import { useWatchOperations } from './use-watch-operations';

const PAGE = 25;
const STATES = [{ value: '', label: 'Any state' }, { value: 'IN_PROGRESS', label: 'In progress' }, { value: 'COMPLETED', label: 'Completed' }, { value: 'CANCELED', label: 'Canceled' }];
const SORTS: Record<string, (a: OperationGroup, b: OperationGroup) => number> = {
  created: (a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0),
  command: (a, b) => a.command.localeCompare(b.command),
  targets: (a, b) => a.targets - b.targets,
  state: (a, b) => a.state.localeCompare(b.state),
};

function link(g: OperationGroup) {
  return g.tagged ? `/tasks/operations/${g.id}` : `/tasks/${g.id}?region=${g.tasks[0].region}`;
}

/** Every task of every region, grouped into operations; filter, sort and page live in the URL. */
export function TasksPage() {
  const connection = useRequiredConnection();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const state = params.get('state') ?? '';
  const sort = params.get('sort') ?? 'created';
  const desc = params.get('desc') !== '0';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) if (v) next.set(k, v); else next.delete(k);
    setParams(next, { replace: true });
  };

  const results = useTaskOverview(connection);
  const groups = useMemo(() => (results.tasks ? groupOperations(results.tasks) : undefined), [results.tasks]);
  useWatchOperations(groups);

  const filtered = (groups ?? []).filter((g) => {
    if (state && g.state !== state) return false;
    const t = text.toLowerCase();
    return !t || [g.id, g.command, g.description ?? '', ...g.tasks.map((x) => x.taskId), ...g.tasks.flatMap((x) => x.targets)].some((v) => v.toLowerCase().includes(t));
  });
  const sorted = [...filtered].sort((a, b) => (desc ? -1 : 1) * (SORTS[sort] ?? SORTS.created)(a, b));
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE));
  const items = sorted.slice((page - 1) * PAGE, page * PAGE);

  return (
    <SpaceBetween size="m">
      {results.error && <QueryError error={results.error} what="Tasks" onRetry={results.refetch} />}
      <Table
        variant="full-page"
        items={items}
        loading={!groups && !results.error}
        loadingText="Loading tasks"
        trackBy="id"
        ariaLabels={{ tableLabel: 'Operations' }}
        sortingColumn={{ sortingField: sort }}
        sortingDescending={desc}
        onSortingChange={({ detail }) => set({ sort: detail.sortingColumn.sortingField, desc: detail.isDescending ? undefined : '0', page: undefined })}
        header={
          <Header variant="h1" counter={groups ? `(${groups.length})` : undefined} description="Tasks sent together by the dashboard are grouped into one operation."
            actions={<Button variant="primary" onClick={() => navigate('/tasks/create')}>Create task</Button>}>
            Tasks
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="xs">
            <TextFilter filteringText={text} onChange={({ detail }) => set({ q: detail.filteringText, page: undefined })} filteringPlaceholder="Find by operation, task, device or description" filteringAriaLabel="Find tasks" countText={`${filtered.length} matches`} />
            <Select selectedOption={STATES.find((s) => s.value === state) ?? STATES[0]} options={STATES} onChange={({ detail }) => set({ state: detail.selectedOption.value, page: undefined })} ariaLabel="Filter by state" />
          </SpaceBetween>
        }
        pagination={<Pagination currentPageIndex={Math.min(page, pages)} pagesCount={pages} onChange={({ detail }) => set({ page: String(detail.currentPageIndex) })} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (n) => `Page ${n}` }} />}
        empty={<Box textAlign="center">{text || state ? 'No operation matches the filter.' : 'No tasks yet.'}</Box>}
        columnDefinitions={[
          { id: 'id', header: 'Operation', isRowHeader: true, cell: (g) => <RouterLink href={link(g)}>{g.id}</RouterLink> },
          { id: 'command', header: 'Command', sortingField: 'command', cell: (g) => g.command },
          { id: 'description', header: 'Description', cell: (g) => g.description ?? '-' },
          { id: 'created', header: 'Created', sortingField: 'created', cell: (g) => <RelativeTime date={g.createdAt} /> },
          { id: 'targets', header: 'Devices', sortingField: 'targets', cell: (g) => g.targets },
          { id: 'tasks', header: 'Tasks', cell: (g) => g.tasks.length },
          { id: 'state', header: 'State', sortingField: 'state', cell: (g) => g.state.replace('_', ' ').toLowerCase() },
          {
            id: 'progress', header: 'Progress', minWidth: 220,
            cell: (g) => {
              const total = Object.values(g.counts).reduce((a, b) => a + b, 0);
              const done = total - g.counts.QUEUED - g.counts.IN_PROGRESS;
              return <ProgressBar value={total ? (done / total) * 100 : 0} description={countsText(g.counts)} ariaLabel={`Progress of ${g.id}`} status={isLive(g.counts) ? 'in-progress' : 'success'} resultText={countsText(g.counts)} />;
            },
          },
        ]}
      />
    </SpaceBetween>
  );
}
