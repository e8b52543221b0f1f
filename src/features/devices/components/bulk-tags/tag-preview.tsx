import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { count } from '@/lib/plural';
import { changeText, type BulkPlan, type DevicePlan } from '../../model/tag-diff';
import { DeviceListTable } from './device-list-table';

const deviceColumn = (multiRegion: boolean): TableProps.ColumnDefinition<DevicePlan> => ({
  id: 'device', header: 'Device', isRowHeader: true,
  cell: (p) => (multiRegion ? `${p.target.managedDeviceId} (${p.target.region})` : p.target.managedDeviceId),
});
const changesColumn: TableProps.ColumnDefinition<DevicePlan> = {
  id: 'changes', header: 'Changes',
  cell: (p) => (p.changes.length ? <SpaceBetween size="xxxs">{p.changes.map((c) => <span key={c.key}>{changeText(c)}</span>)}</SpaceBetween> : '-'),
};
const reasonColumn: TableProps.ColumnDefinition<DevicePlan> = { id: 'reason', header: 'Why', cell: (p) => p.reason ?? '-' };
const countColumn: TableProps.ColumnDefinition<DevicePlan> = { id: 'count', header: 'Tags before → after', cell: (p) => (p.before === undefined ? '-' : `${p.before} → ${p.after}`) };

interface Props {
  plan: BulkPlan;
  multiRegion: boolean;
  includeUnknown: boolean;
  onIncludeUnknown: (v: boolean) => void;
}

/** Per device, what the edit would do; devices that would break a limit or could not be checked are listed apart. */
export function TagPreview({ plan, multiRegion, includeUnknown, onIncludeUnknown }: Props) {
  const dev = deviceColumn(multiRegion);
  const send = plan.send.length;
  const parts = [`${count(send, 'device')} will change`];
  if (plan.unchanged.length) parts.push(`${count(plan.unchanged.length, 'device')} already as asked`);
  if (plan['over-limit'].length) parts.push(`${count(plan['over-limit'].length, 'device')} left out: over the tag limit`);
  if (plan.unknown.length) parts.push(`${count(plan.unknown.length, 'device')} could not be checked`);
  if (plan['no-arn'].length) parts.push(`${count(plan['no-arn'].length, 'device')} cannot be changed yet`);
  return (
    <SpaceBetween size="s">
      <div role="status"><Box variant="p">{parts.join('; ')}.</Box></div>
      {send > 0 && (
        <ExpandableSection headerText={`Will change (${send})`} defaultExpanded>
          <DeviceListTable label="Devices that will change" items={plan.send} columns={[dev, changesColumn, countColumn]} />
        </ExpandableSection>
      )}
      {plan['over-limit'].length > 0 && (
        <ExpandableSection headerText={`Left out: over the tag limit (${plan['over-limit'].length})`} defaultExpanded>
          <DeviceListTable label="Devices left out for the tag limit" items={plan['over-limit']} columns={[dev, reasonColumn, changesColumn]} />
        </ExpandableSection>
      )}
      {plan.unknown.length > 0 && (
        <ExpandableSection headerText={`Could not check (${plan.unknown.length})`} defaultExpanded>
          <SpaceBetween size="xs">
            <DeviceListTable label="Devices that could not be checked" items={plan.unknown} columns={[dev, reasonColumn]} />
            <Checkbox checked={includeUnknown} onChange={({ detail }) => onIncludeUnknown(detail.checked)}>
              Also change these {count(plan.unknown.length, 'device')}: the service applies the changes to whatever tags they have, and may refuse one that would pass the limit
            </Checkbox>
          </SpaceBetween>
        </ExpandableSection>
      )}
      {plan['no-arn'].length > 0 && (
        <ExpandableSection headerText={`Cannot be changed yet (${plan['no-arn'].length})`}>
          <DeviceListTable label="Devices that cannot be changed yet" items={plan['no-arn']} columns={[dev, reasonColumn]} />
        </ExpandableSection>
      )}
      {plan.unchanged.length > 0 && (
        <ExpandableSection headerText={`Already as asked (${plan.unchanged.length})`}>
          <DeviceListTable label="Devices already as asked" items={plan.unchanged} columns={[dev, changesColumn]} />
        </ExpandableSection>
      )}
    </SpaceBetween>
  );
}
