import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { RouterLink } from '@/components/router-link';
import { deviceHref, nameOf, type FleetRow } from '@/features/devices';
import { count } from '@/lib/plural';
import type { Sample } from '../api/aggregate';

interface Props {
  title: string;
  sample: Sample;
  /** What each device shows beside its id (its last contact, its storage use). */
  fact: (row: FleetRow) => ReactNode;
  /** The inventory filtered to every device of the list. */
  allHref: string;
  what: string;
  none: string;
}

/** A short list of devices (the worst first) with a link to all of them in the inventory. */
export function DeviceList({ title, sample, fact, allHref, what, none }: Props) {
  return (
    <SpaceBetween size="xs">
      <Box variant="h3">{title}</Box>
      {sample.count === 0 ? (
        <Box color="text-body-secondary">{none}</Box>
      ) : (
        <>
          <ul aria-label={title} style={{ margin: 0, paddingInlineStart: 18 }}>
            {sample.rows.map((r) => (
              <li key={r.key}>
                <RouterLink href={deviceHref(r)}>{r.managedDeviceId}</RouterLink>
                {nameOf(r) ? ` (${nameOf(r)})` : ''}: {fact(r)}
              </li>
            ))}
          </ul>
          <RouterLink href={allHref} ariaLabel={`Show all ${count(sample.count, 'device')} ${what}`}>
            {sample.count > sample.rows.length ? `Show all ${count(sample.count, 'device')}` : `Show ${sample.count === 1 ? 'it' : 'them'} in the inventory`}
          </RouterLink>
        </>
      )}
    </SpaceBetween>
  );
}
