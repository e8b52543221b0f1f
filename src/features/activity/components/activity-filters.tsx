import ColumnLayout from '@cloudscape-design/components/column-layout';
import DateRangePicker, { type DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { rangeProblem, RETENTION_DAYS, type ActivityView, type RangeUnit, type TimeRange } from '../api/activity-view';
import { WRITE_EVENTS } from '../api/trail-rows';

const READ_EVENTS = ['DescribeDevice', 'DescribeDeviceEc2Instances', 'DescribeExecution', 'DescribeTask', 'ListDeviceResources', 'ListDevices', 'ListExecutions', 'ListTagsForResource', 'ListTasks'];

const RELATIVE: DateRangePickerProps.RelativeOption[] = [
  { key: '1h', amount: 1, unit: 'hour', type: 'relative' },
  { key: '24h', amount: 24, unit: 'hour', type: 'relative' },
  { key: '7d', amount: 7, unit: 'day', type: 'relative' },
  { key: '30d', amount: 30, unit: 'day', type: 'relative' },
  { key: '90d', amount: 90, unit: 'day', type: 'relative' },
];

const I18N: DateRangePickerProps.I18nStrings = {
  relativeModeTitle: 'Relative range', absoluteModeTitle: 'Absolute range', relativeRangeSelectionHeading: 'Choose a range',
  startDateLabel: 'Start date', endDateLabel: 'End date', startTimeLabel: 'Start time', endTimeLabel: 'End time',
  clearButtonLabel: 'Clear and dismiss', cancelButtonLabel: 'Cancel', applyButtonLabel: 'Apply', customRelativeRangeOptionLabel: 'Custom range',
  customRelativeRangeOptionDescription: 'Set a custom range in the past', customRelativeRangeUnitLabel: 'Unit of time', customRelativeRangeDurationLabel: 'Duration',
  todayAriaLabel: 'Today', nextMonthAriaLabel: 'Next month', previousMonthAriaLabel: 'Previous month', dateTimeConstraintText: 'For date, use YYYY/MM/DD. For time, use 24 hr format.',
  formatRelativeRange: (v) => `Last ${v.amount} ${v.unit}${v.amount === 1 ? '' : 's'}`,
  formatUnit: (unit, value) => (value === 1 ? unit : `${unit}s`),
};

const toPicker = (r: TimeRange): DateRangePickerProps.Value =>
  r.type === 'relative' ? { type: 'relative', amount: r.amount, unit: r.unit } : { type: 'absolute', startDate: r.start, endDate: r.end };

function fromPicker(v: DateRangePickerProps.Value | null): TimeRange | undefined {
  if (!v) return undefined;
  if (v.type === 'relative') return { type: 'relative', amount: v.amount, unit: v.unit as RangeUnit };
  return { type: 'absolute', start: new Date(v.startDate).toISOString(), end: new Date(v.endDate).toISOString() };
}

const option = (value: string | undefined, label = value): SelectProps.Option | null => (value ? { value, label } : null);

/** The activity view's filters; every change goes to the URL (the caller writes it). */
export function ActivityFilters({ view, regions, onChange }: { view: ActivityView; regions: readonly string[]; onChange: (view: ActivityView) => void }) {
  const set = (change: Partial<ActivityView>) => onChange({ ...view, ...change });
  const events: SelectProps.Option[] = [{ value: '', label: 'Any action' }, ...WRITE_EVENTS.map((e) => ({ value: e })), ...READ_EVENTS.map((e) => ({ value: e, description: 'Read' }))];
  return (
    <SpaceBetween size="m">
      <ColumnLayout columns={3}>
        <FormField label="Time range" description={`CloudTrail keeps ${RETENTION_DAYS} days.`}>
          <DateRangePicker
            value={toPicker(view.range)}
            relativeOptions={RELATIVE}
            i18nStrings={I18N}
            ariaLabel="Time range"
            placeholder="Choose a time range"
            isValidRange={(v) => {
              const r = fromPicker(v);
              const problem = r ? rangeProblem(r, Date.now()) : 'Choose a time range.';
              return problem ? { valid: false, errorMessage: problem } : { valid: true };
            }}
            onChange={({ detail }) => { const r = fromPicker(detail.value); if (r) set({ range: r }); }}
            showClearButton={false}
          />
        </FormField>
        <FormField label="User" description="Name, session or ARN contains">
          <Input value={view.user ?? ''} onChange={({ detail }) => set({ user: detail.value || undefined })} ariaLabel="User" placeholder="alice@example.com" type="search" />
        </FormField>
        <FormField label="Action">
          <Select selectedOption={option(view.event) ?? events[0]!} options={events} ariaLabel="Action" onChange={({ detail }) => set({ event: detail.selectedOption.value || undefined })} />
        </FormField>
        <FormField label="Device ID">
          <Input value={view.device ?? ''} onChange={({ detail }) => set({ device: detail.value.trim() || undefined })} ariaLabel="Device ID" placeholder="smd-…" type="search" />
        </FormField>
        <FormField label="Task ID">
          <Input value={view.task ?? ''} onChange={({ detail }) => set({ task: detail.value.trim() || undefined })} ariaLabel="Task ID" placeholder="st-…" type="search" />
        </FormField>
        <FormField label="Region">
          <Select
            selectedOption={option(view.region) ?? { value: '', label: 'Every region' }}
            options={[{ value: '', label: 'Every region' }, ...regions.map((r) => ({ value: r }))]}
            ariaLabel="Region"
            onChange={({ detail }) => set({ region: detail.selectedOption.value || undefined })}
          />
        </FormField>
      </ColumnLayout>
      <Toggle checked={view.reads} onChange={({ detail }) => set({ reads: detail.checked })} description="Describe and List calls: every page of the dashboard makes many.">Show reads</Toggle>
    </SpaceBetween>
  );
}
