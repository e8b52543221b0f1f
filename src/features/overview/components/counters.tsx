import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { equals } from '@/features/devices';
import { CAPACITY_THRESHOLDS } from '@/lib/rules/capacity';
import { onlineThresholdText } from '@/lib/rules/online';
import type { Figures } from '../api/aggregate';
import { COUNTER_FILTERS, overviewHref } from '../api/links';
import { CounterLink } from './counter-link';

const LOCK_STATES = ['Locked', 'Unlocked', 'Unlocking'];

interface Props {
  figures: Figures;
  region?: string;
  onlineThresholdMs: number;
  /** Says what the counts cover while only part of the fleet is described. */
  coverage?: string;
}

/** The fleet's KPI counters; each opens the inventory filtered to exactly the devices it counts. */
export function Counters({ figures: f, region, onlineThresholdMs, coverage }: Props) {
  const href = (key: keyof typeof COUNTER_FILTERS) => overviewHref(COUNTER_FILTERS[key], region);
  const threshold = onlineThresholdText(onlineThresholdMs);
  const states = [...new Set([...LOCK_STATES, ...f.states.keys()])];
  return (
    <Container header={<Header variant="h2" description={coverage}>Devices{region ? ` in ${region}` : ''}</Header>}>
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'Devices', value: <CounterLink region={region} value={f.total} href={href('devices')} /> },
          { label: `Online (within ${threshold})`, value: <CounterLink region={region} value={f.online} what="online" href={href('online')} /> },
          { label: `Offline (over ${threshold} or never)`, value: <CounterLink region={region} value={f.offline} what="offline" href={href('offline')} /> },
          { label: 'Installs in progress', value: <CounterLink region={region} value={f.installing} what="with an install in progress" href={href('installing')} /> },
          ...states.map((s) => ({
            label: s,
            value: <CounterLink region={region} value={f.states.get(s) ?? 0} what={s.toLowerCase()} href={overviewHref([equals('state', s)], region)} />,
          })),
          { label: `Storage over ${CAPACITY_THRESHOLDS.warning}\u00a0%`, value: <CounterLink region={region} value={f.overWarning} what={`with storage over ${CAPACITY_THRESHOLDS.warning} %`} href={href('overWarning')} /> },
          { label: `Storage over ${CAPACITY_THRESHOLDS.error}\u00a0%`, value: <CounterLink region={region} value={f.overError} what={`with storage over ${CAPACITY_THRESHOLDS.error} %`} href={href('overError')} /> },
          {
            label: 'Could not be described',
            value: <CounterLink region={region} value={f.failed} what="that could not be described" href={href('failed')} />,
          },
        ]}
      />
    </Container>
  );
}
