import type { ReactNode } from 'react';

/**
 * Keeps an id, a name or a region on one line: they are single words with hyphens, and a
 * table cell must wrap between words, never inside one ("st-" over "pfl5fipdxmbs1k").
 */
export function Nowrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

/**
 * Text inside a Cloudscape part that may break a word anywhere (status indicators, progress
 * bar texts): it wraps between words, and only a word longer than the whole line is broken.
 */
export function Words({ children }: { children: ReactNode }) {
  return <span style={{ wordBreak: 'normal', overflowWrap: 'break-word' }}>{children}</span>;
}
