import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import { TASK_STATE_LABELS, TASK_STATES } from '@/lib/rules/execution-states';
import type { OperationsView, StateFilter } from '../api/operations-view';

const STATE_OPTIONS: SelectProps.Option[] = [
  { value: '', label: 'Any state' },
  ...TASK_STATES.map((s) => ({ value: s, label: TASK_STATE_LABELS[s] })),
  { value: 'FAILED', label: 'Failed', description: 'Operations with failed, timed out or rejected executions' },
];

interface Props {
  view: OperationsView;
  regions: string[];
  matches: number | undefined;
  onChange: (change: Partial<OperationsView>) => void;
}

/** Free text, state (a task state asked of the service, or Failed) and, with several regions, region. */
export function TasksFilter({ view, regions, matches, onChange }: Props) {
  const regionOptions: SelectProps.Option[] = [{ value: '', label: 'All regions' }, ...regions.map((r) => ({ value: r, label: r }))];
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <TextFilter
        filteringText={view.text}
        onChange={({ detail }) => onChange({ text: detail.filteringText, page: 1 })}
        filteringPlaceholder="Find by operation, task, device, description or tag"
        filteringAriaLabel="Find operations"
        countText={matches === undefined ? undefined : `${matches} ${matches === 1 ? 'match' : 'matches'}`}
      />
      <Select
        selectedOption={STATE_OPTIONS.find((o) => o.value === (view.state ?? '')) ?? STATE_OPTIONS[0] ?? null}
        options={STATE_OPTIONS}
        onChange={({ detail }) => onChange({ state: (detail.selectedOption.value || undefined) as StateFilter | undefined, page: 1 })}
        ariaLabel="Filter by state"
      />
      {regions.length > 1 && (
        <Select
          selectedOption={regionOptions.find((o) => o.value === (view.region ?? '')) ?? regionOptions[0] ?? null}
          options={regionOptions}
          onChange={({ detail }) => onChange({ region: detail.selectedOption.value || undefined, page: 1 })}
          ariaLabel="Filter by region"
        />
      )}
    </SpaceBetween>
  );
}
