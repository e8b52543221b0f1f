import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import type { TagEdit } from '../../model/tag-diff';

const ACTIONS = [
  { value: 'set', label: 'Add or change' },
  { value: 'remove', label: 'Remove key' },
];

/** The edit rows as typed (a removal keeps its value in case the operator switches back). */
export interface EditRow {
  action: 'set' | 'remove';
  key: string;
  value: string;
}

export const toEdits = (rows: readonly EditRow[]): TagEdit[] =>
  rows.map((r) => (r.action === 'set' ? { action: 'set', key: r.key, value: r.value } : { action: 'remove', key: r.key }));

interface Props {
  rows: EditRow[];
  onChange: (rows: EditRow[]) => void;
  errors: Array<{ key?: string; value?: string }>;
  /** Errors show once the operator has tried to go on, or left a field. */
  showErrors: boolean;
}

/** What to do to every selected device: tags to add or change, keys to remove. */
export function TagEditsForm({ rows, onChange, errors, showErrors }: Props) {
  const update = (i: number, change: Partial<EditRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <AttributeEditor<EditRow>
      items={rows}
      onAddButtonClick={() => onChange([...rows, { action: 'set', key: '', value: '' }])}
      onRemoveButtonClick={({ detail }) => onChange(rows.filter((_r, i) => i !== detail.itemIndex))}
      addButtonText="Add another change"
      removeButtonText="Remove"
      removeButtonAriaLabel={(r) => `Remove the change of ${r.key || 'this key'}`}
      empty="No changes yet."
      definition={[
        {
          label: 'Change',
          control: (r, i) => (
            <Select
              selectedOption={ACTIONS.find((a) => a.value === r.action) ?? null}
              options={ACTIONS}
              ariaLabel={`Change ${i + 1}`}
              onChange={({ detail }) => update(i, { action: detail.selectedOption.value === 'remove' ? 'remove' : 'set' })}
            />
          ),
        },
        {
          label: 'Key',
          errorText: (_r, i) => (showErrors ? errors[i]?.key : undefined),
          control: (r, i) => <Input value={r.key} ariaLabel={`Tag key ${i + 1}`} onChange={({ detail }) => update(i, { key: detail.value })} />,
        },
        {
          label: 'Value',
          errorText: (r, i) => (showErrors && r.action === 'set' ? errors[i]?.value : undefined),
          control: (r, i) => (
            <Input
              value={r.action === 'set' ? r.value : ''}
              disabled={r.action === 'remove'}
              placeholder={r.action === 'remove' ? 'Any value' : undefined}
              ariaLabel={`Tag value ${i + 1}`}
              onChange={({ detail }) => update(i, { value: detail.value })}
            />
          ),
        },
      ]}
    />
  );
}
