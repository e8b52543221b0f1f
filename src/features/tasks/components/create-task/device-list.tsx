import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { count } from '@/lib/plural';
import type { DeviceNote } from '../../api/preflight';
import { useDeviceNames } from '../devices/use-device-facts';

interface Props<T extends DeviceNote> {
  devices: readonly T[];
  /** Names the list for screen readers: "Devices with running EC2 instances". */
  label: string;
  /** What to say after the device, e.g. "3 running". */
  detail?: (d: T) => string | undefined;
}

/** Every device of a finding (never a truncated list), with its Name tag when it has one; open at once when short. */
export function DeviceList<T extends DeviceNote>({ devices, label, detail }: Props<T>) {
  const regions = new Set(devices.map((d) => d.region)).size > 1;
  // A device that could not be described still has its name from the device list.
  const nameOf = useDeviceNames(useRequiredConnection());
  return (
    <ExpandableSection headerText={`Show ${devices.length === 1 ? 'the device' : `all ${count(devices.length, 'device')}`}`} defaultExpanded={devices.length <= 5} variant="footer">
      <ul aria-label={label} style={{ margin: 0, paddingInlineStart: 20 }}>
        {devices.map((d, i) => {
          const extra = detail?.(d);
          const name = d.name ?? nameOf(d);
          return (
            <li key={`${d.region}|${d.managedDeviceId}|${i}`}>
              <Box variant="span" fontWeight="bold">{d.managedDeviceId}</Box>
              {name && <> ({name})</>}
              {regions && <> in {d.region}</>}
              {extra && <>: {extra}</>}
            </li>
          );
        })}
      </ul>
    </ExpandableSection>
  );
}
