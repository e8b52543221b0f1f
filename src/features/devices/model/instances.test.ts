import { describe, expect, it } from 'vitest';
import { blockDevicesText, securityGroupsText, vcpus } from './instances';

describe('EC2 instances', () => {
  it('counts vCPUs as cores times threads', () => {
    expect(vcpus({ coreCount: 4, threadsPerCore: 2 })).toBe(8);
    expect(vcpus({ coreCount: 2 })).toBe(2);
    expect(vcpus(undefined)).toBeUndefined();
  });

  it('writes block devices and security groups out, nothing when there are none', () => {
    expect(blockDevicesText([{ deviceName: '/dev/sda', ebs: { volumeId: 's.vol-1', status: 'ATTACHED' } }, {}])).toBe('/dev/sda: s.vol-1 (attached), ?: ? (unknown)');
    expect(blockDevicesText([])).toBeUndefined();
    expect(securityGroupsText([{ groupName: 'default', groupId: 's.sg-1' }, { groupId: 's.sg-2' }])).toBe('default (s.sg-1), s.sg-2');
    expect(securityGroupsText([{}])).toBeUndefined();
  });
});
