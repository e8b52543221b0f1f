import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import { defaultScenario } from '../scenario';
import type { TrailRecord } from './records';
import { createTrail } from './trail';

const rec = (id: string, at: number): TrailRecord => ({ eventID: id, eventTime: new Date(at).toISOString(), awsRegion: 'us-west-2', eventName: 'ListDevices', userIdentity: { type: 'AssumedRole' } } as unknown as TrailRecord);

describe('the simulated event history', () => {
  it('is seeded when first read, not on the first call, and keeps the calls made before', () => {
    const clock = manualClock();
    let seedings = 0;
    const trail = createTrail(clock, () => defaultScenario, () => {
      seedings++;
      return [rec('seeded-1', clock.now() - 60_000)];
    });
    trail.record(rec('call-1', clock.now()));
    trail.record(rec('call-2', clock.now() + 1));
    // What the browser worker keeps across a reload is the calls, and reading it seeds nothing.
    expect(trail.recorded('us-west-2', 10).map((r) => r.eventID)).toEqual(['call-1', 'call-2']);
    expect(seedings).toBe(0);
    expect(trail.records('us-west-2').map((r) => r.eventID)).toEqual(['seeded-1', 'call-1', 'call-2']);
    expect(seedings).toBe(1);
    trail.record(rec('call-3', clock.now() + 2));
    expect(trail.records('us-west-2').map((r) => r.eventID)).toEqual(['seeded-1', 'call-1', 'call-2', 'call-3']);
    expect(trail.recorded('us-west-2', 2).map((r) => r.eventID)).toEqual(['call-2', 'call-3']);
    expect(seedings).toBe(1);
  });
});
