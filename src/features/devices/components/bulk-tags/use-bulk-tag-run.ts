import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { deviceKey, sendBulkTags, type DeviceOutcome } from '../../api/bulk-tags';
import type { DevicePlan } from '../../model/tag-diff';

export interface BulkRun {
  plans: readonly DevicePlan[];
  outcomes: ReadonlyMap<string, DeviceOutcome>;
  running: boolean;
  startedAt: number;
  endedAt?: number;
}

/** One bulk tag edit at a time: its devices, each one's outcome as it arrives, and a retry of the failed ones. */
export function useBulkTagRun(connection: Connection) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | undefined>();
  const start = useCallback((plans: readonly DevicePlan[]) => {
    setRun({ plans, outcomes: new Map(plans.map((p) => [deviceKey(p), { state: 'waiting' }])), running: true, startedAt: Date.now() });
    void sendBulkTags(connection, queryClient, plans, (key, outcome) =>
      setRun((r) => (r && r.plans === plans ? { ...r, outcomes: new Map(r.outcomes).set(key, outcome) } : r)),
    ).finally(() => setRun((r) => (r && r.plans === plans ? { ...r, running: false, endedAt: Date.now() } : r)));
  }, [connection, queryClient]);
  const retryFailed = useCallback(() => {
    if (!run || run.running) return;
    const again = run.plans.filter((p) => {
      const o = run.outcomes.get(deviceKey(p));
      return o?.state === 'failed' || o?.state === 'not-sent';
    });
    if (again.length) start(again);
  }, [run, start]);
  return { run, start, retryFailed, reset: () => setRun(undefined) };
}
