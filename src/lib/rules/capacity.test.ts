import { describe, expect, it } from 'vitest';
import { capacityLevel, totalUsedPercent, usedAmount, usedPercent } from './capacity';

describe('capacity usage', () => {
  it('takes used when reported, else total minus available, within 0..total', () => {
    expect(usedAmount({ total: 100, used: 81, available: 1 })).toBe(81);
    expect(usedAmount({ total: 100, available: 4 })).toBe(96);
    expect(usedAmount({ total: 100, used: 130 })).toBe(100);
    expect(usedAmount({ total: 100, available: 120 })).toBe(0);
    expect(usedAmount({ total: 100 })).toBeUndefined();
    expect(usedAmount({ total: 0, used: 0 })).toBeUndefined();
  });

  it('gives one capacity in percent, unrounded', () => {
    expect(usedPercent({ total: 100, used: 81 })).toBe(81);
    expect(usedPercent({ total: 3, used: 1 })).toBeCloseTo(33.333, 3);
    expect(usedPercent({ total: 0, used: 0 })).toBeUndefined();
  });

  it('adds capacities up to one percentage with one decimal, skipping the unknown', () => {
    expect(totalUsedPercent([{ total: 1000, used: 100 }, { total: 2000, available: 1000 }])).toBe(36.7);
    expect(totalUsedPercent([{ total: 0 }, { total: 400, used: 100 }, { total: 600 }])).toBe(25);
    expect(totalUsedPercent([{ total: 0 }])).toBeUndefined();
    expect(totalUsedPercent([])).toBeUndefined();
  });

  it('warns above 80 % and errs above 95 %', () => {
    expect([undefined, 79, 80, 81, 95, 95.1, 96].map(capacityLevel)).toEqual(['ok', 'ok', 'ok', 'warning', 'warning', 'error', 'error']);
  });
});
