import { describe, expect, it } from 'vitest';
import { count, plural, sentence } from './plural';

describe('plural and count', () => {
  it('says 1 device, 0 and 2 devices, and irregular nouns right', () => {
    expect(count(1, 'device')).toBe('1 device');
    expect(count(0, 'device')).toBe('0 devices');
    expect(count(3000, 'device')).toBe('3,000 devices');
    expect(count(1, 'match')).toBe('1 match');
    expect(count(2, 'match')).toBe('2 matches');
    expect(plural('task', 1)).toBe('task');
  });
});

describe('sentence', () => {
  it('ends each part with one period, never two', () => {
    expect(sentence('Rate exceeded.', 'Wait a few seconds')).toBe('Rate exceeded. Wait a few seconds.');
    expect(sentence('Access denied', 'Ask your administrator.')).toBe('Access denied. Ask your administrator.');
    expect(sentence('Done!', undefined, '')).toBe('Done!');
  });
});
