import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { NAME_MAX } from '../../model/saved-views';

interface Props {
  title: string;
  submitText: string;
  initial: string;
  description?: string;
  /** Saves the name; returns what is wrong with it, if anything (the modal stays open with it). */
  onSubmit: (name: string) => string | undefined;
  onDismiss: () => void;
}

/** Asks for a view's name (save as new, rename); the error shows next to the field and the text stays. */
export function NameModal({ title, submitText, initial, description, onSubmit, onDismiss }: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const submit = () => setError(onSubmit(name));
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible
      onDismiss={onDismiss}
      header={title}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>Cancel</Button>
            <Button variant="primary" onClick={submit}>{submitText}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Form>
          <FormField label="View name" description={description} constraintText={`Up to ${NAME_MAX} characters.`} errorText={error}>
            <Input value={name} autoFocus onChange={({ detail }) => { setName(detail.value); setError(undefined); }} />
          </FormField>
        </Form>
      </form>
    </Modal>
  );
}

/** Asks before deleting a view. */
export function DeleteModal({ name, isDefault, onConfirm, onDismiss }: { name: string; isDefault: boolean; onConfirm: () => void; onDismiss: () => void }) {
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible
      onDismiss={onDismiss}
      header="Delete view"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>Cancel</Button>
            <Button variant="primary" onClick={onConfirm}>Delete</Button>
          </SpaceBetween>
        </Box>
      }
    >
      Delete the view <b>{name}</b> from this browser?{isDefault ? ' It is your default view: the inventory will open unfiltered.' : ''} Devices are not affected.
    </Modal>
  );
}
