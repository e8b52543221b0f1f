import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { tagKeyError, tagValueError } from '@/lib/rules/tags';

interface Props {
  /** The key being edited; a new tag when undefined. */
  editing?: { key: string; value: string };
  /** Keys the device has, for the duplicate check. */
  existing: readonly string[];
  saving: boolean;
  /** Why the last save failed, in the operator's words. */
  errorText?: string;
  onSubmit: (key: string, value: string) => void;
  onCancel: () => void;
}

/** Add or edit one tag, inside the Tags panel. Keyed by the tag edited, so it starts from that tag's values. */
export function TagForm({ editing, existing, saving, errorText, onSubmit, onCancel }: Props) {
  const [key, setKey] = useState(editing?.key ?? '');
  const [value, setValue] = useState(editing?.value ?? '');
  const [touched, setTouched] = useState(false);
  const keyError = touched ? tagKeyError(key, existing, editing?.key) : undefined;
  const valueError = touched ? tagValueError(value) : undefined;
  const submit = () => {
    setTouched(true);
    if (tagKeyError(key, existing, editing?.key) || tagValueError(value)) return;
    onSubmit(key, value);
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h3">{editing ? `Edit tag "${editing.key}"` : 'Add a tag'}</Header>}
        errorText={errorText}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            {editing && <Button formAction="none" onClick={onCancel}>Cancel edit</Button>}
            <Button variant="primary" loading={saving}>{editing ? 'Save tag' : 'Add tag'}</Button>
          </SpaceBetween>
        }
      >
        <ColumnLayout columns={2}>
          <FormField label="Tag key" errorText={keyError}>
            <Input value={key} onChange={({ detail }) => setKey(detail.value)} ariaRequired />
          </FormField>
          <FormField label="Tag value" errorText={valueError} constraintText="Optional. Up to 256 characters.">
            <Input value={value} onChange={({ detail }) => setValue(detail.value)} />
          </FormField>
        </ColumnLayout>
      </Form>
    </form>
  );
}
