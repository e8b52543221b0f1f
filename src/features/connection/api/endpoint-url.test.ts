import { describe, expect, it } from 'vitest';
import { administratorEndpoint, initialEndpointUrl } from './connection-choices';
import { validateConfig, type RuntimeConfig } from './connection-config';
import { endpointUrlProblem } from './endpoint-url';

const VPCE = 'vpce-0a1b2c3d4e5f67890-abcd1234';

describe('endpoint URLs typed in Settings', () => {
  it("accepts the service's regional, FIPS and VPC interface endpoints, in China too, with or without {region}", () => {
    for (const url of [
      'https://snow-device-management.us-east-1.amazonaws.com',
      'https://snow-device-management.{region}.amazonaws.com/',
      'https://snow-device-management-fips.us-gov-west-1.amazonaws.com',
      'https://snow-device-management-fips.{region}.amazonaws.com',
      `https://${VPCE}.snow-device-management.us-west-2.vpce.amazonaws.com`,
      `https://${VPCE}-us-west-2a.snow-device-management.us-west-2.vpce.amazonaws.com`,
      'https://vpce-0a1b2c3d-5e6f.snow-device-management.{region}.vpce.amazonaws.com',
      'https://snow-device-management.cn-north-1.amazonaws.com.cn',
      `https://${VPCE}.snow-device-management.cn-northwest-1.vpce.amazonaws.com.cn`,
    ]) {
      expect(endpointUrlProblem(url), url).toBeUndefined();
    }
  });

  it('refuses any other host, naming what is wrong', () => {
    const other = /is not an address of AWS Snow Device Management.*can only be set by your administrator/;
    expect(endpointUrlProblem('https://attacker.example')).toMatch(other);
    expect(endpointUrlProblem('https://snow-device-management.us-east-1.amazonaws.com.attacker.example')).toMatch(other);
    expect(endpointUrlProblem('https://attacker.example/snow-device-management.us-east-1.amazonaws.com')).toMatch(/must not have a path/);
    expect(endpointUrlProblem('https://{region}.attacker.example')).toMatch(other);
    expect(endpointUrlProblem('https://sts.us-east-1.amazonaws.com')).toMatch(other);
    expect(endpointUrlProblem('https://vpce-0a1b.ec2.us-east-1.vpce.amazonaws.com')).toMatch(other);
    expect(endpointUrlProblem(`https://${VPCE}.snow-device-management.us-east-1.amazonaws.com`)).toMatch(other);
    expect(endpointUrlProblem('https://snow-device-management.us-west-22.amazonaws.com')).toMatch(/'us-west-22' .* is not an AWS region name/);
    expect(endpointUrlProblem('https://snow-device-management.cn-north-1.amazonaws.com')).toBe('Endpoints in cn-north-1 end in amazonaws.com.cn.');
    expect(endpointUrlProblem('https://snow-device-management.us-east-1.amazonaws.com.cn')).toMatch(/Only the China regions/);
    expect(endpointUrlProblem('https://snow-device-management.us-east-1.amazonaws.com:8443')).toMatch(/must not name a port/);
    expect(endpointUrlProblem('http://snow-device-management.us-east-1.amazonaws.com')).toMatch(/must start with https:\/\//);
    expect(endpointUrlProblem('snow-device-management.us-east-1.amazonaws.com')).toMatch(/is not a URL/);
    expect(endpointUrlProblem('https://user:pw@snow-device-management.us-east-1.amazonaws.com')).toMatch(/user name or password/);
    expect(endpointUrlProblem('https://snow-device-management.us-east-1.amazonaws.com/?a=1')).toMatch(/query string/);
  });

  it('says when a fixed region does not serve every chosen region', () => {
    const fixed = 'https://snow-device-management-fips.us-east-1.amazonaws.com';
    expect(endpointUrlProblem(fixed, 'settings', ['us-east-1'])).toBeUndefined();
    expect(endpointUrlProblem(fixed, 'settings', ['us-east-1', 'us-west-2'])).toBe(
      'This endpoint serves us-east-1 only, but us-west-2 is chosen too: write {region} in place of the region, or choose us-east-1 alone.',
    );
    expect(endpointUrlProblem('https://snow-device-management-fips.{region}.amazonaws.com', 'settings', ['us-east-1', 'us-west-2'])).toBeUndefined();
  });
});

describe("the deployment's endpoint URL", () => {
  it('may name another https host, such as a proxy of its own', () => {
    expect(endpointUrlProblem('https://sdm-proxy.corp.example/v1', 'deployment')).toBeUndefined();
    const check = validateConfig({ regions: ['us-west-2'], endpointUrl: 'https://sdm-proxy.corp.example' });
    expect(check.ok && check.config.endpointUrl).toBe('https://sdm-proxy.corp.example');
    expect(endpointUrlProblem('http://sdm-proxy.corp.example', 'deployment')).toMatch(/must start with https:\/\//);
  });
});

describe('the endpoint in force', () => {
  const config = (endpointUrl?: string): RuntimeConfig => ({ regions: ['us-west-2'], apiRoute: 'direct', endpointUrl });
  const fips = 'https://snow-device-management-fips.{region}.amazonaws.com';

  it("is the administrator's when the deployment names another host, whatever was saved in the browser", () => {
    expect(administratorEndpoint(config('https://sdm-proxy.corp.example'))).toBe('https://sdm-proxy.corp.example');
    expect(initialEndpointUrl(config('https://sdm-proxy.corp.example'), { endpointUrl: fips })).toBe('https://sdm-proxy.corp.example');
  });

  it("is the operator's service address otherwise, and never a saved address of another host", () => {
    expect(administratorEndpoint(config(fips))).toBeUndefined();
    expect(initialEndpointUrl(config(), { endpointUrl: fips })).toBe(fips);
    expect(initialEndpointUrl(config(), { endpointUrl: 'https://attacker.example' })).toBeUndefined();
    expect(initialEndpointUrl(config(fips), { endpointUrl: 'https://attacker.example' })).toBe(fips);
  });
});
