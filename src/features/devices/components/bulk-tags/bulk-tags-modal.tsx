import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { count } from '@/lib/plural';
import { TAG_LIMITS } from '@/lib/rules/tags';
import type { TagDenial } from '../../api/tag-permission';
import { checkEdits, planBulk, type TagTarget } from '../../model/tag-diff';
import { TagEditsForm, toEdits, type EditRow } from './tag-edits-form';
import { TagPreview } from './tag-preview';
import { TagResults } from './tag-results';
import type { useBulkTagRun } from './use-bulk-tag-run';

interface Props {
  visible: boolean;
  onDismiss: () => void;
  targets: readonly TagTarget[];
  multiRegion: boolean;
  runner: ReturnType<typeof useBulkTagRun>;
  denial?: TagDenial;
}

/** Add, change or remove tags on every selected device: edits, a per-device preview, then progress and results. */
export function BulkTagsModal({ visible, onDismiss, targets, multiRegion, runner, denial }: Props) {
  const [rows, setRows] = useState<EditRow[]>([{ action: 'set', key: '', value: '' }]);
  const [showErrors, setShowErrors] = useState(false);
  const [includeUnknown, setIncludeUnknown] = useState(false);
  const edits = useMemo(() => toEdits(rows), [rows]);
  const check = useMemo(() => checkEdits(edits), [edits]);
  const plan = useMemo(() => (check.valid ? planBulk(targets, edits) : undefined), [check.valid, targets, edits]);
  const toSend = plan ? [...plan.send, ...(includeUnknown ? plan.unknown : [])] : [];
  const { run } = runner;

  const submit = () => {
    setShowErrors(true);
    if (!check.valid || toSend.length === 0) return;
    runner.start(toSend);
  };
  const footer = run ? (
    <Box float="right"><Button variant="primary" onClick={onDismiss}>Close</Button></Box>
  ) : (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button variant="link" onClick={onDismiss}>Cancel</Button>
        <Button variant="primary" disabled={check.valid && toSend.length === 0} onClick={submit}>
          {check.valid ? `Change tags on ${count(toSend.length, 'device')}` : 'Change tags'}
        </Button>
      </SpaceBetween>
    </Box>
  );
  return (
    <Modal closeAriaLabel="Close dialog" visible={visible} onDismiss={onDismiss} size="large" header={`Edit tags on ${count(targets.length, 'device')}`} footer={footer}>
      {run ? (
        <SpaceBetween size="m">
          {denial && <Alert type="error" header="Access denied">{denial.reason}</Alert>}
          <TagResults run={run} multiRegion={multiRegion} onRetry={runner.retryFailed} />
        </SpaceBetween>
      ) : (
        <SpaceBetween size="l">
          <Box variant="p">
            Each change applies to every selected device. Keys: up to {TAG_LIMITS.keyMax} characters, values up to {TAG_LIMITS.valueMax}; a device can have at most {TAG_LIMITS.count} tags.
          </Box>
          <TagEditsForm rows={rows} onChange={setRows} errors={check.rows} showErrors={showErrors} />
          {plan ? (
            <TagPreview plan={plan} multiRegion={multiRegion} includeUnknown={includeUnknown} onIncludeUnknown={setIncludeUnknown} />
          ) : (
            <Box color="text-body-secondary">The preview of each device’s changes shows once every key {edits.some((e) => e.action === 'set') ? 'and value ' : ''}is valid.</Box>
          )}
        </SpaceBetween>
      )}
    </Modal>
  );
}
