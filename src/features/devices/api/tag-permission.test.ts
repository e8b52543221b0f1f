import { describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/aws/connection';
import { viewerTagReason } from './tag-permission';

const connection = { id: 'c1', regions: ['us-west-2'], viewerRole: 'SnowFleet-viewerRole' } as unknown as Connection;

describe('tag changes refused up front for the viewer role', () => {
  it('names the role and the missing actions for a caller in the viewer role', () => {
    const reason = viewerTagReason(connection, 'arn:aws:sts::123456789012:assumed-role/SnowFleet-viewerRole/CognitoIdentityCredentials');
    expect(reason).toContain('viewer role (SnowFleet-viewerRole)');
    expect(reason).toContain('snow-device-management:TagResource');
  });

  it('says nothing for the operator role, an unknown caller or a deployment that names no viewer role', () => {
    expect(viewerTagReason(connection, 'arn:aws:sts::123456789012:assumed-role/SnowFleet-operatorRole/CognitoIdentityCredentials')).toBeUndefined();
    expect(viewerTagReason(connection, undefined)).toBeUndefined();
    expect(viewerTagReason(connection, 'arn:aws:iam::123456789012:user/SnowFleet-viewerRole')).toBeUndefined();
    expect(viewerTagReason({ ...connection, viewerRole: undefined }, 'arn:aws:sts::123456789012:assumed-role/SnowFleet-viewerRole/s')).toBeUndefined();
  });
});
