import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { useNotifications } from '@/lib/notifications';
import { count } from '@/lib/plural';
import { usePreferences } from '@/lib/preferences';
import { batchCounts, BATCH_SIZE, type Command } from '../../api/batching';
import { descriptionError } from '../../api/description';
import { runPreflight, type Target } from '../../api/preflight';
import { chooseTargets, consequences, sendLabel } from '../../api/preflight-summary';
import { submissionStore, useSubmission } from '../../api/submission-store';
import { askBrowserPermission } from '../browser-notify';
import { ConfirmModal } from './confirm-modal';
import { DevicePicker } from './device-picker';
import { PreflightPanel } from './preflight-panel';
import { ProgressPanel } from './progress-panel';
import { TargetTable } from './target-table';
import { TaskFields } from './task-fields';
import { useHandover } from './use-handover';
import { taskTagErrors, type TagRow } from './task-tags';
import { DEFAULT_WAVES, parseWaves, type WaveInputs } from './wave-fields';

/** Reboot or unlock any number of devices: one intent, sent in groups of 10 devices, one task each. */
export function CreateTaskPage() {
  const connection = useRequiredConnection();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const { onlineThresholdMinutes } = usePreferences();
  // Read once into the form's state: from here on the form owns what was handed over.
  const { handover, outside } = useHandover(connection);
  const [command, setCommand] = useState<Command>(handover.command ?? 'reboot');
  const [targets, setTargets] = useState<Target[]>(handover.targets);
  const [description, setDescription] = useState(handover.description ?? '');
  const [tags, setTags] = useState<TagRow[]>([]);
  const [waveInputs, setWaveInputs] = useState<WaveInputs>(DEFAULT_WAVES);
  const [notifyBrowser, setNotifyBrowser] = useState(false);
  const [include, setInclude] = useState({ unlocked: false, missing: false });
  const [acknowledged, setAcknowledged] = useState<{ at: number; ids: ReadonlySet<string> }>({ at: 0, ids: new Set() });
  const [confirming, setConfirming] = useState(false);
  const [operationId, setOperationId] = useState<string>();
  const op = useSubmission(operationId);
  const fresh = useRef(false);
  const progressRef = useRef<HTMLDivElement>(null);
  // Once sent, the operator follows the progress: bring it into view, above the (now read-only) form.
  useEffect(() => {
    if (operationId) progressRef.current?.scrollIntoView({ block: 'start' });
  }, [operationId]);

  // connection.id stands for the connection; the QueryClient is not part of what is computed.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const preflight = useQuery({
    queryKey: ['Preflight', command, targets, connection.id, onlineThresholdMinutes],
    queryFn: () => {
      const again = fresh.current;
      fresh.current = false;
      return runPreflight(connection, queryClient, command, targets, onlineThresholdMinutes, again);
    },
    enabled: targets.length > 0,
    staleTime: 15_000,
  });
  const p = preflight.data;
  const choice = chooseTargets(targets, p, command, include);
  // An acknowledgement holds for the findings it was given for: a new check asks again.
  const acked = acknowledged.at === preflight.dataUpdatedAt ? acknowledged.ids : new Set<string>();
  const unacknowledged = (p?.unchecked ?? []).filter((u) => !acked.has(u.id));
  const descError = descriptionError(description);
  const tagErrors = taskTagErrors(tags, Boolean(handover.retryOf));
  const waves = parseWaves(waveInputs);
  const formInvalid = Boolean(descError || tagErrors.some((e) => e.key || e.value) || Object.keys(waves.errors).length);
  const blocked =
    choice.final.length === 0 ? 'Choose at least one device.'
    : !p ? (preflight.error ? 'The pre-flight checks could not run: check again.' : 'Waiting for the pre-flight checks.')
    : unacknowledged.length ? 'Acknowledge each check that could not run, in the pre-flight summary.'
    : formInvalid ? 'Correct the highlighted fields.' : undefined;
  const label = sendLabel(command, choice);

  const send = () => {
    setConfirming(false);
    // Asked only now, from the operator's own click, and only when they chose it.
    if (notifyBrowser) void askBrowserPermission();
    const { operation, done } = submissionStore.start(connection, {
      command, targets: choice.final, description, retryOf: handover.retryOf,
      tags: Object.fromEntries(tags.map((t) => [t.key.trim(), t.value])),
      waves: waves.plan, notifyBrowser,
    });
    setOperationId(operation.id);
    void done.then(() => {
      void queryClient.invalidateQueries({ queryKey: ['ListTasks'] });
      const sub = submissionStore.get(operation.id);
      const c = sub && batchCounts(sub);
      if (c && c.devicesNotSent === 0) {
        notify({
          type: 'success',
          header: `${command === 'reboot' ? 'Reboot' : 'Unlock'} of ${count(c.devicesSent, 'device')} sent`,
          content: `${count(c.accepted, 'task')} created under operation ${operation.id}.`,
          action: <Button onClick={() => navigate(`/tasks/operations/${operation.id}`)}>View operation</Button>,
        });
      }
    });
  };
  const submit = () => (choice.final.length > BATCH_SIZE ? setConfirming(true) : send());
  const recheck = () => {
    fresh.current = true;
    void preflight.refetch();
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!blocked && !op) submit(); }}>
      <Form
        header={<Header variant="h1" description={`Sent in groups of ${BATCH_SIZE} devices, one task each. Safe to retry.`}>Create task</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(-1)}>{op ? 'Back' : 'Cancel'}</Button>
            {!op && <Button variant="primary" disabled={Boolean(blocked)} disabledReason={blocked}>{label}</Button>}
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {outside.length > 0 && (
            <Alert type="warning" header={`${count(outside.length, 'device')} left out`}>
              Their region ({[...new Set(outside.map((t) => t.region))].join(', ')}) is not part of this connection, so nothing is sent to them. Add the region in Settings to include them.
            </Alert>
          )}
          {op && <div ref={progressRef} style={{ scrollMarginBlockStart: 60 }}><Container header={<Header variant="h2">Progress</Header>}><ProgressPanel op={op} /></Container></div>}
          <TaskFields
            readOnly={Boolean(op)}
            command={command} onCommand={setCommand} description={description} onDescription={setDescription} descriptionError={descError}
            tags={tags} onTags={setTags} tagErrors={tagErrors} waves={waveInputs} onWaves={setWaveInputs} waveErrors={waves.errors}
            notifyBrowser={notifyBrowser} onNotifyBrowser={setNotifyBrowser}
          />
          {!handover.targets?.length && !op && <Container><DevicePicker selected={targets} onChange={setTargets} /></Container>}
          {targets.length > 0 && (
            <TargetTable
              targets={targets}
              onRemove={op ? undefined : (t) => setTargets(targets.filter((x) => x.region !== t.region || x.managedDeviceId !== t.managedDeviceId))}
            />
          )}
          {targets.length > 0 && (
            <PreflightPanel
              readOnly={Boolean(op)}
              command={command} preflight={p} loading={preflight.isFetching} error={preflight.error} onRecheck={recheck}
              includeUnlocked={include.unlocked} onIncludeUnlocked={(unlocked) => setInclude({ ...include, unlocked })}
              includeMissing={include.missing} onIncludeMissing={(missing) => setInclude({ ...include, missing })}
              acknowledged={acked}
              onAcknowledge={(id, v) => {
                const ids = new Set(acked);
                if (v) ids.add(id);
                else ids.delete(id);
                setAcknowledged({ at: preflight.dataUpdatedAt, ids });
              }}
            />
          )}
        </SpaceBetween>
      </Form>
      {confirming && <ConfirmModal command={command} consequences={consequences(p, choice)} label={label} onConfirm={send} onCancel={() => setConfirming(false)} />}
    </form>
  );
}
