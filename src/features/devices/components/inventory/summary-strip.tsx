import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FleetSummary } from '../../model/fleet-summary';
import type { FilterToken } from '../../model/filter-rows';

function Count({ label, count, token, onFilter }: { label: string; count: number; token: FilterToken; onFilter: (t: FilterToken) => void }) {
  return (
    <Button variant="inline-link" ariaLabel={`Show ${count} ${label.toLowerCase()} devices`} onClick={() => onFilter(token)}>
      {label}: {count.toLocaleString('en')}
    </Button>
  );
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{title}</Box>
      <SpaceBetween direction="horizontal" size="s">{children}</SpaceBetween>
    </div>
  );
}

const STATES = ['LOCKED', 'UNLOCKED', 'UNLOCKING'];

/** Counts by status, state, type and installs; a click filters the table to that group. */
export function SummaryStrip({ summary, onFilter }: { summary: FleetSummary; onFilter: (t: FilterToken) => void }) {
  const states = [...new Set([...STATES, ...summary.states.keys()])];
  return (
    <Container>
      <ColumnLayout columns={4} variant="text-grid">
        <Group title="Status">
          <Count label="Online" count={summary.online} token={{ propertyKey: 'status', operator: '=', value: 'Online' }} onFilter={onFilter} />
          <Count label="Offline" count={summary.offline} token={{ propertyKey: 'status', operator: '=', value: 'Offline' }} onFilter={onFilter} />
        </Group>
        <Group title="Lock state">
          {states.map((s) => (
            <Count key={s} label={s.charAt(0) + s.slice(1).toLowerCase()} count={summary.states.get(s) ?? 0} token={{ propertyKey: 'state', operator: '=', value: s }} onFilter={onFilter} />
          ))}
        </Group>
        <Group title="Device type">
          {summary.types.size === 0 ? '-' : [...summary.types].sort().map(([t, n]) => (
            <Count key={t} label={t} count={n} token={{ propertyKey: 'type', operator: '=', value: t }} onFilter={onFilter} />
          ))}
        </Group>
        <Group title="Software">
          <Count label="Installs in progress" count={summary.installing} token={{ propertyKey: 'installing', operator: '=', value: 'Yes' }} onFilter={onFilter} />
        </Group>
      </ColumnLayout>
    </Container>
  );
}
