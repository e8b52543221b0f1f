import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '@/components/query-error';
import type { Connection } from '@/lib/aws/connection';
import { describeError } from '@/lib/errors';
import { useNotifications } from '@/lib/notifications';
import { sentence } from '@/lib/plural';
import { deviceDetailQueries } from '../../api/device-detail-queries';
import { tagKeyError, tagValueError } from '@/lib/rules/tags';
import { tagMutations } from '../../api/tag-mutations';
import { CouldNotRead } from './could-not-read';

interface Props {
  connection: Connection;
  region: string;
  resourceArn: string;
  managedDeviceId: string;
}

/** The tags panel when the device's ARN, which the tags are read by, could not be read. */
export function TagsUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Container header={<Header variant="h2">Tags</Header>}>
      <CouldNotRead error={error} what="tags" onRetry={onRetry} because="The tags are read with the device's ARN, which comes from its description." />
    </Container>
  );
}

/** View, add, edit and remove the device's tags (TagResource / UntagResource). */
export function TagsPanel({ connection, region, resourceArn, managedDeviceId }: Props) {
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const tags = useQuery(deviceDetailQueries.tags(connection, region, resourceArn));
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [touched, setTouched] = useState(false);
  const existing = Object.keys(tags.data?.tags ?? {});
  const keyError = touched ? tagKeyError(key, existing, editing) : undefined;
  const valueError = touched ? tagValueError(value) : undefined;

  const save = useMutation({
    ...tagMutations.save(connection, region, resourceArn, managedDeviceId, queryClient),
    onSuccess: (_out, change) => {
      notify({ type: 'success', content: `Tag "${change.key}" saved.` });
      setKey('');
      setValue('');
      setEditing(undefined);
      setTouched(false);
    },
  });
  const remove = useMutation({
    ...tagMutations.remove(connection, region, resourceArn, managedDeviceId, queryClient),
    onSuccess: (_out, k) => notify({ type: 'success', content: `Tag "${k}" removed.` }),
    onError: (error, k) => notify({ type: 'error', header: `Tag "${k}" was not removed`, content: sentence(describeError(error).message, describeError(error).action) }),
  });

  if (tags.error) return <QueryError error={tags.error} what="Tags" onRetry={() => tags.refetch()} />;
  const submit = () => {
    setTouched(true);
    if (tagKeyError(key, existing, editing) || tagValueError(value)) return;
    save.mutate({ key, value, replaces: editing });
  };
  const saveError = save.error ? describeError(save.error) : undefined;

  return (
    <SpaceBetween size="s">
      <Table
        variant="container"
        header={<Header variant="h2" counter={tags.data ? `(${existing.length})` : undefined}>Tags</Header>}
        items={Object.entries(tags.data?.tags ?? {}).map(([k, v]) => ({ key: k, value: v }))}
        loading={tags.isPending}
        loadingText="Loading tags"
        ariaLabels={{ tableLabel: 'Tags' }}
        empty={<Box textAlign="center">No tags.</Box>}
        columnDefinitions={[
          { id: 'key', header: 'Key', isRowHeader: true, cell: (t) => t.key },
          { id: 'value', header: 'Value', cell: (t) => t.value || '-' },
          {
            id: 'actions', header: 'Actions',
            cell: (t) => (
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="inline-link" ariaLabel={`Edit tag ${t.key}`} onClick={() => { setEditing(t.key); setKey(t.key); setValue(t.value); setTouched(false); }}>Edit</Button>
                <Button variant="inline-link" ariaLabel={`Remove tag ${t.key}`} loading={remove.isPending && remove.variables === t.key} onClick={() => remove.mutate(t.key)}>Remove</Button>
              </SpaceBetween>
            ),
          },
        ]}
      />
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Form
          header={<Header variant="h3">{editing ? `Edit tag "${editing}"` : 'Add a tag'}</Header>}
          errorText={saveError && `${saveError.title}: ${sentence(saveError.message, saveError.action)}`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {editing && <Button formAction="none" onClick={() => { setEditing(undefined); setKey(''); setValue(''); setTouched(false); }}>Cancel edit</Button>}
              <Button variant="primary" loading={save.isPending}>{editing ? 'Save tag' : 'Add tag'}</Button>
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
    </SpaceBetween>
  );
}
