import { describe, expect, it } from 'vitest';
import { vcpus } from './instances';

describe('EC2 instances', () => {
  it('counts vCPUs as cores times threads', () => {
    expect(vcpus({ coreCount: 4, threadsPerCore: 2 })).toBe(8);
    expect(vcpus({ coreCount: 2 })).toBe(2);
    expect(vcpus(undefined)).toBeUndefined();
  });
});
