import Box from '@cloudscape-design/components/box';
import { formatAbsolute } from '@/lib/format';
import { isFailedState } from '@/lib/rules/execution-states';
import { formatDuration, placeOnSpan, type TimelineEntry } from '../api/execution-times';

// Cloudscape's chart colours (design tokens), with this version's fallbacks: they follow light and dark mode.
const COLOR = {
  track: 'var(--color-background-progress-bar-default-34ibji, #ebebf0)',
  queued: 'var(--color-charts-status-neutral-l402tz, #8c8c94)',
  running: 'var(--color-charts-status-info-u1d8gu, #3184c2)',
  succeeded: 'var(--color-charts-status-positive-bijtpy, #67a353)',
  failed: 'var(--color-charts-status-high-36e4y0, #ba2e0f)',
  canceled: 'var(--color-charts-threshold-neutral-iz3odf, #656871)',
};

function runColor(state: string): string {
  if (state === 'IN_PROGRESS') return COLOR.running;
  if (state === 'SUCCEEDED') return COLOR.succeeded;
  if (isFailedState(state)) return COLOR.failed;
  return COLOR.canceled;
}

/** "Queued 2 min 5 s, ran 5 min 0 s"; "Queued 40 s, not started yet"; "Queued 3 s, running 1 min 2 s". */
export function timelineText(e: TimelineEntry, state: string): string {
  const { queuedAt, startedAt, endedAt } = e;
  if (queuedAt === undefined && startedAt === undefined) return 'Times not read yet';
  const queuedTo = startedAt ?? endedAt;
  const queued = queuedAt !== undefined && queuedTo !== undefined ? `Queued ${formatDuration(queuedTo - queuedAt)}` : 'Queued';
  if (startedAt === undefined) return `${queued}, ${e.live ? 'not started yet' : 'never started'}`;
  const ran = endedAt === undefined ? '' : formatDuration(endedAt - startedAt);
  return `${queued}, ${state === 'IN_PROGRESS' ? 'running' : 'ran'} ${ran}`.trim();
}

function hoverText(e: TimelineEntry): string {
  const at = (t: number | undefined) => (t === undefined ? undefined : formatAbsolute(new Date(t)));
  return [
    at(e.queuedAt) && `Queued ${at(e.queuedAt)}`,
    at(e.startedAt) && `started ${at(e.startedAt)}`,
    !e.live && at(e.endedAt) && `ended ${at(e.endedAt)}`,
  ].filter(Boolean).join(', ');
}

const bar = (left: number, width: number, background: string) => ({
  position: 'absolute' as const, insetBlock: 0, insetInlineStart: `${left}%`, inlineSize: `max(${width}%, 2px)`, background, borderRadius: 2,
});

/**
 * One execution drawn on the span all executions share: grey while queued, then coloured by
 * outcome while it ran, so a straggler stands out. The text under the bar says the same.
 */
export function TimelineBar({ entry, state, span }: { entry: TimelineEntry; state: string; span: { start: number; end: number } | undefined }) {
  const text = timelineText(entry, state);
  const { queuedAt, startedAt, endedAt } = entry;
  const queuedTo = startedAt ?? endedAt;
  const queued = span && queuedAt !== undefined && queuedTo !== undefined ? placeOnSpan(span, queuedAt, queuedTo) : undefined;
  const ran = span && startedAt !== undefined && endedAt !== undefined ? placeOnSpan(span, startedAt, endedAt) : undefined;
  return (
    <div title={hoverText(entry) || undefined}>
      <div aria-hidden="true" style={{ position: 'relative', blockSize: 8, background: COLOR.track, borderRadius: 2, marginBlock: 4 }}>
        {queued && <div style={bar(queued.left, queued.width, COLOR.queued)} />}
        {ran && <div style={bar(ran.left, ran.width, runColor(state))} />}
      </div>
      <Box variant="small">{text}</Box>
    </div>
  );
}
