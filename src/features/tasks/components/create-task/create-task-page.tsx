import Alert from '@cloudscape-design/components/alert';
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { useNotifications } from '@/lib/notifications';
import { count } from '@/lib/plural';
import { usePreferences } from '@/lib/preferences';
import { batchCounts, BATCH_SIZE, type Command } from '../../api/batching';
import { descriptionError } from '../../api/description';
import { submissionStore, useSubmission } from '../../api/submission-store';
import { runPreflight, type Target } from '../../api/preflight';
import { ConfirmModal } from './confirm-modal';
import { DevicePicker } from './device-picker';
import { PreflightPanel } from './preflight-panel';
import { ProgressPanel } from './progress-panel';
import { useHandover } from './use-handover';

/** Reboot or unlock any number of devices: one intent, sent as batches of 10. */
export function CreateTaskPage() {
  const connection = useRequiredConnection();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const { onlineThresholdMinutes } = usePreferences();
  const { handover, outside } = useHandover(connection);
  const [command, setCommand] = useState<Command>(handover.command ?? 'reboot');
  const [targets, setTargets] = useState<Target[]>(handover.targets);
  const [description, setDescription] = useState(handover.description ?? '');
  const [tags, setTags] = useState<{ key: string; value: string }[]>([]);
  const [waveSize, setWaveSize] = useState('');
  const [maxFailure, setMaxFailure] = useState('20');
  const [includeUnlocked, setIncludeUnlocked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [operationId, setOperationId] = useState<string>();
  const op = useSubmission(operationId);

  // connection.id stands for the connection; the QueryClient is not part of what is computed.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const preflight = useQuery({
    queryKey: ['Preflight', command, targets, connection.id, onlineThresholdMinutes],
    queryFn: () => runPreflight(connection, queryClient, command, targets, onlineThresholdMinutes),
    enabled: targets.length > 0,
    staleTime: 15_000,
  });
  const skipped = useMemo(
    () => (command === 'unlock' && !includeUnlocked ? new Set((preflight.data?.alreadyUnlocked ?? []).map((t) => `${t.region}|${t.managedDeviceId}`)) : new Set<string>()),
    [command, includeUnlocked, preflight.data],
  );
  const finalTargets = targets.filter((t) => !skipped.has(`${t.region}|${t.managedDeviceId}`));
  const descError = descriptionError(description);
  const tagErrors = tags.map((t) => (!t.key.trim() ? 'Enter a key or remove this tag.' : t.key.startsWith('aws:') ? 'Keys starting with "aws:" are reserved.' : t.key.startsWith('snow-dashboard:') ? 'Keys starting with "snow-dashboard:" are set by the dashboard.' : undefined));
  const waves = waveSize.trim() ? Number(waveSize) : undefined;
  const wavesError = waves !== undefined && (!Number.isInteger(waves) || waves < 1) ? 'Enter a whole number of batches, or leave empty to send all at once.' : undefined;
  const rate = Number(maxFailure);
  const rateError = waves !== undefined && (!Number.isFinite(rate) || rate < 0 || rate > 100) ? 'Enter a percentage from 0 to 100.' : undefined;
  const invalid = Boolean(descError || tagErrors.some(Boolean) || wavesError || rateError || finalTargets.length === 0);

  const send = () => {
    setConfirming(false);
    const { operation, done } = submissionStore.start(connection, {
      command, targets: finalTargets, description, retryOf: handover.retryOf,
      tags: Object.fromEntries(tags.map((t) => [t.key.trim(), t.value])),
      waveSize: waves, maxFailureRate: waves !== undefined ? rate / 100 : undefined,
    });
    setOperationId(operation.id);
    void done.then(() => {
      void queryClient.invalidateQueries({ queryKey: ['ListTasks'] });
      const c = batchCounts(submissionStore.get(operation.id)!);
      if (c.failed === 0 && c.held === 0) {
        notify({ type: 'success', header: `${command === 'reboot' ? 'Reboot' : 'Unlock'} of ${finalTargets.length} devices sent`, content: `${c.accepted} task${c.accepted === 1 ? '' : 's'} created under operation ${operation.id}.`, action: <Button onClick={() => navigate(`/tasks/operations/${operation.id}`)}>View operation</Button> });
      }
    });
  };
  const submit = () => (finalTargets.length > BATCH_SIZE ? setConfirming(true) : send());

  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!invalid && !op) submit(); }}>
      <Form
        header={<Header variant="h1" description="Devices are sent in batches of 10 tasks; a retry never creates a second task.">Create task</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(-1)}>{op ? 'Back' : 'Cancel'}</Button>
            {!op && <Button variant="primary" disabled={invalid} disabledReason={finalTargets.length === 0 ? 'Choose at least one device.' : 'Correct the highlighted fields.'}>
              {command === 'reboot' ? 'Reboot' : 'Unlock'} {finalTargets.length} device{finalTargets.length === 1 ? '' : 's'}
            </Button>}
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {outside.length > 0 && (
            <Alert type="warning" header={`${count(outside.length, 'device')} left out`}>
              Their region ({[...new Set(outside.map((t) => t.region))].join(', ')}) is not part of this connection, so nothing is sent to them. Add the region in Settings to include them.
            </Alert>
          )}
          {op && <Container header={<Header variant="h2">Progress</Header>}><ProgressPanel op={op} /></Container>}
          <Container header={<Header variant="h2">Task</Header>}>
            <SpaceBetween size="m">
              <FormField label="Command">
                <Tiles value={command} onChange={({ detail }) => setCommand(detail.value as Command)} ariaLabel="Command" items={[
                  { value: 'reboot', label: 'Reboot', description: 'Restarts the device. Running EC2 instances stop.' },
                  { value: 'unlock', label: 'Unlock', description: 'Unlocks the device so it can be used.' },
                ]} />
              </FormField>
              <FormField label="Description" description="Optional." constraintText="Up to 128 characters: letters, digits, spaces and _ . , ! #" errorText={descError}>
                <Input value={description} onChange={({ detail }) => setDescription(detail.value)} placeholder="Monthly patch reboot, site berlin" />
              </FormField>
              <FormField label="Tags" description="Optional. Added to every task of this operation.">
                <AttributeEditor
                  items={tags}
                  onAddButtonClick={() => setTags([...tags, { key: '', value: '' }])}
                  onRemoveButtonClick={({ detail }) => setTags(tags.filter((_t, i) => i !== detail.itemIndex))}
                  addButtonText="Add tag"
                  removeButtonText="Remove"
                  empty="No tags."
                  definition={[
                    { label: 'Key', errorText: (_item, i) => tagErrors[i], control: (item, i) => <Input value={item.key} ariaLabel={`Tag key ${i + 1}`} onChange={({ detail }) => setTags(tags.map((t, j) => (j === i ? { ...t, key: detail.value } : t)))} /> },
                    { label: 'Value', control: (item, i) => <Input value={item.value} ariaLabel={`Tag value ${i + 1}`} onChange={({ detail }) => setTags(tags.map((t, j) => (j === i ? { ...t, value: detail.value } : t)))} /> },
                  ]}
                />
              </FormField>
              <ExpandableSection headerText="Send in waves">
                <SpaceBetween size="s" direction="horizontal">
                  <FormField label="Batches per wave" description="Empty: send every batch at once." errorText={wavesError}>
                    <Input value={waveSize} onChange={({ detail }) => setWaveSize(detail.value)} inputMode="numeric" />
                  </FormField>
                  <FormField label="Stop when failures exceed (%)" description="Of finished executions, checked between waves." errorText={rateError}>
                    <Input value={maxFailure} onChange={({ detail }) => setMaxFailure(detail.value)} inputMode="numeric" />
                  </FormField>
                </SpaceBetween>
              </ExpandableSection>
            </SpaceBetween>
          </Container>
          {!handover.targets.length && !op && <Container><DevicePicker selected={targets} onChange={setTargets} /></Container>}
          {targets.length > 0 && (
            <PreflightPanel command={command} preflight={preflight.data} loading={preflight.isPending} includeUnlocked={includeUnlocked} onIncludeUnlocked={setIncludeUnlocked} />
          )}
        </SpaceBetween>
      </Form>
      {confirming && <ConfirmModal count={finalTargets.length} command={command} onConfirm={send} onCancel={() => setConfirming(false)} />}
    </form>
  );
}
