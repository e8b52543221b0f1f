import { describe, expect, it } from 'vitest';
import { OPERATOR_ACTIONS, TRAIL_ACTIONS, VIEWER_ACTIONS } from '../lib/permissions.js';
import {
  actionsOf,
  allStatements,
  authenticatedRoleId,
  deploymentRoleId,
  groupRoleId,
  type Json,
  onlyResource,
  onlyResourceId,
  resourcesOfType,
  roleStatements,
  synth,
} from './helpers.js';

const { template } = synth({ regions: ['us-west-2', 'eu-west-1'] });

const READ = [
  'ListDevices',
  'DescribeDevice',
  'ListDeviceResources',
  'DescribeDeviceEc2Instances',
  'ListTasks',
  'DescribeTask',
  'ListExecutions',
  'DescribeExecution',
  'ListTagsForResource',
].map((a) => `snow-device-management:${a}`);
const WRITE = ['CreateTask', 'CancelTask', 'TagResource', 'UntagResource'].map((a) => `snow-device-management:${a}`);
const TRAIL = ['cloudtrail:LookupEvents'];

describe('user pool', () => {
  it('has no self sign-up, email sign-in, optional TOTP MFA, strong passwords', () => {
    const pool = onlyResource(template, 'AWS::Cognito::UserPool');
    expect(pool.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(pool.UsernameAttributes).toEqual(['email']);
    expect(pool.MfaConfiguration).toBe('OPTIONAL');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect((pool.Policies as { PasswordPolicy: Json }).PasswordPolicy).toMatchObject({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
  });

  it('has a managed login domain with the configured prefix', () => {
    expect(onlyResource(template, 'AWS::Cognito::UserPoolDomain').Domain).toBe('snow-fleet-test');
  });

  it('has a public client: code flow (PKCE), no secret, callback = distribution URL', () => {
    const client = onlyResource(template, 'AWS::Cognito::UserPoolClient');
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(new Set(client.AllowedOAuthScopes as string[])).toEqual(new Set(['openid', 'email', 'profile']));
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
    const distributionUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [onlyResourceId(template, 'AWS::CloudFront::Distribution'), 'DomainName'] }, '/']] };
    expect(client.CallbackURLs).toEqual([distributionUrl]);
    expect(client.LogoutURLs).toEqual([distributionUrl]);
  });

  it('has exactly the operator and viewer groups, each carrying its role', () => {
    const groups = resourcesOfType(template, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g);
    expect(groups.map((g) => g.GroupName).sort()).toEqual(['operator', 'viewer']);
    for (const g of groups) {
      expect(g.RoleArn).toEqual({ 'Fn::GetAtt': [groupRoleId(template, String(g.GroupName)), 'Arn'] });
    }
  });
});

describe('identity pool', () => {
  it('allows no unauthenticated identities and trusts only the user pool client', () => {
    const pool = onlyResource(template, 'AWS::Cognito::IdentityPool');
    expect(pool.AllowUnauthenticatedIdentities).toBe(false);
    expect(pool.AllowClassicFlow).toBe(false);
    expect(pool.CognitoIdentityProviders).toHaveLength(1);
    expect(pool).not.toHaveProperty('SupportedLoginProviders');
  });

  it('maps roles from the token and denies ambiguous users', () => {
    const attachment = onlyResource(template, 'AWS::Cognito::IdentityPoolRoleAttachment');
    const mappings = Object.values(attachment.RoleMappings as Record<string, Json>);
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({ Type: 'Token', AmbiguousRoleResolution: 'Deny' });
    expect(JSON.stringify(mappings[0]!.IdentityProvider)).toContain(onlyResourceId(template, 'AWS::Cognito::UserPoolClient'));
    expect(Object.keys(attachment.Roles as Json)).toEqual(['authenticated']);
    // No role may be assumed by unauthenticated identities.
    for (const { where, statement } of allStatements(template)) {
      expect(JSON.stringify(statement.Condition ?? {}), where).not.toContain('unauthenticated');
    }
  });

  it('group roles trust only authenticated identities of this identity pool', () => {
    for (const group of ['operator', 'viewer']) {
      const roleId = groupRoleId(template, group);
      const [, role] = resourcesOfType(template, 'AWS::IAM::Role').find(([id]) => id === roleId)!;
      const trust = (role.AssumeRolePolicyDocument as { Statement: Json[] }).Statement;
      expect(trust).toEqual([
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRoleWithWebIdentity',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Condition: {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': { Ref: onlyResourceId(template, 'AWS::Cognito::IdentityPool') } },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
          },
        },
      ]);
    }
  });
});

