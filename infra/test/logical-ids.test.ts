import { describe, expect, it } from 'vitest';
import { groupRoleId, synth } from './helpers.js';

const { template } = synth({ regions: ['us-west-2', 'eu-west-1'] });

/** Logical ids of every resource of `type`, sorted. */
const idsOf = (type: string): string[] => Object.keys(template.findResources(type)).sort();

describe('logical ids', () => {
  // CloudFormation replaces a resource whose logical id changes: a new user pool (every user
  // lost), a domain that cannot take the prefix the old one holds, a new bucket, a new URL. These
  // are the ids stacks were first deployed with; moving a construct must not change them.
  it('of the resources holding state or identity are the ones deployed stacks have', () => {
    expect({
      bucket: idsOf('AWS::S3::Bucket'),
      bucketPolicy: idsOf('AWS::S3::BucketPolicy'),
      distribution: idsOf('AWS::CloudFront::Distribution'),
      userPool: idsOf('AWS::Cognito::UserPool'),
      domain: idsOf('AWS::Cognito::UserPoolDomain'),
      client: idsOf('AWS::Cognito::UserPoolClient'),
      groups: idsOf('AWS::Cognito::UserPoolGroup'),
      identityPool: idsOf('AWS::Cognito::IdentityPool'),
      roleAttachment: idsOf('AWS::Cognito::IdentityPoolRoleAttachment'),
      operatorRole: groupRoleId(template, 'operator'),
      viewerRole: groupRoleId(template, 'viewer'),
    }).toEqual({
      bucket: ['SiteBucket397A1860'],
      bucketPolicy: ['SiteBucketPolicy3AC1D0F8'],
      distribution: ['Distribution830FAC52'],
      userPool: ['UserPool6BA7E5F2'],
      domain: ['UserPoolDomainD0EA232A'],
      client: ['UserPoolWebClient4C9370B0'],
      groups: ['operatorGroup', 'viewerGroup'],
      identityPool: ['IdentityPoolEC8A1A0D'],
      roleAttachment: ['IdentityPoolDefaultRoleAttachmentD81AFC39'],
      operatorRole: 'operatorRoleF006D805',
      viewerRole: 'viewerRole91B8E0FB',
    });
  });
});
