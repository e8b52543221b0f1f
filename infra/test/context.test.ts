import { describe, expect, it } from 'vitest';
import { optionsFromContext, parseApiRoute, parseDomainPrefix, parseRegions } from '../lib/context.js';
import { buildContentSecurityPolicy } from '../lib/csp.js';

describe('context parsing', () => {
  it('defaults regions to us-west-2 and accepts lists, JSON and comma strings', () => {
    expect(parseRegions(undefined)).toEqual(['us-west-2']);
    expect(parseRegions(['us-west-2', 'eu-west-1'])).toEqual(['us-west-2', 'eu-west-1']);
    expect(parseRegions('["ap-southeast-2"]')).toEqual(['ap-southeast-2']);
    expect(parseRegions('us-east-1, us-gov-west-1,us-east-1')).toEqual(['us-east-1', 'us-gov-west-1']);
  });

  it('rejects things that are not region names (they end up in CSP and origins)', () => {
    for (const bad of ['', [], ['*'], ['us-west-2.evil.com'], ['US-WEST-2'], ['https://x']]) {
      expect(() => parseRegions(bad)).toThrow();
    }
  });

  it('apiRoute defaults to same-origin and accepts only the two routes', () => {
    expect(parseApiRoute(undefined)).toBe('same-origin');
    expect(parseApiRoute('direct')).toBe('direct');
    expect(() => parseApiRoute('proxy')).toThrow(/apiRoute/);
  });

  it('validates the Cognito domain prefix', () => {
    expect(parseDomainPrefix(undefined)).toBeUndefined();
    expect(parseDomainPrefix('snow-fleet-42')).toBe('snow-fleet-42');
    for (const bad of ['Snow', 'my-aws-fleet', 'cognito-x', '-x', 'a_b']) expect(() => parseDomainPrefix(bad)).toThrow();
  });

  it('builds options from a context getter', () => {
    const ctx: Record<string, unknown> = { regions: 'eu-west-1', apiRoute: 'direct', cognitoDomainPrefix: 'fleet' };
    expect(optionsFromContext((k) => ctx[k], '/dist')).toEqual({
      regions: ['eu-west-1'],
      apiRoute: 'direct',
      cognitoDomainPrefix: 'fleet',
      distDir: '/dist',
      endpointUrl: undefined,
    });
  });
});

describe('buildContentSecurityPolicy', () => {
  it('adds a custom endpoint origin to connect-src only', () => {
    const csp = buildContentSecurityPolicy({
      regions: ['us-west-2'],
      cognitoRegion: 'us-west-2',
      cognitoDomain: 'https://p.auth.us-west-2.amazoncognito.com',
      endpointOrigin: 'https://sdm.example.com',
    });
    const connect = csp.split('; ').find((d) => d.startsWith('connect-src '))!;
    expect(connect).toContain(' https://sdm.example.com');
    expect(csp.match(/sdm\.example\.com/g)).toHaveLength(1);
  });
});
