import { realClock, type Clock } from './clock';
import { defaultScenario, type Scenario } from './scenario';
import { createTask } from './model/create-task';
import { canReturn, OPERATION_ERRORS, SimError } from './model/errors';
import { operations, type OpRequest } from './model/operations';
import { RegionState } from './model/region';
import { hashSeed, prng } from './model/random';
import type { Device, Task } from './model/types';
import { callerFromArn, makeRecord, requestParameters, responseElements, type TrailRecord } from './cloudtrail/records';
import { seedTrail } from './cloudtrail/seed';
import { createTrail } from './cloudtrail/trail';
import { DEFAULT_CALLER_ARN } from './sts';
import { deviceSummary, deviceView } from './model/views';

export type { Scenario } from './scenario';
export type { Clock } from './clock';

/** Counters for tests and the benchmark. */
export interface SimStats {
  requests: Record<string, number>;
  throttled: number;
  errors: number;
}

/** The mutable part of the service, saved by the browser worker so a reload keeps tasks. */
export interface SimState {
  regions: Record<string, { tasks: Task[]; tokens: [string, { hash: string; taskId: string }][]; devices: Partial<Device>[]; trail?: TrailRecord[] }>;
}

/** What the handler knows of a request beyond its parameters, for the CloudTrail record. */
export interface CallMeta {
  userAgent?: string;
  accessKeyId?: string;
}

/** Where the simulated caller's requests come from (a documentation address, RFC 5737). */
export const SIMULATED_SOURCE_IP = '198.51.100.10';
/** Recorded events the browser worker keeps per region across a reload. */
const TRAIL_KEPT = 300;

export interface SimResponse {
  status: number;
  body?: unknown;
  errorType?: string;
}

/** The well-known devices of a region's fleet (see fleet.ts `role`). */
export interface WellKnownDevices {
  compute: string;
  locked: string;
  offline: string;
  full: string;
  sparse: string;
}

export interface SimulatorOptions {
  scenario?: Partial<Scenario>;
  clock?: Clock;
}

const handlersOf: Record<string, (ctx: Parameters<(typeof operations)['ListDevices']>[0], req: OpRequest) => unknown> = { ...operations, CreateTask: createTask };
const MUTATING = new Set(['CreateTask', 'CancelTask', 'TagResource', 'UntagResource']);

