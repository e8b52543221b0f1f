import {
  contactBandOf, DAY_MS, descriptionOf, DESCRIPTION_STATES, installing, installingVersionOf, onlineOf, stateLabelOf, storageBandOf, storagePercent,
  typeNameOf, versionOf, type ContactBand, type FleetRow, type RowContext, type StorageBand,
} from '@/features/devices';
import { CAPACITY_THRESHOLDS } from '@/lib/rules/capacity';
import { AGGREGATE_MEASURE, measureSince } from './timing';

/** A count and the first few rows of it (the worst first), for a short list. */
export interface Sample {
  count: number;
  rows: FleetRow[];
}

/**
 * What the overview shows of one part of the fleet (all of it, or one region). Every count
 * comes from the same row functions the inventory's filter properties use, so a link's count
 * and the inventory's filtered count agree.
 */
export interface Figures {
  /** Rows listed. */
  total: number;
  /** Rows with a description: what the counts below cover. */
  described: number;
  /** Rows whose latest DescribeDevice failed (with or without an earlier description). */
  failed: number;
  /** Rows not described yet. */
  waiting: number;
  online: number;
  offline: number;
  /** Lock state by label ("Locked"). */
  states: Map<string, number>;
  installing: number;
  /** Storage over the capacity rule's warning (80 %) and error (95 %) levels. */
  overWarning: number;
  overError: number;
  /** Devices by installed version, and by version being installed. */
  versions: Map<string, number>;
  installingVersions: Map<string, number>;
  /** Devices by product name. */
  types: Map<string, number>;
  storageBands: Map<StorageBand, number>;
  contactBands: Map<ContactBand, number>;
  /** Offline and last reached out more than a day ago: the longest first. */
  offlineOverDay: Sample;
  /** Storage over 95 %: the fullest first. */
  full: Sample;
  /** The oldest and newest description the figures rest on (ms). */
  oldestAt?: number;
  newestAt?: number;
}

export interface Overview {
  all: Figures;
  /** Per region, in the order regions first appear in the rows. */
  regions: Map<string, Figures>;
}

/** Rows kept per short list. */
export const SAMPLE_SIZE = 5;

function emptyFigures(): Figures {
  return {
    total: 0, described: 0, failed: 0, waiting: 0, online: 0, offline: 0, states: new Map(), installing: 0, overWarning: 0, overError: 0,
    versions: new Map(), installingVersions: new Map(), types: new Map(), storageBands: new Map(), contactBands: new Map(),
    offlineOverDay: { count: 0, rows: [] }, full: { count: 0, rows: [] },
  };
}

const bump = <K>(m: Map<K, number>, k: K | undefined) => {
  if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
};

/** Adds a row to a short list kept sorted by `score` (highest first), at most SAMPLE_SIZE long. */
function keep(sample: Sample, row: FleetRow, score: number, scores: WeakMap<Sample, number[]>) {
  sample.count++;
  let kept = scores.get(sample);
  if (!kept) scores.set(sample, (kept = []));
  const rows = sample.rows;
  if (rows.length === SAMPLE_SIZE && score <= kept[kept.length - 1]!) return;
  let i = rows.length;
  while (i > 0 && kept[i - 1]! < score) i--;
  rows.splice(i, 0, row);
  kept.splice(i, 0, score);
  if (rows.length > SAMPLE_SIZE) {
    rows.pop();
    kept.pop();
  }
}

/** What a row shows that does not depend on the clock. */
interface Facts {
  description: string;
  state?: string;
  installing: boolean;
  storage?: number;
  version?: string;
  installingTo?: string;
  type?: string;
  storageBand?: StorageBand;
}

// Rows are replaced, never mutated (FleetRows): a row's facts are worked out once, and a new
// snapshot costs only the rows that changed plus the clock-dependent facts of each row.
const factsCache = new WeakMap<FleetRow, Facts>();

function factsOf(row: FleetRow): Facts {
  let f = factsCache.get(row);
  if (!f) {
    f = {
      description: descriptionOf(row), state: stateLabelOf(row), installing: installing(row), storage: storagePercent(row), version: versionOf(row),
      installingTo: installingVersionOf(row), type: typeNameOf(row), storageBand: storageBandOf(row),
    };
    factsCache.set(row, f);
  }
  return f;
}

/** The facts of one row, added to the fleet's and its region's figures. */
function add(targets: readonly Figures[], row: FleetRow, ctx: RowContext, scores: WeakMap<Sample, number[]>) {
  const facts = factsOf(row);
  for (const f of targets) {
    f.total++;
    if (facts.description === DESCRIPTION_STATES.failed) f.failed++;
  }
  const detail = row.detail;
  if (!detail) {
    if (facts.description === DESCRIPTION_STATES.waiting) for (const f of targets) f.waiting++;
    return;
  }
  const online = onlineOf(row, ctx);
  const contactBand = contactBandOf(row, ctx);
  const { state, storage, version, installingTo, type, storageBand } = facts;
  const reached = detail.lastReachedOutAt?.getTime();
  // As the inventory's filter "Status = Offline, Last contact < 1d" reads it.
  const offlineOverDay = online === 'Offline' && reached !== undefined && reached < ctx.now - DAY_MS;
  const at = row.detailAt;
  for (const f of targets) {
    f.described++;
    if (online === 'Online') f.online++;
    else if (online === 'Offline') f.offline++;
    bump(f.states, state);
    if (facts.installing) f.installing++;
    // As the inventory's number filter "Storage used > 80" compares.
    if (storage !== undefined && storage > CAPACITY_THRESHOLDS.warning) f.overWarning++;
    if (storage !== undefined && storage > CAPACITY_THRESHOLDS.error) {
      f.overError++;
      keep(f.full, row, storage, scores);
    }
    bump(f.versions, version);
    bump(f.installingVersions, installingTo);
    bump(f.types, type);
    bump(f.storageBands, storageBand);
    bump(f.contactBands, contactBand);
    if (offlineOverDay) keep(f.offlineOverDay, row, ctx.now - reached, scores);
    if (at !== undefined) {
      if (f.oldestAt === undefined || at < f.oldestAt) f.oldestAt = at;
      if (f.newestAt === undefined || at > f.newestAt) f.newestAt = at;
    }
  }
}

/** The overview's figures in one pass over the rows: the whole fleet and each region. */
export function aggregate(rows: readonly FleetRow[], ctx: RowContext): Overview {
  const all = emptyFigures();
  const regions = new Map<string, Figures>();
  const scores = new WeakMap<Sample, number[]>();
  for (const row of rows) {
    let region = regions.get(row.region);
    if (!region) regions.set(row.region, (region = emptyFigures()));
    add([all, region], row, ctx, scores);
  }
  return { all, regions };
}

const memo = new WeakMap<readonly FleetRow[], { now: number; threshold: number; overview: Overview }>();

/**
 * aggregate, memoised per snapshot: a snapshot's rows array is new on every publication and
 * never changes, so the figures are computed once per snapshot and clock tick.
 */
export function overviewOf(rows: readonly FleetRow[], ctx: RowContext): Overview {
  const hit = memo.get(rows);
  if (hit && hit.now === ctx.now && hit.threshold === ctx.onlineThresholdMs) return hit.overview;
  const start = performance.now();
  const overview = aggregate(rows, ctx);
  measureSince(AGGREGATE_MEASURE, start);
  memo.set(rows, { now: ctx.now, threshold: ctx.onlineThresholdMs, overview });
  return overview;
}

/** Whether the figures cover only part of the fleet: devices not described, or a region still listing. */
export function isPartial(f: Figures, listing: boolean): boolean {
  return listing || f.described < f.total;
}
