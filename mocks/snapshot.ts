/**
 * The simulated deployment's shared fleet snapshot: S3 GetObject on a simulated bucket,
 * answering the simulated fleet as the snapshot Lambda would have written it
 * `snapshotAgeMinutes` ago (scenario `sim-snapshot`), gzip-compressed, or NoSuchKey when the
 * scenario serves none. Built with the same format module as the Lambda.
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import type { FleetSnapshotSource } from '../src/lib/aws/connection';
import type { DescribedDevice } from '../src/lib/aws/fleet-fanout';
import { snapshotFile, snapshotKey, SNAPSHOT_PREFIX } from '../src/lib/aws/fleet-snapshot-format';
import type { Simulator } from './simulator';

export const SIMULATED_SNAPSHOT_SOURCE: FleetSnapshotSource = {
  bucket: 'snow-fleet-simulated-site',
  region: 'us-west-2',
  prefix: SNAPSHOT_PREFIX,
  intervalMinutes: 5,
};

/** Where the simulated snapshot is, when the scenario serves one. */
export function simulatedSnapshotSource(sim: Pick<Simulator, 'scenario'>): FleetSnapshotSource | undefined {
  return sim.scenario.snapshotAgeMinutes === undefined ? undefined : SIMULATED_SNAPSHOT_SOURCE;
}

const BUCKET_HOST = /^https:\/\/snow-fleet-simulated-site\.s3\.([a-z0-9-]+)\.amazonaws\.com\/([^?]*)/;
/** Any other S3 address: refused, never sent on to AWS from a dev or demo build. */
export const ANY_S3 = /^https:\/\/([a-z0-9.-]+\.)?s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?(\/.*)?$/;

const seconds = (v: unknown) => (typeof v === 'number' ? new Date(v * 1000) : undefined);

/** The region's snapshot file as the Lambda writes it, from the model at `writtenAt`. */
export function simulatedSnapshot(sim: Simulator, region: string, writtenAt: number) {
  const devices: DescribedDevice[] = sim.fleetAt(region, writtenAt).map(({ summary, detail }) => ({
    summary,
    detail: { ...detail, lastReachedOutAt: seconds(detail.lastReachedOutAt), lastUpdatedAt: seconds(detail.lastUpdatedAt) } as DescribedDevice['detail'],
    describedAt: writtenAt,
  }));
  return snapshotFile({ region, listedAt: writtenAt, devices }, writtenAt);
}

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

function s3Error(status: number, code: string, message: string): Response {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>sim</RequestId></Error>`;
  return new HttpResponse(body, { status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': 'sim' } });
}

/** S3 GetObject on the simulated site bucket; anything else for S3 is refused. */
export function snapshotHandlers(sim: Simulator): RequestHandler[] {
  return [
    http.get(BUCKET_HOST, async ({ request }) => {
      const key = decodeURIComponent(BUCKET_HOST.exec(request.url)?.[2] ?? '');
      const region = /^fleet-snapshot\/([a-z0-9-]+)\.json\.gz$/.exec(key)?.[1];
      sim.count('GetObject');
      const age = sim.scenario.snapshotAgeMinutes;
      if (age === undefined || !region || key !== snapshotKey(SNAPSHOT_PREFIX, region)) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
      const writtenAt = sim.clock.now() - age * 60_000;
      const body = await gzip(JSON.stringify(simulatedSnapshot(sim, region, writtenAt)));
      return new HttpResponse(body, {
        status: 200,
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'last-modified': new Date(writtenAt).toUTCString(), etag: '"sim"' },
      });
    }),
    http.all(BUCKET_HOST, () => s3Error(403, 'AccessDenied', 'The simulated site bucket answers GetObject only.')),
    http.all(ANY_S3, () => s3Error(403, 'AccessDenied', 'The simulated fleet does not answer this bucket; nothing was sent to AWS.')),
  ];
}
