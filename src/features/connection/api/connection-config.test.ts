import { describe, expect, it } from 'vitest';
import { configFromEnv, validateConfig, type ConfigCheck } from './connection-config';

const AUTH = {
  type: 'cognito',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEf123',
  userPoolClientId: '1example23456789abcdefghij',
  identityPoolId: 'us-east-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
  domain: 'https://fleet.auth.us-east-1.amazoncognito.com',
};

function problems(check: ConfigCheck): string[] {
  return check.ok ? [] : check.problems;
}

describe('validateConfig', () => {
  it('accepts the deployed shape and defaults the route to direct', () => {
    const full = validateConfig({ regions: ['us-west-2', 'eu-west-1'], apiRoute: 'same-origin', auth: AUTH });
    expect(full).toEqual({ ok: true, warnings: [], config: { regions: ['us-west-2', 'eu-west-1'], apiRoute: 'same-origin', endpointUrl: undefined, auth: AUTH } });
    const minimal = validateConfig({ regions: ['ap-southeast-3'] });
    expect(minimal.ok && minimal.config).toEqual({ regions: ['ap-southeast-3'], apiRoute: 'direct', endpointUrl: undefined, auth: undefined });
  });

  it('reads the viewer role name, and names a bad one', () => {
    const ok = validateConfig({ regions: ['us-west-2'], auth: { ...AUTH, viewerRoleName: 'SnowFleet-viewerRole' } });
    expect(ok.ok && ok.config.auth?.viewerRoleName).toBe('SnowFleet-viewerRole');
    expect(problems(validateConfig({ regions: ['us-west-2'], auth: { ...AUTH, viewerRoleName: 'no spaces allowed' } }))[0]).toContain('viewerRoleName must be an IAM role name');
  });

  it('names a bad region by its position', () => {
    expect(problems(validateConfig({ regions: ['us-west-2', 'us-west-22'] }))).toEqual(["regions[1] 'us-west-22' is not an AWS region name (like us-west-2)."]);
    expect(problems(validateConfig({ regions: ['US-WEST-2'] }))[0]).toContain("regions[0] 'US-WEST-2' is not an AWS region name");
    expect(problems(validateConfig({ regions: [42] }))[0]).toContain('regions[0] 42 is not an AWS region name');
    expect(problems(validateConfig({ regions: ['eu-west-1', 'eu-west-1'] }))).toEqual(["regions[1] 'eu-west-1' is listed twice."]);
  });

  it('accepts regions of other partitions and ones this build does not list', () => {
    for (const r of ['us-gov-west-1', 'cn-northwest-1', 'il-central-1', 'mx-central-1', 'ap-southeast-7', 'eusc-de-east-1']) {
      expect(validateConfig({ regions: [r] }).ok, r).toBe(true);
    }
  });

  it('explains missing, empty or mistyped regions', () => {
    expect(problems(validateConfig({}))).toEqual(['regions is missing: list the regions of your fleet, e.g. ["us-west-2"].']);
    expect(problems(validateConfig({ regions: [] }))).toEqual(['regions is empty: list at least one region, e.g. ["us-west-2"].']);
    expect(problems(validateConfig({ regions: 'us-west-2' }))[0]).toContain(`regions must be a list of region names, e.g. ["us-west-2"], not 'us-west-2'`);
  });

  it('rejects something that is not an object', () => {
    expect(problems(validateConfig(null))[0]).toMatch(/must be a JSON object/);
    expect(problems(validateConfig(['us-west-2']))[0]).toMatch(/must be a JSON object/);
  });

  it('checks the API route', () => {
    expect(problems(validateConfig({ regions: ['us-west-2'], apiRoute: 'proxy' }))).toEqual([`apiRoute 'proxy' must be "direct" or "same-origin".`]);
  });

  it('checks the endpoint URL and its route', () => {
    expect(problems(validateConfig({ regions: ['us-west-2'], endpointUrl: 'http://vpce.example.com' }))[0]).toContain('must start with https://');
    expect(problems(validateConfig({ regions: ['us-west-2'], endpointUrl: 'not a url' }))[0]).toContain("'not a url' is not a URL");
    expect(problems(validateConfig({ regions: ['us-west-2'], apiRoute: 'same-origin', endpointUrl: 'https://vpce.example.com' }))[0]).toContain('only works with apiRoute "direct"');
    const ok = validateConfig({ regions: ['us-west-2'], endpointUrl: 'https://vpce-1.snow-device-management.{region}.vpce.amazonaws.com' });
    expect(ok.ok && ok.config.endpointUrl).toBe('https://vpce-1.snow-device-management.{region}.vpce.amazonaws.com');
  });

  it('checks every Cognito id, and that they belong to the configured region', () => {
    const bad = validateConfig({
      regions: ['us-west-2'],
      auth: { ...AUTH, region: 'eu-west-1', userPoolId: 'pool', identityPoolId: 'us-east-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', domain: 'http://fleet.auth.eu-west-1.amazoncognito.com/login' },
    });
    expect(problems(bad)).toEqual([
      "auth.userPoolId 'pool' is not a user pool id (like us-east-1_AbCdEf123).",
      "auth.identityPoolId 'us-east-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d' belongs to us-east-1, but auth.region is eu-west-1.",
      "auth.domain 'http://fleet.auth.eu-west-1.amazoncognito.com/login' must be the https:// address of the managed login, like https://myfleet.auth.us-east-1.amazoncognito.com",
    ]);
    expect(problems(validateConfig({ regions: ['us-west-2'], auth: { ...AUTH, userPoolId: 'eu-west-1_Abc' } }))).toEqual([
      "auth.userPoolId 'eu-west-1_Abc' belongs to eu-west-1, but auth.region is us-east-1.",
    ]);
    expect(problems(validateConfig({ regions: ['us-west-2'], auth: { ...AUTH, type: 'saml' } }))[0]).toContain(`auth.type 'saml' is not supported`);
    const { identityPoolId: _dropped, ...withoutPool } = AUTH;
    expect(problems(validateConfig({ regions: ['us-west-2'], auth: withoutPool }))).toEqual(['auth.identityPoolId is missing.']);
    expect(problems(validateConfig({ regions: ['us-west-2'], auth: 'cognito' }))[0]).toContain('auth must be an object');
  });

  it('normalises the login domain to its origin', () => {
    const check = validateConfig({ regions: ['us-west-2'], auth: { ...AUTH, domain: 'https://fleet.auth.us-east-1.amazoncognito.com/' } });
    expect(check.ok && check.config.auth?.domain).toBe('https://fleet.auth.us-east-1.amazoncognito.com');
  });

  it('reports every problem at once and warns about unknown settings', () => {
    expect(problems(validateConfig({ regions: ['nowhere'], apiRoute: 'x', endpointUrl: 'ftp://x' }))).toHaveLength(3);
    const check = validateConfig({ regions: ['us-west-2'], region: 'us-east-1' });
    expect(check.ok && check.warnings).toEqual(["'region' is not a known setting and is ignored (known: regions, apiRoute, endpointUrl, auth, fleetSnapshot)."]);
  });

  it('reads the shared fleet snapshot settings and names each bad one', () => {
    const fleetSnapshot = { bucket: 'snowfleet-sitebucket-1a2b3c', region: 'us-west-2', prefix: 'fleet-snapshot/', intervalMinutes: 5 };
    const check = validateConfig({ regions: ['us-west-2'], fleetSnapshot });
    expect(check.ok && check.config.fleetSnapshot).toEqual(fleetSnapshot);
    expect(problems(validateConfig({ regions: ['us-west-2'], fleetSnapshot: { bucket: 'Bad_Bucket', region: 'west', prefix: '/abs', intervalMinutes: 0 } }))).toEqual([
      "fleetSnapshot.bucket 'Bad_Bucket' is not an S3 bucket name (lower-case letters, digits and hyphens).",
      "fleetSnapshot.region 'west' is not an AWS region name (like us-west-2).",
      'fleetSnapshot.prefix \'/abs\' must be a folder of the bucket ending in "/", like "fleet-snapshot/".',
      'fleetSnapshot.intervalMinutes 0 must be a whole number of minutes from 1 to 1440.',
    ]);
    expect(problems(validateConfig({ regions: ['us-west-2'], fleetSnapshot: 'yes' }))).toEqual(["fleetSnapshot must be an object with bucket, region, prefix and intervalMinutes, not 'yes'."]);
  });
});

