import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { checkKeys, parseCredentialBlock, type KeyInput } from '../api/temporary';

const EMPTY: KeyInput = { accessKeyId: '', secretAccessKey: '', sessionToken: '' };

/** Fields named as in the AWS console and access portal; what is typed stays in this component's memory. */
export function TemporaryCredentialsForm({ submitLabel, onSubmit, onCancel }: { submitLabel: string; onSubmit: (keys: KeyInput) => void; onCancel?: () => void }) {
  const [keys, setKeys] = useState<KeyInput>(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const check = checkKeys(keys, submitted);
  const set = (field: keyof KeyInput) => (value: string) => {
    // The access portal offers the three as one block of "export AWS_…=" lines: fill all fields from it.
    const block = value.includes('\n') || /AWS_ACCESS_KEY_ID|aws_access_key_id/.test(value) ? parseCredentialBlock(value) : undefined;
    setKeys(block ?? { ...keys, [field]: value });
  };
  const submit = () => {
    setSubmitted(true);
    if (Object.keys(checkKeys(keys, true).errors).length === 0) {
      onSubmit(keys);
      setKeys(EMPTY);
      setSubmitted(false);
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            {onCancel && <Button formAction="none" variant="link" onClick={onCancel}>Cancel</Button>}
            <Button variant="primary">{submitLabel}</Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="m">
          <Alert type="info" header="Kept in this tab's memory only">
            The keys are never written to browser storage, cookies or the address bar. Reloading or closing the tab forgets them, and you enter them again.
          </Alert>
          <FormField label="Access key ID" errorText={check.errors.accessKeyId} description="Starts with ASIA for temporary credentials. You can paste the whole block the AWS access portal offers here.">
            <Input value={keys.accessKeyId} onChange={({ detail }) => set('accessKeyId')(detail.value)} autoComplete={false} spellcheck={false} disableBrowserAutocorrect placeholder="ASIA…" />
          </FormField>
          <FormField label="Secret access key" errorText={check.errors.secretAccessKey}>
            <Input type="password" value={keys.secretAccessKey} onChange={({ detail }) => set('secretAccessKey')(detail.value)} autoComplete={false} spellcheck={false} disableBrowserAutocorrect />
          </FormField>
          <FormField label="Session token" errorText={check.errors.sessionToken} description="Required for temporary credentials; leave empty only for long-term keys.">
            <Input type="password" value={keys.sessionToken} onChange={({ detail }) => set('sessionToken')(detail.value)} autoComplete={false} spellcheck={false} disableBrowserAutocorrect />
          </FormField>
          {check.longTerm && (
            <Alert type="warning" header="These are long-term access keys">
              Keys starting with AKIA do not expire and belong to an IAM user. They work, but prefer temporary credentials from IAM Identity Center or
              `aws sts get-session-token`, and rotate these keys if they were shared.
            </Alert>
          )}
        </SpaceBetween>
      </Form>
    </form>
  );
}
