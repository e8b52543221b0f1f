import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RouterLink } from '@/components/router-link';
import { count, plural } from '@/lib/plural';
import { onlineRuleText } from '@/lib/rules/online';
import { isPartial, type FleetSummary } from '../../model/fleet-summary';
import type { FilterToken } from '../../model/filter-rows';

const n = (x: number) => x.toLocaleString('en');

interface CountProps {
  label: string;
  value: number;
  token: FilterToken;
  onFilter: (t: FilterToken) => void;
  /** While only part of the fleet is described: how many the count covers. */
  of?: number;
}

function Count({ label, value, token, onFilter, of }: CountProps) {
  const partial = of === undefined ? '' : ` of ${n(of)} described`;
  return (
    <Button variant="inline-link" ariaLabel={`Show ${n(value)} ${label.toLowerCase()} ${plural('device', value)}${partial ? ` (${partial.trim()})` : ''}`} onClick={() => onFilter(token)}>
      {label}: {n(value)}{partial}
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

/** How much of the fleet the counts cover, when not all of it. */
function Coverage({ summary: s, listing }: { summary: FleetSummary; listing: boolean }) {
  const failed = s.failed > 0 ? `; ${count(s.failed, 'device')} could not be described (see the alert above)` : '';
  if (s.waiting > 0 || listing) {
    return (
      <StatusIndicator type="loading">
        Partial counts: {n(s.described)} of {count(s.total, 'device')} described so far{listing ? ', listing continues' : ''}{failed}.
      </StatusIndicator>
    );
  }
  return <StatusIndicator type="warning">Partial counts: {n(s.described)} of {count(s.total, 'device')} described{failed}.</StatusIndicator>;
}

const STATES = ['LOCKED', 'UNLOCKED', 'UNLOCKING'];

interface Props {
  summary: FleetSummary;
  /** A region is still being listed: the total may grow. */
  listing: boolean;
  onlineThresholdMs: number;
  onFilter: (t: FilterToken) => void;
}

/** Counts by status, state, type and installs; a click filters the table to that group. Partial counts say so. */
export function SummaryStrip({ summary, listing, onlineThresholdMs, onFilter }: Props) {
  const states = [...new Set([...STATES, ...summary.states.keys()])];
  const partial = isPartial(summary, listing);
  const of = partial ? summary.described : undefined;
  const common = { onFilter, of };
  return (
    <Container>
      <SpaceBetween size="s">
        <ColumnLayout columns={4} variant="text-grid">
          <Group title="Status">
            <Count label="Online" value={summary.online} token={{ propertyKey: 'status', operator: '=', value: 'Online' }} {...common} />
            <Count label="Offline" value={summary.offline} token={{ propertyKey: 'status', operator: '=', value: 'Offline' }} {...common} />
          </Group>
          <Group title="Lock state">
            {states.map((s) => (
              <Count key={s} label={s.charAt(0) + s.slice(1).toLowerCase()} value={summary.states.get(s) ?? 0} token={{ propertyKey: 'state', operator: '=', value: s }} {...common} />
            ))}
          </Group>
          <Group title="Device type">
            {summary.types.size === 0 ? (partial ? 'None described yet' : '-') : [...summary.types].sort().map(([t, v]) => (
              <Count key={t} label={t} value={v} token={{ propertyKey: 'type', operator: '=', value: t }} {...common} />
            ))}
          </Group>
          <Group title="Software">
            <Count label="Installs in progress" value={summary.installing} token={{ propertyKey: 'installing', operator: '=', value: 'Yes' }} {...common} />
          </Group>
        </ColumnLayout>
        {partial && summary.total > 0 && <Coverage summary={summary} listing={listing} />}
        <Box variant="small" color="text-body-secondary">
          {onlineRuleText(onlineThresholdMs)} <RouterLink href="/settings" variant="secondary" fontSize="body-s">Change the threshold in Settings</RouterLink>
        </Box>
      </SpaceBetween>
    </Container>
  );
}
