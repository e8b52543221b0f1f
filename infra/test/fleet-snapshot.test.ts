import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFleetSnapshot } from '../lib/context.js';
import { actionsOf, ACCOUNT, groupRoleId, type Json, onlyResource, resourcesOfType, type Statement, synth } from './helpers.js';

const REGIONS = ['us-west-2', 'eu-west-1'];
const on = synth({ regions: REGIONS, fleetSnapshotMinutes: 5 });
const off = synth({ regions: REGIONS });
const { template } = on;
const PREFIX_OBJECTS = { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['SiteBucket397A1860', 'Arn'] }, '/fleet-snapshot/*']] };

type Resources = Record<string, { Type: string; Properties?: Json }>;
const resourcesOf = (t: typeof template) => (t.toJSON() as { Resources: Resources }).Resources;

const snapshotFunction = (): [string, Json] => {
  const fns = resourcesOfType(template, 'AWS::Lambda::Function').filter(([, f]) => String(f.Description ?? '').includes('shared snapshot'));
  expect(fns).toHaveLength(1);
  return fns[0]!;
};
const roleIdOf = (fn: Json) => (fn.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

/** Every statement that applies to a role: inline policies and AWS::IAM::Policy resources attached to it. */
function statementsOfRole(roleId: string): Statement[] {
  const role = resourcesOf(template)[roleId]!.Properties!;
  const inline = ((role.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []).flatMap((p) => p.PolicyDocument.Statement);
  const attached = resourcesOfType(template, 'AWS::IAM::Policy')
    .filter(([, p]) => (p.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.PolicyDocument as { Statement: Statement[] }).Statement);
  return [...inline, ...attached];
}

describe('the fleetSnapshot option', () => {
  it('is whole minutes from 1 to 1440, or off', () => {
    expect(parseFleetSnapshot(undefined)).toBeUndefined();
    expect(parseFleetSnapshot('off')).toBeUndefined();
    expect(parseFleetSnapshot('5')).toBe(5);
    expect(parseFleetSnapshot(15)).toBe(15);
    for (const bad of ['0', '2.5', '-1', 'five', '1441', '5m']) expect(() => parseFleetSnapshot(bad)).toThrow(/context "fleetSnapshot" must be the minutes between snapshots/);
  });

  it('adds a schedule every 5 minutes invoking the snapshot function, with a role that may invoke only it', () => {
    const schedule = onlyResource(template, 'AWS::Scheduler::Schedule');
    expect(schedule.ScheduleExpression).toBe('rate(5 minutes)');
    expect(schedule.State).toBe('ENABLED');
    const [fnId] = snapshotFunction();
    const target = schedule.Target as { Arn: unknown; RoleArn: { 'Fn::GetAtt': [string, string] }; RetryPolicy: Json };
    expect(target.Arn).toEqual({ 'Fn::GetAtt': [fnId, 'Arn'] });
    expect(target.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: 300, MaximumRetryAttempts: 0 });
    const roleId = target.RoleArn['Fn::GetAtt'][0];
    const trust = (resourcesOf(template)[roleId]!.Properties!.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
    expect(trust.map((s) => s.Principal)).toEqual([{ Service: 'scheduler.amazonaws.com' }]);
    expect(statementsOfRole(roleId)).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [{ 'Fn::GetAtt': [fnId, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [fnId, 'Arn'] }, ':*']] }] },
    ]);
  });

  it('adds a Node 20 function told the bucket, prefix and regions, ending before the next run', () => {
    const [, fn] = snapshotFunction();
    expect(fn.Runtime).toBe('nodejs20.x');
    expect(fn.Handler).toBe('index.handler');
    expect(fn.Timeout).toBe(300);
    expect((fn.Environment as { Variables: Json }).Variables).toEqual({
      SNAPSHOT_BUCKET: { Ref: 'SiteBucket397A1860' },
      SNAPSHOT_BUCKET_REGION: 'us-west-2',
      SNAPSHOT_PREFIX: 'fleet-snapshot/',
      SNAPSHOT_REGIONS: 'us-west-2,eu-west-1',
      SNAPSHOT_MAX_RATE: '40',
    });
  });

  it("gives the function's role exactly ListDevices, DescribeDevice on the regions' devices, PutObject on the prefix, and its logs", () => {
    const [, fn] = snapshotFunction();
    const roleId = roleIdOf(fn);
    const role = resourcesOf(template)[roleId]!.Properties!;
    expect(role.ManagedPolicyArns).toBeUndefined();
    const statements = statementsOfRole(roleId);
    expect(statements.flatMap(actionsOf).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 's3:PutObject', 'snow-device-management:DescribeDevice', 'snow-device-management:ListDevices']);
    const by = (action: string) => statements.find((s) => actionsOf(s).includes(action))!;
    expect(by('snow-device-management:ListDevices')).toMatchObject({ Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': REGIONS } } });
    expect(by('snow-device-management:DescribeDevice').Resource).toEqual(
      REGIONS.map((r) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:snow-device-management:${r}:${ACCOUNT}:managed-device/*`]] })),
    );
    expect(by('s3:PutObject').Resource).toEqual(PREFIX_OBJECTS);
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
  });

  it('lets the viewer and operator roles read the snapshot prefix and nothing else of the bucket', () => {
    for (const group of ['viewer', 'operator']) {
      const s3 = statementsOfRole(groupRoleId(template, group)).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
      expect(s3).toEqual([{ Effect: 'Allow', Action: 's3:GetObject', Resource: PREFIX_OBJECTS }]);
    }
    const offS3 = ['viewer', 'operator'].flatMap((g) => {
      const role = resourcesOf(off.template)[groupRoleId(off.template, g)]!.Properties!;
      return JSON.stringify(role).match(/s3:/g) ?? [];
    });
    expect(offS3).toEqual([]);
  });

  it('keeps the prefix out of the distribution: CloudFront is denied it, and nothing in the bucket policy grants it publicly', () => {
    const statements = (onlyResource(template, 'AWS::S3::BucketPolicy').PolicyDocument as { Statement: Statement[] }).Statement;
    expect(statements).toContainEqual({ Sid: 'FleetSnapshotNotThroughCloudFront', Effect: 'Deny', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: PREFIX_OBJECTS });
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows.map((s) => s.Principal)).toEqual([{ Service: 'cloudfront.amazonaws.com' }]);
    const behaviors = ((onlyResource(template, 'AWS::CloudFront::Distribution').DistributionConfig as Json).CacheBehaviors as { PathPattern: string }[]).map((b) => b.PathPattern);
    expect(behaviors.some((p) => p.startsWith('/fleet-snapshot'))).toBe(false);
    expect(onlyResource(template, 'AWS::S3::Bucket').PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
  });

  it("lets the app's signed GetObject reach the bucket from the browser: CORS for GET/HEAD, the bucket in connect-src", () => {
    const cors = (onlyResource(template, 'AWS::S3::Bucket').CorsConfiguration as { CorsRules: Json[] }).CorsRules;
    expect(cors).toHaveLength(1);
    expect(cors[0]).toMatchObject({ AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: expect.arrayContaining(['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']) });
    for (const [, p] of resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy')) {
      const csp = JSON.stringify((p.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Json }).SecurityHeadersConfig);
      // connect-src 'self' … https://<bucket>.s3.<region>.amazonaws.com …
      expect(csp).toMatch(/connect-src 'self' [^;]*https:\/\/",\{"Fn::GetAtt":\["SiteBucket397A1860","RegionalDomainName"\]\}/);
    }
  });

  it('writes where the snapshot is into config.json', () => {
    const out = on.app.synth();
    const configs = findFiles(out.directory, 'config.json').map((f) => JSON.parse(readFileSync(f, 'utf8')) as Json);
    expect(configs).toHaveLength(1);
    expect(configs[0]!.fleetSnapshot).toMatchObject({ region: 'us-west-2', prefix: 'fleet-snapshot/', intervalMinutes: 5, bucket: expect.stringMatching(/marker/) });
  });
});

describe('without the option', () => {
  it('adds no schedule, no function, no snapshot policy, CORS or CSP entry', () => {
    expect(resourcesOfType(off.template, 'AWS::Scheduler::Schedule')).toEqual([]);
    expect(resourcesOfType(off.template, 'AWS::Lambda::Function')).toHaveLength(1); // the site deployment's
    expect(JSON.stringify(off.template.toJSON())).not.toMatch(/fleet-snapshot|CorsConfiguration|SNAPSHOT_|Scheduler/);
    // The CSP stays a plain string, naming no bucket.
    for (const [, p] of resourcesOfType(off.template, 'AWS::CloudFront::ResponseHeadersPolicy')) {
      expect(typeof ((p.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: { ContentSecurityPolicy: Json } }).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy)).toBe('string');
    }
  });

  it('changes only the bucket, its policy, the CSP headers and the config upload (and its role’s grant on the new upload) when it is on', () => {
    const a = resourcesOf(off.template);
    const b = resourcesOf(template);
    const added = Object.keys(b).filter((id) => !(id in a)).map((id) => b[id]!.Type).sort();
    expect(Object.keys(a).filter((id) => !(id in b))).toEqual([]);
    expect(added).toEqual(['AWS::IAM::Policy', 'AWS::IAM::Policy', 'AWS::IAM::Policy', 'AWS::IAM::Role', 'AWS::IAM::Role', 'AWS::Lambda::Function', 'AWS::Logs::LogGroup', 'AWS::Scheduler::Schedule']);
    const changed = Object.keys(a).filter((id) => JSON.stringify(a[id]) !== JSON.stringify(b[id])).map((id) => a[id]!.Type).sort();
    expect(changed).toEqual([
      'AWS::CloudFront::ResponseHeadersPolicy',
      'AWS::CloudFront::ResponseHeadersPolicy',
      'AWS::CloudFront::ResponseHeadersPolicy',
      'Custom::CDKBucketDeployment',
      'AWS::IAM::Policy',
      'AWS::S3::Bucket',
      'AWS::S3::BucketPolicy',
    ].sort());
  });
});

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return findFiles(path, name);
    return entry === name ? [path] : [];
  });
}