describe('IAM', () => {
  const actionSet = (group: string): Set<string> => {
    const statements = roleStatements(template, groupRoleId(template, group));
    for (const s of statements) {
      expect(s.Effect).toBe('Allow');
      expect(s.Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': ['us-west-2', 'eu-west-1'] } });
    }
    return new Set(statements.flatMap(actionsOf));
  };

  it('the action lists in lib/permissions.ts are the dashboard calls', () => {
    expect(new Set(VIEWER_ACTIONS)).toEqual(new Set(READ));
    expect(new Set(OPERATOR_ACTIONS)).toEqual(new Set([...READ, ...WRITE]));
  });

  it('viewer gets exactly the 9 read actions and CloudTrail LookupEvents', () => {
    expect(actionSet('viewer')).toEqual(new Set([...READ, ...TRAIL]));
  });

  it('operator gets exactly the read actions plus the 4 write actions and CloudTrail LookupEvents', () => {
    expect(actionSet('operator')).toEqual(new Set([...READ, ...WRITE, ...TRAIL]));
  });

  it('CloudTrail: LookupEvents alone, on * (it has no resource type), in its own statement', () => {
    expect([...TRAIL_ACTIONS]).toEqual(TRAIL);
    for (const group of ['operator', 'viewer']) {
      const trail = roleStatements(template, groupRoleId(template, group)).filter((s) => actionsOf(s).some((a) => a.startsWith('cloudtrail:')));
      expect(trail).toHaveLength(1);
      expect(actionsOf(trail[0]!)).toEqual(TRAIL);
      expect(trail[0]!.Resource).toBe('*');
    }
    const everyCloudTrailAction = allStatements(template).flatMap(({ statement }) => actionsOf(statement)).filter((a) => a.startsWith('cloudtrail:'));
    expect(new Set(everyCloudTrailAction)).toEqual(new Set(TRAIL));
  });

  it('the default authenticated role grants nothing', () => {
    const role = authenticatedRoleId(template);
    expect(roleStatements(template, role)).toEqual([]);
    const policies = resourcesOfType(template, 'AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Roles).includes(role));
    expect(policies).toEqual([]);
  });

  it('no policy allows a wildcard action; the only Deny is enforceSSL', () => {
    const statements = allStatements(template);
    expect(statements.length).toBeGreaterThan(8);
    for (const { where, statement } of statements) {
      if (statement.Effect === 'Deny') {
        expect(statement.Condition, where).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
        continue;
      }
      for (const action of actionsOf(statement)) expect(action, where).not.toContain('*');
      expect(statement, where).not.toHaveProperty('NotAction');
    }
  });

  it('the deployment Lambda may only write the site bucket and read its own source zips', () => {
    const role = { Ref: deploymentRoleId(template) };
    const actions = resourcesOfType(template, 'AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p.Roles) === JSON.stringify([role]))
      .flatMap(([, p]) => (p.PolicyDocument as { Statement: { Action: string | string[] }[] }).Statement)
      .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(new Set(actions)).toEqual(new Set(['s3:PutObject', 's3:ListBucket', 's3:GetObject']));
    expect(resourcesOfType(template, 'AWS::IAM::Policy').map(([, p]) => p.Roles)).toEqual([[role]]);
  });
});
