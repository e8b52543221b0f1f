import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from '../lib/constructs/response-headers.js';
import { type Json, onlyResource, onlyResourceId, pathPatternRegExp, PREFIX, resourcesOfType, synth } from './helpers.js';

const { template } = synth({ regions: ['us-west-2', 'eu-west-1'] });

interface Behavior {
  PathPattern?: string;
  ViewerProtocolPolicy: string;
  Compress: boolean;
  CachePolicyId: unknown;
  OriginRequestPolicyId?: unknown;
  ResponseHeadersPolicyId: { Ref: string };
  TargetOriginId: string;
  AllowedMethods?: string[];
  FunctionAssociations?: { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[];
}
const config = onlyResource(template, 'AWS::CloudFront::Distribution').DistributionConfig as {
  DefaultCacheBehavior: Behavior;
  CacheBehaviors: Behavior[];
  Origins: (Json & { Id: string; DomainName: unknown })[];
  DefaultRootObject: string;
  CustomErrorResponses?: unknown;
};
const behaviors = [...config.CacheBehaviors, config.DefaultCacheBehavior];

/** The behaviour CloudFront picks for a path: first matching pattern, else the default. */
const behaviorFor = (path: string): Behavior =>
  config.CacheBehaviors.find((b) => pathPatternRegExp(b.PathPattern!).test(path)) ?? config.DefaultCacheBehavior;

const resource = (logicalId: string): Json =>
  (template.toJSON() as { Resources: Record<string, { Properties: Json }> }).Resources[logicalId]!.Properties;
const cachePolicy = (b: Behavior): Json => (resource((b.CachePolicyId as { Ref: string }).Ref).CachePolicyConfig as Json);
const headersPolicy = (b: Behavior): Json =>
  resource(b.ResponseHeadersPolicyId.Ref).ResponseHeadersPolicyConfig as Json;
const cacheControlHeader = (b: Behavior): string | undefined =>
  ((headersPolicy(b).CustomHeadersConfig as { Items: { Header: string; Value: string }[] }).Items.find(
    (h) => h.Header.toLowerCase() === 'cache-control',
  ) ?? undefined)?.Value;

describe('bucket', () => {
  it('is private, encrypted and TLS-only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    expect(resourcesOfType(template, 'AWS::S3::Bucket')).toHaveLength(1);
    const bucket = onlyResource(template, 'AWS::S3::Bucket');
    expect(bucket).not.toHaveProperty('WebsiteConfiguration');
    expect(bucket).not.toHaveProperty('AccessControl');
  });

  it('is readable only by this distribution through OAC', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    const statements = (onlyResource(template, 'AWS::S3::BucketPolicy').PolicyDocument as { Statement: Json[] }).Statement;
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Action: 's3:GetObject',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
    });
    expect(JSON.stringify(allows[0]!.Condition)).toContain(onlyResourceId(template, 'AWS::CloudFront::Distribution'));
    // enforceSSL: the only Deny.
    expect(statements.filter((s) => s.Effect === 'Deny')).toEqual([
      expect.objectContaining({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
    const s3Origin = config.Origins.find((o) => 'S3OriginConfig' in o)!;
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
  });
});

describe('distribution', () => {
  it('redirects to HTTPS and compresses on every behaviour', () => {
    expect(behaviors.length).toBeGreaterThanOrEqual(4);
    for (const b of behaviors) {
      expect(b.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(b.Compress).toBe(true);
    }
  });

  it('answers client-side routes with a viewer-request function, not error responses', () => {
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultRootObject).toBe('index.html');
    const assoc = config.DefaultCacheBehavior.FunctionAssociations!;
    expect(assoc).toHaveLength(1);
    expect(assoc[0]!.EventType).toBe('viewer-request');
    const fn = resource(assoc[0]!.FunctionARN['Fn::GetAtt'][0]);
    expect(fn.FunctionCode).toContain("request.uri = '/index.html'");
    expect((fn.FunctionConfig as Json).Runtime).toBe('cloudfront-js-2.0');
  });

  it('caches hashed /assets/* for a year, immutable', () => {
    const b = behaviorFor('/assets/index-abc123.js');
    expect(b.PathPattern).toBe('/assets/*');
    expect(cachePolicy(b)).toMatchObject({ MinTTL: 31536000, DefaultTTL: 31536000, MaxTTL: 31536000 });
    expect(cacheControlHeader(b)).toBe('public, max-age=31536000, immutable');
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: 'assets/',
      SystemMetadata: { 'cache-control': CACHE_CONTROL.immutable },
    });
  });

  it.each(['/index.html', '/config.json', '/', '/devices/smd-1'])('does not cache %s', (path) => {
    const b = behaviorFor(path);
    expect(b).toBe(config.DefaultCacheBehavior);
    expect(cachePolicy(b)).toMatchObject({ MinTTL: 0, DefaultTTL: 0 });
    expect(cacheControlHeader(b)).toBe('no-cache');
  });

