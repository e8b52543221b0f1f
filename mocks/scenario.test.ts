import { describe, expect, it } from 'vitest';
import { tabScenario } from './scenario';

describe('tabScenario', () => {
  it("takes the tab's saved scenario, under what the address asks for", () => {
    expect(tabScenario('{"devices":12,"latencyMs":5}', '?sim-latency=80&sim-deny=ListTasks')).toEqual({ devices: 12, latencyMs: 80, deny: ['ListTasks'] });
    expect(tabScenario(null, '')).toEqual({});
  });

  it('drops a damaged saved scenario', () => {
    expect(tabScenario('{"devices":', '?sim-devices=3')).toEqual({ devices: 3 });
  });
});
