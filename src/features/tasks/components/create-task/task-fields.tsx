import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import type { Command } from '../../api/batching';
import { browserPermission } from '../browser-notify';
import type { TagRow } from './task-tags';
import { WaveFields, type WaveInputs } from './wave-fields';

interface Props {
  command: Command;
  onCommand: (c: Command) => void;
  description: string;
  onDescription: (v: string) => void;
  descriptionError?: string;
  tags: TagRow[];
  onTags: (t: TagRow[]) => void;
  tagErrors: Array<{ key?: string; value?: string }>;
  waves: WaveInputs;
  onWaves: (w: WaveInputs) => void;
  waveErrors: Partial<Record<keyof WaveInputs, string>>;
  notifyBrowser: boolean;
  onNotifyBrowser: (v: boolean) => void;
  /** Once the operation is sent: shown as sent, no longer editable. */
  readOnly?: boolean;
}

const PERMISSION_TEXT: Record<string, string | undefined> = {
  default: 'The browser asks for permission when you start the operation.',
  denied: 'Notifications are blocked for this site in the browser’s settings: the dashboard still tells you on the page.',
};

/** What to send, how (waves), and how to be told when it ends. */
export function TaskFields(p: Props) {
  const setTag = (i: number, change: Partial<TagRow>) => p.onTags(p.tags.map((t, j) => (j === i ? { ...t, ...change } : t)));
  const permission = browserPermission();
  return (
    <Container header={<Header variant="h2">Task</Header>}>
      <SpaceBetween size="m">
        <FormField label="Command">
          <Tiles readOnly={p.readOnly} value={p.command} onChange={({ detail }) => p.onCommand(detail.value as Command)} ariaLabel="Command" items={[
            { value: 'reboot', label: 'Reboot', description: 'Restarts the device. Running EC2 instances stop.' },
            { value: 'unlock', label: 'Unlock', description: 'Unlocks the device so it can be used.' },
          ]} />
        </FormField>
        <FormField label="Description" description="Optional." constraintText="Up to 128 characters: letters, digits, spaces and _ . , ! #" errorText={p.descriptionError}>
          <Input readOnly={p.readOnly} value={p.description} onChange={({ detail }) => p.onDescription(detail.value)} placeholder="Monthly patch reboot, site berlin" />
        </FormField>
        <FormField label="Tags" description="Optional. Added to every task of this operation.">
          <AttributeEditor
            items={p.tags}
            onAddButtonClick={() => p.onTags([...p.tags, { key: '', value: '' }])}
            onRemoveButtonClick={({ detail }) => p.onTags(p.tags.filter((_t, i) => i !== detail.itemIndex))}
            addButtonText="Add tag"
            disableAddButton={p.readOnly}
            isItemRemovable={() => !p.readOnly}
            removeButtonText="Remove"
            empty="No tags."
            definition={[
              { label: 'Key', errorText: (_item, i) => p.tagErrors[i]?.key, control: (item, i) => <Input readOnly={p.readOnly} value={item.key} ariaLabel={`Tag key ${i + 1}`} onChange={({ detail }) => setTag(i, { key: detail.value })} /> },
              { label: 'Value', errorText: (_item, i) => p.tagErrors[i]?.value, control: (item, i) => <Input readOnly={p.readOnly} value={item.value} ariaLabel={`Tag value ${i + 1}`} onChange={({ detail }) => setTag(i, { value: detail.value })} /> },
            ]}
          />
        </FormField>
        <WaveFields readOnly={p.readOnly} value={p.waves} onChange={p.onWaves} errors={p.waveErrors} />
        {permission !== 'unsupported' && (
          <FormField description={p.notifyBrowser ? PERMISSION_TEXT[permission] : undefined}>
            <Checkbox readOnly={p.readOnly} checked={p.notifyBrowser} onChange={({ detail }) => p.onNotifyBrowser(detail.checked)}>
              Notify me in the browser when this operation ends while the dashboard is in the background
            </Checkbox>
          </FormField>
        )}
      </SpaceBetween>
    </Container>
  );
}
