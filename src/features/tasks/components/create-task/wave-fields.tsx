import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { WavePlan } from '../../api/batching';
import { FAILURE_TYPES, type FailureType } from '../../api/stop-rule';

/** The waves section as typed. */
export interface WaveInputs {
  size: string;
  waitMinutes: string;
  threshold: string;
  types: FailureType[];
  minEnded: string;
}

export const DEFAULT_WAVES: WaveInputs = { size: '', waitMinutes: '15', threshold: '20', types: [...FAILURE_TYPES], minEnded: '5' };

type Errors = Partial<Record<keyof WaveInputs, string>>;
const whole = (v: string, min: number) => {
  const n = Number(v);
  return v.trim() !== '' && Number.isInteger(n) && n >= min ? n : undefined;
};

/** The wave plan typed, or what is wrong with it; no size means every device at once. */
export function parseWaves(v: WaveInputs): { plan?: WavePlan; errors: Errors } {
  if (!v.size.trim()) return { errors: {} };
  const errors: Errors = {};
  const size = whole(v.size, 1);
  if (size === undefined) errors.size = 'Enter a whole number of devices, or leave empty to send every device at once.';
  const wait = whole(v.waitMinutes, 1);
  if (wait === undefined) errors.waitMinutes = 'Enter a whole number of minutes, at least 1.';
  const ruled = v.threshold.trim() !== '';
  const threshold = Number(v.threshold);
  if (ruled && (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)) errors.threshold = 'Enter a percentage from 0 to 100, or leave empty for no stop rule.';
  const minEnded = whole(v.minEnded, 1);
  if (ruled && minEnded === undefined) errors.minEnded = 'Enter a whole number, at least 1.';
  if (ruled && v.types.length === 0) errors.types = 'Choose at least one kind of failure.';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    plan: { size: size!, waitMs: wait! * 60_000, rule: ruled ? { failureTypes: v.types, thresholdPercent: threshold, minEnded: minEnded! } : undefined },
  };
}

const TYPE_LABELS: Record<FailureType, string> = { FAILED: 'Failed', TIMED_OUT: 'Timed out', REJECTED: 'Rejected' };

/** Send a few devices at a time, and stop when too many of them fail. */
export function WaveFields({ value, onChange, errors, readOnly }: { value: WaveInputs; onChange: (v: WaveInputs) => void; errors: Errors; readOnly?: boolean }) {
  const set = (change: Partial<WaveInputs>) => onChange({ ...value, ...change });
  return (
    <ExpandableSection headerText="Send in waves" headerDescription="A few devices at a time; stop when too many fail.">
      <SpaceBetween size="m">
        <ColumnLayout columns={2}>
          <FormField label="Devices per wave" description="Empty: send every device at once." errorText={errors.size}>
            <Input readOnly={readOnly} value={value.size} onChange={({ detail }) => set({ size: detail.value })} inputMode="numeric" />
          </FormField>
          <FormField label="Wait at most (minutes)" description="The next wave goes once every device sent so far has ended, or after this long." errorText={errors.waitMinutes}>
            <Input readOnly={readOnly} value={value.waitMinutes} onChange={({ detail }) => set({ waitMinutes: detail.value })} inputMode="numeric" />
          </FormField>
          <FormField label="Stop when failures reach (%)" description="Of the executions that have ended; checked while each wave runs. Empty: no stop rule." errorText={errors.threshold}>
            <Input readOnly={readOnly} value={value.threshold} onChange={({ detail }) => set({ threshold: detail.value })} inputMode="numeric" />
          </FormField>
          <FormField label="Only once this many have ended" description="The rule never stops sending on fewer ended executions." errorText={errors.minEnded}>
            <Input readOnly={readOnly} value={value.minEnded} onChange={({ detail }) => set({ minEnded: detail.value })} inputMode="numeric" />
          </FormField>
        </ColumnLayout>
        <FormField label="Count as failures" errorText={errors.types}>
          <SpaceBetween direction="horizontal" size="l">
            {FAILURE_TYPES.map((t) => (
              <Checkbox key={t} readOnly={readOnly} checked={value.types.includes(t)} onChange={({ detail }) => set({ types: detail.checked ? [...value.types, t] : value.types.filter((x) => x !== t) })}>
                {TYPE_LABELS[t]}
              </Checkbox>
            ))}
          </SpaceBetween>
        </FormField>
      </SpaceBetween>
    </ExpandableSection>
  );
}
