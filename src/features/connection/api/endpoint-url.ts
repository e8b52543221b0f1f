import { isRegionName } from './connection-regions';

/** Where an endpoint URL comes from: typed in Settings, or the deployment's configuration. */
export type EndpointSource = 'settings' | 'deployment';

const EXAMPLE = 'https://vpce-0a1b2c3d4e5f67890-abcd1234.snow-device-management.us-east-1.vpce.amazonaws.com';

// The addresses of Snow Device Management, in the AWS partitions (amazonaws.com) and in China
// (amazonaws.com.cn): the regional endpoint, its FIPS endpoint, and an interface VPC endpoint's
// regional or zonal DNS name (vpce-<id>-<suffix>[-<zone>].<service>.<region>.vpce.<domain>).
// The region label is a region name or the {region} placeholder.
const SERVICE_HOST = /^snow-device-management(?:-fips)?\.(\{region\}|[a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const VPC_ENDPOINT_HOST = /^vpce-[0-9a-f]{8,17}-[0-9a-z]{4,8}(?:-[a-z]{2}(?:-[a-z]+)+-\d[a-z])?\.snow-device-management\.(\{region\}|[a-z0-9-]+)\.vpce\.amazonaws\.com(\.cn)?$/;

const shown = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The host of a typed URL as written (URL parsing would turn `{region}` into something else). */
function rawHost(value: string): string {
  return (/^https:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '').toLowerCase();
}

/** Why the host is not one of Snow Device Management's, or the region it names. */
function awsHost(value: string): { region: string } | { problem: string } {
  const host = rawHost(value);
  const m = SERVICE_HOST.exec(host) ?? VPC_ENDPOINT_HOST.exec(host);
  if (!m) {
    return {
      problem:
        `'${shown(host)}' is not an address of AWS Snow Device Management. Enter its regional endpoint (https://snow-device-management.<region>.amazonaws.com), ` +
        'its FIPS endpoint (https://snow-device-management-fips.<region>.amazonaws.com) or a VPC interface endpoint of the service ' +
        `(${EXAMPLE}). Any other address can only be set by your administrator.`,
    };
  }
  const [, region = '', china] = m;
  if (region === '{region}') return { region };
  if (!isRegionName(region)) return { problem: `'${shown(region)}' in '${shown(host)}' is not an AWS region name (like us-east-1); write {region} to stand for each chosen region.` };
  if (region.startsWith('cn-') !== Boolean(china)) {
    return { problem: region.startsWith('cn-') ? `Endpoints in ${region} end in amazonaws.com.cn.` : `Only the China regions (cn-…) have endpoints ending in amazonaws.com.cn, not ${region}.` };
  }
  return { region };
}

/**
 * Why an endpoint URL cannot be used, or undefined when it can. `{region}` stands for each
 * chosen region, so one pattern can serve several regions. From Settings only Snow Device
 * Management's own hosts are accepted (and, when `regions` is given, a fixed region must be
 * the only one chosen); the deployment's configuration may name any https address.
 */
export function endpointUrlProblem(value: string, source: EndpointSource = 'settings', regions?: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(value.replaceAll('{region}', 'us-east-1'));
  } catch {
    return `'${shown(value)}' is not a URL. Enter an https:// address such as ${EXAMPLE}`;
  }
  if (url.protocol !== 'https:') return `'${shown(value)}' must start with https:// (AWS endpoints only answer over TLS).`;
  if (url.username || url.password) return `'${shown(value)}' must not contain a user name or password.`;
  if (url.search || url.hash) return `'${shown(value)}' must not have a query string or fragment.`;
  if (source === 'deployment') return undefined;
  if (url.port) return `'${shown(value)}' must not name a port: AWS endpoints answer on the https port.`;
  if (url.pathname !== '/') return `'${shown(value)}' must not have a path: the service answers at the root of its address.`;
  const host = awsHost(value);
  if ('problem' in host) return host.problem;
  const others = host.region === '{region}' ? [] : (regions ?? []).filter((r) => r !== host.region);
  if (others.length) return `This endpoint serves ${host.region} only, but ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} chosen too: write {region} in place of the region, or choose ${host.region} alone.`;
  return undefined;
}

/** True when an endpoint URL is one of Snow Device Management's own addresses. */
export function isServiceEndpoint(value: string): boolean {
  return endpointUrlProblem(value, 'settings') === undefined;
}
