import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { count, plural } from '@/lib/plural';
import { codeLabel } from '@/lib/rules/device-types';
import { onlineRuleText } from '@/lib/rules/online';
import { isPartial, type FleetSummary } from '../../model/fleet-summary';
import type { FilterToken } from '../../model/filter-rows';
import { useMediaQuery, WIDE } from '../use-media-query';

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
      {/* One count per line: a count's text growing (partial to complete) never re-wraps the strip. */}
      <SpaceBetween direction="vertical" size="xxxs">{children}</SpaceBetween>
    </div>
  );
}

/**
 * How much of the fleet the counts cover. Always one line, from the first paint on, so the
 * table below does not move as the fleet is listed and described.
 */
function Coverage({ summary: s, listing }: { summary: FleetSummary; listing: boolean }) {
  const failed = s.failed > 0 ? `; ${count(s.failed, 'device')} could not be described (see the alert above)` : '';
  if (s.total === 0) {
    return listing
      ? <StatusIndicator type="loading">Listing devices: the counts follow as they are described.</StatusIndicator>
      : <StatusIndicator type="info">No devices to count.</StatusIndicator>;
  }
  if (!isPartial(s, listing)) return <StatusIndicator type="success">Counts cover all {count(s.total, 'device')}.</StatusIndicator>;
  if (s.waiting > 0 || listing) {
    return (
      <StatusIndicator type="loading">
        Partial counts: {n(s.described)} of {count(s.total, 'device')} described so far{listing ? ', listing continues' : ''}{failed}.
      </StatusIndicator>
    );
  }
  return <StatusIndicator type="warning">Partial counts: {n(s.described)} of {count(s.total, 'device')} described{failed}.</StatusIndicator>;
}

/** While rows from this browser's cache are shown: how many, and how old the cached listing is. */
export interface CachedCounts {
  rows: number;
  listedAt?: number;
}

function FromCache({ cached, total }: { cached: CachedCounts; total: number }) {
  return (
    <StatusIndicator type="loading">
      Counts include {n(cached.rows)} of {count(total, 'device')} as this browser cached them
      {cached.listedAt ? <> (listed <RelativeTime date={new Date(cached.listedAt)} />)</> : null}; refreshing.
    </StatusIndicator>
  );
}

const STATES = ['LOCKED', 'UNLOCKED', 'UNLOCKING'];


/** "52 online, 8 offline, 10 locked, 3 installs in progress": the strip in one line. */
function oneLine(s: FleetSummary, partial: boolean, cached: boolean): string {
  const parts = [`${n(s.online)} online`, `${n(s.offline)} offline`, `${n(s.states.get('LOCKED') ?? 0)} locked`, `${count(s.installing, 'install')} in progress`];
  return `${parts.join(', ')}${partial ? ` (partial: ${n(s.described)} of ${n(s.total)} described)` : ''}${cached ? ' (partly from the cache, refreshing)' : ''}`;
}

interface Props {
  summary: FleetSummary;
  /** A region is still being listed: the total may grow. */
  listing: boolean;
  onlineThresholdMs: number;
  onFilter: (t: FilterToken) => void;
  /** Rows from this browser's cache are on screen. */
  cached?: CachedCounts;
}

/**
 * Counts by status, lock state and installs; a click filters the table to that group. Its
 * layout is the same from the first paint to the last describe (a fixed set of groups and one
 * coverage line), so the table below it never moves while the fleet fills in; the counts by
 * device type, a list as long as the fleet's types, are on the overview.
 */
export function SummaryStrip({ summary, listing, onlineThresholdMs, onFilter, cached }: Props) {
  const states = [...new Set([...STATES, ...summary.states.keys()])];
  const partial = isPartial(summary, listing);
  const of = partial ? summary.described : undefined;
  const common = { onFilter, of };
  // Below 1280 px the strip folds into one line that opens on demand, leaving room for the table.
  const wide = useMediaQuery(WIDE);
  const body = (
    <SpaceBetween size="s">
      <ColumnLayout columns={3} variant="text-grid">
        <Group title="Status">
          <Count label="Online" value={summary.online} token={{ propertyKey: 'status', operator: '=', value: 'Online' }} {...common} />
          <Count label="Offline" value={summary.offline} token={{ propertyKey: 'status', operator: '=', value: 'Offline' }} {...common} />
        </Group>
        <Group title="Lock state">
          {states.map((s) => {
            const label = codeLabel(s) ?? s;
            return <Count key={s} label={label} value={summary.states.get(s) ?? 0} token={{ propertyKey: 'state', operator: '=', value: label }} {...common} />;
          })}
        </Group>
        <Group title="Software">
          <Count label="Installs in progress" value={summary.installing} token={{ propertyKey: 'installing', operator: '=', value: 'Yes' }} {...common} />
        </Group>
      </ColumnLayout>
      {/* One line whatever the fleet's state: the cache's while its rows are refreshed, else the coverage. */}
      {cached && cached.rows > 0 ? <FromCache cached={cached} total={summary.total} /> : <Coverage summary={summary} listing={listing} />}
      <Box variant="small" color="text-body-secondary">
        {onlineRuleText(onlineThresholdMs)} <RouterLink href="/settings" variant="secondary" fontSize="body-s">Change the threshold in Settings</RouterLink>.
        {' '}Counts by device type and software version: <RouterLink href="/" variant="secondary" fontSize="body-s">Overview</RouterLink>.
      </Box>
    </SpaceBetween>
  );
  if (wide) return <Container>{body}</Container>;
  return (
    <ExpandableSection variant="container" headerText="Fleet summary" headerDescription={oneLine(summary, partial, (cached?.rows ?? 0) > 0)}>
      {body}
    </ExpandableSection>
  );
}