  it('deploys index.html and config.json with Cache-Control no-cache', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: Match.absent(),
      SystemMetadata: { 'cache-control': 'no-cache' },
      Prune: false,
    });
  });
});

describe('response headers', () => {
  const policies = resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy').map(
    ([, p]) => (p.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Json }).SecurityHeadersConfig,
  );
  const csp = (policies[0]!.ContentSecurityPolicy as { ContentSecurityPolicy: string }).ContentSecurityPolicy;
  const directive = (name: string): string[] => {
    const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
    if (!found) throw new Error(`no ${name} in CSP`);
    return found.slice(1);
  };

  it('every behaviour has a policy with the same security headers', () => {
    expect(policies.length).toBe(3);
    for (const b of behaviors) expect(b.ResponseHeadersPolicyId).toBeDefined();
    for (const p of policies) expect(p).toEqual(policies[0]);
  });

  it('sends a strict CSP', () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive('img-src')).toEqual(["'self'", 'data:']);
    expect(directive('font-src')).toEqual(["'self'", 'data:']);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    const domain = `https://${PREFIX}.auth.us-west-2.amazoncognito.com`;
    expect(directive('form-action')).toEqual(["'self'", domain]);
    expect(directive('connect-src').sort()).toEqual(
      [
        "'self'",
        'https://snow-device-management.us-west-2.amazonaws.com',
        'https://snow-device-management.eu-west-1.amazonaws.com',
        'https://cloudtrail.us-west-2.amazonaws.com',
        'https://cloudtrail.eu-west-1.amazonaws.com',
        'https://cognito-identity.us-west-2.amazonaws.com',
        'https://cognito-idp.us-west-2.amazonaws.com',
        'https://sts.us-west-2.amazonaws.com',
        'https://sts.eu-west-1.amazonaws.com',
        domain,
      ].sort(),
    );
    expect(csp).not.toContain('*');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('sends HSTS, nosniff, DENY and a strict referrer policy', () => {
    expect(policies[0]).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Preload: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
    });
  });
});

describe('same-origin API route', () => {
  const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
  const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

  it.each(['us-west-2', 'eu-west-1'])('has a behaviour for %s', (region) => {
    const b = behaviorFor(`/sdm/${region}/managed-devices`);
    expect(b.PathPattern).toBe(`/sdm/${region}/*`);
    const origin = config.Origins.find((o) => o.Id === b.TargetOriginId)!;
    expect(origin.DomainName).toBe(`snow-device-management.${region}.amazonaws.com`);
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(origin).not.toHaveProperty('OriginAccessControlId');
    expect(b.CachePolicyId).toBe(CACHING_DISABLED);
    expect(b.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    expect(new Set(b.AllowedMethods)).toEqual(new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']));
    expect(b.FunctionAssociations).toHaveLength(1);
    expect(b.FunctionAssociations![0]!.EventType).toBe('viewer-request');
    const fn = resource(b.FunctionAssociations![0]!.FunctionARN['Fn::GetAtt'][0]);
    expect(fn.FunctionCode).toContain('/^\\/(?:sdm|cloudtrail)\\/');
    expect((fn.FunctionConfig as Json).Runtime).toBe('cloudfront-js-2.0');
    expect(cacheControlHeader(b)).toBe('no-store');
  });

  it.each(['us-west-2', 'eu-west-1'])('has a CloudTrail behaviour for %s, as for the SDM route', (region) => {
    const b = behaviorFor(`/cloudtrail/${region}/`);
    expect(b.PathPattern).toBe(`/cloudtrail/${region}/*`);
    const origin = config.Origins.find((o) => o.Id === b.TargetOriginId)!;
    expect(origin.DomainName).toBe(`cloudtrail.${region}.amazonaws.com`);
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(b.CachePolicyId).toBe(CACHING_DISABLED);
    expect(b.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    expect(b.AllowedMethods).toContain('POST');
    expect(b.FunctionAssociations).toHaveLength(1);
    expect(b.FunctionAssociations![0]!.FunctionARN).toEqual(behaviorFor(`/sdm/${region}/managed-devices`).FunctionAssociations![0]!.FunctionARN);
    expect(cacheControlHeader(b)).toBe('no-store');
  });

  it('has exactly one CloudTrail behaviour per region', () => {
    expect(config.CacheBehaviors.map((b) => b.PathPattern).filter((p) => p!.startsWith('/cloudtrail/'))).toEqual(['/cloudtrail/us-west-2/*', '/cloudtrail/eu-west-1/*']);
    expect(behaviorFor('/cloudtrail/ap-south-1/')).toBe(config.DefaultCacheBehavior);
  });

  it('has exactly one API behaviour per region', () => {
    expect(config.CacheBehaviors.map((b) => b.PathPattern).filter((p) => p!.startsWith('/sdm/'))).toEqual([
      '/sdm/us-west-2/*',
      '/sdm/eu-west-1/*',
    ]);
    expect(behaviorFor('/sdm/ap-south-1/managed-devices')).toBe(config.DefaultCacheBehavior);
  });
});