/** An in-memory Snow Device Management service: one fleet per region, on a clock. */
export function createSimulator(options: SimulatorOptions = {}) {
  const clock = options.clock ?? realClock();
  let scenario: Scenario = { ...defaultScenario, ...options.scenario };
  let regions = new Map<string, RegionState>();
  let stats: SimStats = { requests: {}, throttled: 0, errors: 0 };
  const windows = new Map<string, number[]>();
  let faultRandom = prng(hashSeed(scenario.seed, 'faults'));
  const listeners = new Set<() => void>();
  const seededTaskIds = (name: string) => new Set(new RegionState(name, scenario.seed, scenario.devices, 0).tasks.map((t) => t.taskId));
  const trail = createTrail(clock, () => scenario, (name) => {
    const r = region(name);
    const ids = seededTaskIds(name);
    return seedTrail(scenario.seed, name, clock.now(), r.tasks.filter((t) => ids.has(t.taskId)), r.ids);
  });
  const caller = () => scenario.callerArn ?? DEFAULT_CALLER_ARN;

  /** CloudTrail's record of one SDM call, answered or refused. */
  function record(operation: string, regionName: string, req: OpRequest, res: SimResponse, meta: CallMeta = {}) {
    const body = res.body as { message?: string } | undefined;
    trail.record(makeRecord({
      operation, region: regionName, at: clock.now(),
      caller: callerFromArn(caller(), meta.accessKeyId ?? 'ASIASIMULATEDFLEET00'),
      sourceIp: SIMULATED_SOURCE_IP,
      userAgent: meta.userAgent ?? 'aws-sdk-js/3.523.0',
      requestParameters: requestParameters(req),
      responseElements: responseElements(operation, res.body),
      error: res.errorType ? { code: res.errorType, message: body?.message ?? res.errorType } : undefined,
    }));
  }

  function region(name: string): RegionState {
    let r = regions.get(name);
    if (!r) {
      r = new RegionState(name, scenario.seed, scenario.devices, clock.now());
      regions.set(name, r);
    }
    return r;
  }

  function fault(operation: string): SimError | undefined {
    const now = clock.now();
    // IAM refuses before the service runs: AccessDeniedException is one of the errors common
    // to every AWS action, so it comes even where an operation's model does not list it
    // (ListTagsForResource, TagResource, UntagResource).
    if (scenario.deny.includes(operation) && operation in OPERATION_ERRORS) {
      return new SimError('AccessDeniedException', `User is not authorized to perform: snow-device-management:${operation}`);
    }
    if (scenario.throttlePerSecond > 0 && canReturn(operation, 'ThrottlingException')) {
      const w = (windows.get(operation) ?? []).filter((t) => t > now - 1000);
      windows.set(operation, w);
      if (w.length >= scenario.throttlePerSecond) {
        stats.throttled++;
        return new SimError('ThrottlingException', 'Rate exceeded');
      }
      w.push(now);
    }
    const e = scenario.error;
    if (e && e.operation === operation && canReturn(operation, e.exception) && faultRandom() < e.rate) {
      return new SimError(e.exception, e.exception === 'InternalServerException' ? 'An internal error occurred. Try again.' : `Simulated ${e.exception}`);
    }
    return undefined;
  }

  const sim = {
    clock,
    get scenario() {
      return scenario;
    },
    /** Changes faults at once; a new size or seed builds new fleets. */
    setScenario(change: Partial<Scenario>) {
      const rebuild = (change.devices !== undefined && change.devices !== scenario.devices) || (change.seed !== undefined && change.seed !== scenario.seed);
      scenario = { ...scenario, ...change };
      faultRandom = prng(hashSeed(scenario.seed, 'faults', JSON.stringify(scenario.error ?? '')));
      if (rebuild) {
        regions = new Map();
        trail.reset();
      }
    },
    reset() {
      regions = new Map();
      trail.reset();
      windows.clear();
      sim.resetStats();
    },
    stats: (): SimStats => ({ requests: { ...stats.requests }, throttled: stats.throttled, errors: stats.errors }),
    /** Counts a request answered outside the SDM model (the simulated bucket's GetObject). */
    count(operation: string) {
      stats.requests[operation] = (stats.requests[operation] ?? 0) + 1;
    },
    resetStats() {
      stats = { requests: {}, throttled: 0, errors: 0 };
    },
    /** Answers one operation for a region and records it in the trail; never throws. */
    handle(operation: string, regionName: string, req: OpRequest, meta?: CallMeta): SimResponse {
      const res = sim.answer(operation, regionName, req);
      record(operation, regionName, req, res, meta);
      return res;
    },
    /** CloudTrail LookupEvents in a region (AWS JSON 1.1 body in, status and body out). */
    lookupEvents(regionName: string, input: Record<string, unknown>) {
      stats.requests.LookupEvents = (stats.requests.LookupEvents ?? 0) + 1;
      return trail.lookup(regionName, input, caller());
    },
    /** The trail's records of a region, oldest first (for tests). */
    trailRecords: (regionName = 'us-west-2') => trail.records(regionName),
    answer(operation: string, regionName: string, req: OpRequest): SimResponse {
      stats.requests[operation] = (stats.requests[operation] ?? 0) + 1;
      try {
        const injected = fault(operation);
        if (injected) throw injected;
        const state = region(regionName);
        state.advance(clock.now(), scenario.speed);
        const resolve = handlersOf[operation];
        if (!resolve) throw new Error(`No operation named ${operation}`);
        const body = resolve({ state, now: clock.now(), vanished: scenario.vanish }, req);
        if (MUTATING.has(operation)) listeners.forEach((l) => l());
        return { status: 200, body };
      } catch (error) {
        stats.errors++;
        const e = error instanceof SimError ? error : new SimError('InternalServerException', String(error));
        // An IAM refusal is common to every action; anything else the model does not list becomes an internal error.
        if (!canReturn(operation, e.type) && e.type !== 'AccessDeniedException') return { status: 500, errorType: 'InternalServerException', body: { message: e.message } };
        return { status: e.status, errorType: e.type, body: { message: e.message } };
      }
    },
    /** Called after every mutating request (the browser worker persists state then). */
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Inspection and control for tests.
    listTasks(regionName = 'us-west-2'): Task[] {
      const r = region(regionName);
      r.advance(clock.now(), scenario.speed);
      return r.tasks;
    },
    taskCount: (regionName = 'us-west-2') => region(regionName).tasks.length,
    device: (regionName: string, id: string) => region(regionName).find(id),
    devices: (regionName = 'us-west-2') => region(regionName).devices,
    /** The fleet as ListDevices and DescribeDevice answered at `at` (wire shapes), for the simulated shared snapshot; not counted as requests. */
    fleetAt(regionName: string, at: number) {
      const r = region(regionName);
      r.advance(clock.now(), scenario.speed);
      return r.devices.filter((d) => d.id !== scenario.vanish).map((d) => ({ summary: deviceSummary(d), detail: deviceView(d, at) }));
    },
    isFlaky: (regionName: string, id: string) => region(regionName).isFlaky(id),
    wellKnown(regionName = 'us-west-2'): WellKnownDevices {
      const r = region(regionName);
      return { compute: r.idAt(0), locked: r.idAt(1), offline: r.idAt(2), full: r.idAt(3), sparse: r.idAt(4) };
    },
    setDeviceOnline(regionName: string, id: string, online: boolean) {
      const d = region(regionName).device(id);
      d.offlineSince = online ? undefined : clock.now();
      region(regionName).dirty.add(id);
    },
    exportState(): SimState {
      const out: SimState = { regions: {} };
      for (const [name, r] of regions) {
        out.regions[name] = {
          tasks: r.tasks,
          tokens: [...r.tokens],
          devices: [...r.dirty].map((id) => {
            const d = r.device(id);
            return { id, state: d.state, tags: d.tags, offlineSince: d.offlineSince, unreachableFrom: d.unreachableFrom, unreachableUntil: d.unreachableUntil };
          }),
          trail: trail.recorded(name, TRAIL_KEPT),
        };
      }
      return out;
    },
    importState(saved: SimState) {
      for (const [name, s] of Object.entries(saved.regions)) {
        const r = new RegionState(name, scenario.seed, scenario.devices, clock.now(), false);
        for (const d of s.devices) {
          const dev = r.find(d.id!);
          if (dev) Object.assign(dev, d);
          if (dev) r.dirty.add(dev.id);
        }
        s.tasks.forEach((t) => r.addTask(t));
        s.tokens.forEach(([k, v]) => r.tokens.set(k, v));
        regions.set(name, r);
        if (s.trail?.length) trail.restore(name, s.trail);
      }
    },
  };
  return sim;
}

export type Simulator = ReturnType<typeof createSimulator>;