describe('configFromEnv', () => {
  it('is undefined when no VITE_* setting is present', () => {
    expect(configFromEnv({ MODE: 'development' })).toBeUndefined();
  });
  it('reads comma-separated regions and the Cognito ids', () => {
    const check = configFromEnv({
      VITE_REGIONS: 'us-west-2, eu-west-1',
      VITE_API_ROUTE: 'direct',
      VITE_COGNITO_REGION: AUTH.region,
      VITE_COGNITO_USER_POOL_ID: AUTH.userPoolId,
      VITE_COGNITO_CLIENT_ID: AUTH.userPoolClientId,
      VITE_COGNITO_IDENTITY_POOL_ID: AUTH.identityPoolId,
      VITE_COGNITO_DOMAIN: AUTH.domain,
    });
    expect(check?.ok && check.config).toEqual({ regions: ['us-west-2', 'eu-west-1'], apiRoute: 'direct', endpointUrl: undefined, auth: AUTH });
  });
  it('names the variable to fix', () => {
    expect(problems(configFromEnv({ VITE_REGIONS: 'us-west-2,mars-1' })!)).toEqual(["VITE_REGIONS[1] 'mars-1' is not an AWS region name (like us-west-2)."]);
    expect(problems(configFromEnv({ VITE_COGNITO_REGION: 'us-east-1' })!)).toContain('VITE_REGIONS is missing: list the regions of your fleet, e.g. ["us-west-2"].');
    expect(problems(configFromEnv({ VITE_REGIONS: 'us-west-2', VITE_COGNITO_REGION: 'us-east-1' })!)).toContain('VITE_COGNITO_DOMAIN is missing.');
  });
});
