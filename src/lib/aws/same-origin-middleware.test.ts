import { ListDevicesCommand, SnowDeviceManagementClient } from '@aws-sdk/client-snow-device-management';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { sameOriginRoute } from './same-origin-middleware';

const CREDS = { accessKeyId: 'AKIDSAMEORIGINTEST01', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'token-1' };
const SERVICE_HOST = 'snow-device-management.eu-west-1.amazonaws.com';

/** A client whose transport records each request and answers from `statuses` in turn. */
function recordingClient(statuses: number[] = [200]) {
  const sent: HttpRequest[] = [];
  const client = new SnowDeviceManagementClient({
    region: 'eu-west-1',
    credentials: CREDS,
    maxAttempts: 3,
    retryMode: 'standard',
    requestHandler: {
      handle: async (request: HttpRequest) => {
        sent.push(request);
        const status = statuses[Math.min(sent.length - 1, statuses.length - 1)];
        const body = status === 200 ? '{"devices":[]}' : '{"message":"boom"}';
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (status !== 200) headers['x-amzn-errortype'] = 'InternalServerException';
        return { response: { statusCode: status, headers, body: new TextEncoder().encode(body) } };
      },
    },
  });
  client.middlewareStack.use(sameOriginRoute('eu-west-1', 'https://fleet.example.com'));
  return { client, sent };
}

function signingDate(request: HttpRequest): Date {
  const [, y, mo, d, h, mi, sec] = (/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(request.headers['x-amz-date'] ?? '') ?? []).map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, sec!));
}

/** Signs `request` again, as seen at `hostname` + `path`, and returns its Authorization header. */
async function resign(client: SnowDeviceManagementClient, request: HttpRequest, hostname: string, path: string, port?: number): Promise<string> {
  const signer = new SignatureV4({ credentials: CREDS, region: 'eu-west-1', service: 'snow-device-management', sha256: client.config.sha256 });
  const headers: Record<string, string> = { ...request.headers, host: port ? `${hostname}:${port}` : hostname };
  delete headers.authorization;
  const signed = await signer.sign({ ...request, protocol: 'https:', hostname, port, path, headers }, { signingDate: signingDate(request) });
  return signed.headers.authorization ?? '';
}

describe('same-origin API route', () => {
  it('sends to <origin>/sdm/<region>/<path> a request signed for the service host and path', async () => {
    const { client, sent } = recordingClient();
    await client.send(new ListDevicesCommand({ maxResults: 5 }));
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(`${request.protocol}//${request.hostname}${request.path}`).toBe('https://fleet.example.com/sdm/eu-west-1/managed-devices');
    expect(request.query).toEqual({ maxResults: '5' });
    // The signed host header still names the service (the browser will not send it).
    expect(request.headers.host).toBe(SERVICE_HOST);
    const authorization = request.headers.authorization;
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDSAMEORIGINTEST01\/\d{8}\/eu-west-1\/snow-device-management\/aws4_request, SignedHeaders=[^,]*\bhost\b/);
    // The signature is the one the service computes for its own host and un-prefixed path…
    expect(await resign(client, request, SERVICE_HOST, '/managed-devices')).toBe(authorization);
    // …and not one over what the browser actually addresses.
    expect(await resign(client, request, 'fleet.example.com', '/sdm/eu-west-1/managed-devices')).not.toBe(authorization);
    expect(await resign(client, request, SERVICE_HOST, '/sdm/eu-west-1/managed-devices')).not.toBe(authorization);
  });

  it('signs every retry for the service again, without prefixing the path twice', async () => {
    const { client, sent } = recordingClient([500, 200]);
    await client.send(new ListDevicesCommand({}));
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.hostname).toBe('fleet.example.com');
      expect(request.path).toBe('/sdm/eu-west-1/managed-devices');
      expect(await resign(client, request, SERVICE_HOST, '/managed-devices')).toBe(request.headers.authorization);
    }
  });

  it('keeps the page origin port and protocol (local preview on http)', async () => {
    const sent: HttpRequest[] = [];
    const client = new SnowDeviceManagementClient({
      region: 'us-west-2',
      credentials: CREDS,
      requestHandler: { handle: async (r: HttpRequest) => (sent.push(r), { response: { statusCode: 200, headers: {}, body: new TextEncoder().encode('{}') } }) },
    });
    client.middlewareStack.use(sameOriginRoute('us-west-2', 'http://127.0.0.1:4185'));
    await client.send(new ListDevicesCommand({}));
    expect([sent[0]?.protocol, sent[0]?.hostname, sent[0]?.port, sent[0]?.path]).toEqual(['http:', '127.0.0.1', 4185, '/sdm/us-west-2/managed-devices']);
  });
});
