import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { FleetStore } from './fleet-store';
// The simulator is loaded when the test runs, never by an import of src/ code.
const { simulatorFixture } = await import('../../../../mocks/test-utils');

const region = 'us-west-2';
const { sim } = simulatorFixture();
const sends = (name: string) => sim.stats().requests[name] ?? 0;

describe('the inventory fan-out against the simulated service', () => {
  describe('under a persistent InternalServerException', () => {
    it('describes a 60-device inventory with at most three sends per device', async () => {
      const connection = simulatedConnection([region], 'direct');
      sim.setScenario({ error: { operation: 'DescribeDevice', rate: 1, exception: 'InternalServerException' } });
      sim.resetStats();
      const store = new FleetStore(connection, new QueryClient(), { staleTime: 30_000, flushMs: 50, slowFlushMs: 100, listingPauseMs: 0 });
      store.start();
      await expect.poll(() => store.getSnapshot().rows.filter((r) => r.detailError).length, { timeout: 20_000, interval: 100 }).toBe(60);
      const rows = store.getSnapshot().rows;
      expect(rows).toHaveLength(60);
      expect(rows.every((r) => (r.detailError as { name?: string } | undefined)?.name === 'InternalServerException')).toBe(true);
      expect(sends('DescribeDevice')).toBe(180);
      store.dispose();
    }, 30_000);

  });
});
