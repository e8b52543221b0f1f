import { createExternalStore, useExternalStore } from '@/lib/external-store';
import { localRecord } from '@/lib/local-record';

/**
 * Stopped operations the operator has acknowledged in this browser (Discard where the
 * devices not sent are not known here): they still read as stopped, without asking again.
 */
const record = localRecord<string[]>('snow-dashboard:acknowledged-stops', (raw) =>
  Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').slice(-200) : undefined,
);
const store = createExternalStore<ReadonlySet<string>>(new Set(record.load() ?? []));

/** Remembers that the operator acknowledged this operation's stop. */
export function acknowledgeStop(operationId: string): void {
  const next = new Set(store.get()).add(operationId);
  store.set(next);
  record.save([...next].slice(-200));
}

/** The acknowledged operations, as React state. */
export function useAcknowledgedStops(): ReadonlySet<string> {
  return useExternalStore(store);
}
