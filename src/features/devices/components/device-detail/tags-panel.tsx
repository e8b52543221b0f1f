import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '@/components/query-error';
import type { Connection } from '@/lib/aws/connection';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';
import { deviceDetailQueries } from '../../api/device-detail-queries';
import { tagMutations, type TagChange } from '../../api/tag-mutations';
import { CouldNotRead } from './could-not-read';
import { TagForm } from './tag-form';

interface Props {
  connection: Connection;
  region: string;
  resourceArn: string;
  managedDeviceId: string;
}

/** What the panel says after a change, next to the tags; a removal can be undone. */
type Outcome = { type: 'success' | 'error'; header?: string; text: string; undo?: TagChange };

/** The tags panel when the device's ARN, which the tags are read by, could not be read. */
export function TagsUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Container header={<Header variant="h2">Tags</Header>}>
      <CouldNotRead error={error} what="tags" onRetry={onRetry} because="The tags are read with the device's ARN, which comes from its description." />
    </Container>
  );
}

const why = (error: unknown) => {
  const d = describeError(error);
  return sentence(d.message, d.action);
};

/** View, add, edit and remove the device's tags (TagResource / UntagResource), all inside the panel. */
export function TagsPanel({ connection, region, resourceArn, managedDeviceId }: Props) {
  const queryClient = useQueryClient();
  const tags = useQuery(deviceDetailQueries.tags(connection, region, resourceArn));
  const [editing, setEditing] = useState<{ key: string; value: string } | undefined>();
  // A new form (fresh fields) after each save and each edit started.
  const [formKey, setFormKey] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const existing = Object.keys(tags.data?.tags ?? {});

  const save = useMutation({
    ...tagMutations.save(connection, region, resourceArn, managedDeviceId, queryClient),
    onSuccess: (_out, change) => {
      setOutcome({ type: 'success', text: `Tag "${change.key}" saved.` });
      setEditing(undefined);
      setFormKey((k) => k + 1);
    },
  });
  const remove = useMutation({
    ...tagMutations.remove(connection, region, resourceArn, managedDeviceId, queryClient),
    onSuccess: (_out, key) => setOutcome({ type: 'success', text: `Tag "${key}" removed.`, undo: { key, value: tags.data?.tags?.[key] ?? '' } }),
    onError: (error, key) => setOutcome({ type: 'error', header: `Tag "${key}" was not removed`, text: why(error) }),
  });

  if (tags.error) return <QueryError error={tags.error} what="Tags" onRetry={() => tags.refetch()} />;
  const saveError = save.error ? `${describeError(save.error).title}: ${why(save.error)}` : undefined;
  const startEdit = (t: { key: string; value: string }) => {
    setEditing(t);
    setOutcome(undefined);
    save.reset();
    setFormKey((k) => k + 1);
  };
  const undo = outcome?.undo;

  return (
    // A landmark, so the panel's outcome messages are found and announced with it.
    <section aria-label="Tags">
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
                <Button variant="inline-link" ariaLabel={`Edit tag ${t.key}`} onClick={() => startEdit(t)}>Edit</Button>
                <Button variant="inline-link" ariaLabel={`Remove tag ${t.key}`} loading={remove.isPending && remove.variables === t.key} onClick={() => { setOutcome(undefined); remove.mutate(t.key); }}>Remove</Button>
              </SpaceBetween>
            ),
          },
        ]}
        footer={
          <SpaceBetween size="m">
            {outcome && (
              <Alert
                type={outcome.type}
                header={outcome.header}
                dismissible
                onDismiss={() => setOutcome(undefined)}
                action={undo && <Button loading={save.isPending} onClick={() => save.mutate(undo)} ariaLabel={`Undo removing tag ${undo.key}`}>Undo</Button>}
              >
                {outcome.text}
              </Alert>
            )}
            <TagForm
              key={formKey}
              editing={editing}
              existing={existing}
              saving={save.isPending}
              errorText={saveError}
              onSubmit={(key, value) => save.mutate({ key, value, replaces: editing?.key })}
              onCancel={() => { setEditing(undefined); save.reset(); setFormKey((k) => k + 1); }}
            />
          </SpaceBetween>
        }
      />
    </section>
  );
}
