import { gunzipSync } from 'node:zlib';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimServer } from '../../../mocks/node';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, parseSnapshotFile } from '../../../src/lib/aws/fleet-snapshot-format';
import { handler, settingsFromEnv, writeFleetSnapshots } from './handler';

const BUCKET = 'dashboard-site-bucket';
const REGIONS = ['us-west-2', 'eu-west-1'];
const { server, sim } = createSimServer({ scenario: { devices: 130 } });

interface Put {
  key: string;
  encoding: string | null;
  type: string | null;
  body: Buffer;
}
let puts: Put[] = [];

beforeAll(() => {
  // The SDK's default credential chain, as the Lambda's role gives it.
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
  vi.stubEnv('AWS_SESSION_TOKEN', 'token');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  puts = [];
  server.resetHandlers();
  sim.setScenario({ deny: [], error: undefined });
  sim.resetStats();
});
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
});

/** S3 PutObject on the site bucket, captured. */
function capturePuts() {
  server.use(
    http.put(new RegExp(`^https://${BUCKET}\\.s3\\.us-west-2\\.amazonaws\\.com/(.+)$`), async ({ request }) => {
      const url = new URL(request.url);
      puts.push({ key: decodeURIComponent(url.pathname.slice(1)), encoding: request.headers.get('content-encoding'), type: request.headers.get('content-type'), body: Buffer.from(await request.arrayBuffer()) });
      return new HttpResponse(null, { status: 200, headers: { etag: '"1"' } });
    }),
  );
}

const settings = { bucket: BUCKET, prefix: 'fleet-snapshot/', regions: REGIONS, bucketRegion: 'us-west-2', maxRate: 200 };

describe('the fleet snapshot Lambda against the simulator', () => {
  it('writes one gzip-compressed snapshot per region holding every simulated device, described', async () => {
    capturePuts();
    const results = await writeFleetSnapshots(settings);
    expect(results).toEqual(REGIONS.map((region) => ({ region, key: `fleet-snapshot/${region}.json.gz`, devices: 130, notDescribed: 0 })));
    expect(puts.map((p) => p.key).sort()).toEqual(['fleet-snapshot/eu-west-1.json.gz', 'fleet-snapshot/us-west-2.json.gz']);
    for (const put of puts) {
      const region = put.key.slice('fleet-snapshot/'.length, -'.json.gz'.length);
      expect(put.encoding).toBe('gzip');
      expect(put.type).toBe('application/json');
      const raw = JSON.parse(gunzipSync(put.body).toString('utf8')) as { format: string; version: number; devices: unknown[] };
      expect(raw.format).toBe(SNAPSHOT_FORMAT);
      expect(raw.version).toBe(SNAPSHOT_VERSION);
      const check = parseSnapshotFile(raw, region);
      if (!check.ok) throw new Error(check.problem);
      const ids = check.snapshot.devices.map((d) => d.summary.managedDeviceId).sort();
      expect(ids).toEqual(sim.devices(region).map((d) => d.id).sort());
      for (const d of check.snapshot.devices) {
        expect(d.detail?.managedDeviceId).toBe(d.summary.managedDeviceId);
        expect(d.detail?.deviceState).toBeTypeOf('string');
        expect(d.describedAt).toBeGreaterThanOrEqual(check.snapshot.listedAt);
      }
      expect(check.snapshot.writtenAt).toBeGreaterThanOrEqual(check.snapshot.listedAt);
    }
    // List to the last page (2 pages of 130) and one DescribeDevice per device, per region.
    expect(sim.stats().requests).toMatchObject({ ListDevices: 4, DescribeDevice: 260 });
  });

  it('retries a failing DescribeDevice as the one retry policy says, then keeps the device with its error', async () => {
    capturePuts();
    sim.setScenario({ error: { operation: 'DescribeDevice', rate: 1, exception: 'InternalServerException' } });
    const [result] = await writeFleetSnapshots({ ...settings, regions: ['us-west-2'] });
    expect(result).toEqual({ region: 'us-west-2', key: 'fleet-snapshot/us-west-2.json.gz', devices: 130, notDescribed: 130 });
    // At most three sends for one call (retry-policy.ts), no more.
    expect(sim.stats().requests.DescribeDevice).toBe(3 * 130);
    const check = parseSnapshotFile(JSON.parse(gunzipSync(puts[0]!.body).toString('utf8')), 'us-west-2');
    expect(check.ok && check.snapshot.devices.every((d) => !d.detail && d.error?.name === 'InternalServerException')).toBe(true);
  }, 60_000); // 390 sends at the queue's starting rate

  it('keeps a region that cannot be listed out of the run, and the run fails', async () => {
    capturePuts();
    sim.setScenario({ deny: ['ListDevices'] });
    vi.stubEnv('SNAPSHOT_BUCKET', BUCKET);
    vi.stubEnv('SNAPSHOT_PREFIX', 'fleet-snapshot/');
    vi.stubEnv('SNAPSHOT_REGIONS', 'us-west-2');
    vi.stubEnv('AWS_REGION', 'us-west-2');
    await expect(handler()).rejects.toThrow(/No snapshot written for us-west-2 \(AccessDeniedException/);
    expect(puts).toEqual([]);
  });

  it('refuses to run without its settings', () => {
    expect(() => settingsFromEnv({ SNAPSHOT_BUCKET: BUCKET, SNAPSHOT_PREFIX: 'fleet-snapshot/', AWS_REGION: 'us-west-2' })).toThrow(/SNAPSHOT_REGIONS/);
    expect(settingsFromEnv({ SNAPSHOT_BUCKET: BUCKET, SNAPSHOT_PREFIX: 'p/', SNAPSHOT_REGIONS: 'us-west-2, eu-west-1', AWS_REGION: 'us-east-1' })).toEqual({ bucket: BUCKET, prefix: 'p/', regions: REGIONS, bucketRegion: 'us-east-1', maxRate: 40 });
  });
});
