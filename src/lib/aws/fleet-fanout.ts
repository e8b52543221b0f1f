/**
 * The fleet fan-out, shared by the browser's fleet store and the snapshot Lambda: every
 * device of a region listed to the last page, then one DescribeDevice per device. It sends
 * through whatever `FanoutSend` it is given (the browser's scheduleSdm, or `queueSender`
 * over a queue of the Lambda's own), so the rate bounds and the one retry policy of
 * request-queue.ts apply wherever it runs. Node-safe: no DOM, no connection store.
 */
import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';
import type { RequestQueue } from './request-queue';
import type { InputOf, OutputOf } from './sdm-commands';
import { queuedSdmCall, type QueuedCallOptions, type SdmClientLike } from './sdm-send';

export type FanoutCommand = 'ListDevices' | 'DescribeDevice';

/** Sends one of the fan-out's two commands in a region. */
export type FanoutSend = <N extends FanoutCommand>(region: string, name: N, input: InputOf<N>, options?: QueuedCallOptions) => Promise<OutputOf<N>>;

/** ListDevices' largest page. */
export const LIST_PAGE_SIZE = 100;

/** A `FanoutSend` over a request queue and one SDM client per region (lanes per region and command). */
export function queueSender(queue: RequestQueue, clientFor: (region: string) => SdmClientLike): FanoutSend {
  return (region, name, input, options) => queuedSdmCall(queue, () => clientFor(region), `${region}|${name}`, region, name, input, options);
}

export interface ListOptions {
  signal?: AbortSignal;
  /** Each page as it arrives, and whether more follow; the listing waits for a returned promise. */
  onPage?: (devices: DeviceSummary[], more: boolean) => void | Promise<void>;
}

/** Every device of a region: ListDevices followed to its last page. */
export async function listRegionDevices(send: FanoutSend, region: string, options: ListOptions = {}): Promise<DeviceSummary[]> {
  const all: DeviceSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await send(region, 'ListDevices', { maxResults: LIST_PAGE_SIZE, nextToken }, { signal: options.signal });
    const devices = (page.devices ?? []).filter((d) => d.managedDeviceId);
    all.push(...devices);
    nextToken = page.nextToken;
    await options.onPage?.(devices, nextToken !== undefined);
  } while (nextToken);
  return all;
}

/** One device after the fan-out: its summary, and its description or why there is none. */
export interface DescribedDevice {
  summary: DeviceSummary;
  detail?: DescribeDeviceOutput;
  /** When DescribeDevice answered (ms). */
  describedAt?: number;
  error?: { name: string; message: string };
}

export interface RegionFanout {
  region: string;
  /** When the listing finished (ms). */
  listedAt: number;
  devices: DescribedDevice[];
}

/**
 * Lists a region, then describes every device. All describes are queued at once: the queue
 * bounds how many are in flight and how fast they go, and retries what may succeed.
 */
export async function fanOutRegion(send: FanoutSend, region: string, options: { signal?: AbortSignal; now?: () => number } = {}): Promise<RegionFanout> {
  const now = options.now ?? Date.now;
  const summaries = await listRegionDevices(send, region, { signal: options.signal });
  const listedAt = now();
  const devices = await Promise.all(
    summaries.map(async (summary): Promise<DescribedDevice> => {
      try {
        const detail = await send(region, 'DescribeDevice', { managedDeviceId: summary.managedDeviceId }, { signal: options.signal });
        return { summary, detail, describedAt: now() };
      } catch (error) {
        const e = error as { name?: string; message?: string };
        if (e.name === 'AbortError') throw error;
        return { summary, error: { name: e.name ?? 'UnknownError', message: e.message ?? String(error) } };
      }
    }),
  );
  return { region, listedAt, devices };
}
