import { notFound } from './errors';
import { advanceDevice, settleTask } from './engine';
import { ACCOUNT_ID, deviceId, makeDevice, makeJobs } from './fleet';
import { chars, hashSeed, int, pick, prng } from './random';
import type { Device, Execution, Task } from './types';

/**
 * One region's service state: its fleet, tasks and executions. Devices, and even their ids,
 * are made when first read, so a 10,000-device fleet costs nothing until it is listed page
 * by page or described; every device is still the same one for the same seed.
 */
export class RegionState {
  private readonly idCache: (string | undefined)[];
  private readonly indexOf = new Map<string, number>();
  /** Whether every id is in indexOf (done on the first lookup of an id not made yet). */
  private indexed = false;
  private readonly built: (Device | undefined)[];
  private builtCount = 0;
  readonly jobs: string[];
  tasks: Task[] = [];
  readonly taskById = new Map<string, Task>();
  readonly tokens = new Map<string, { hash: string; taskId: string }>();
  /** Executions per device in creation order; only devices with unfinished work are active. */
  private readonly queues = new Map<string, Execution[]>();
  private readonly active = new Set<string>();
  private readonly execTask = new Map<Execution, Task>();
  /** Devices whose mutable fields changed (persisted by the browser worker). */
  readonly dirty = new Set<string>();

  constructor(
    readonly region: string,
    readonly seed: number,
    /** Devices in the fleet. */
    readonly size: number,
    private readonly createdAt: number,
    history = true,
  ) {
    this.jobs = makeJobs(seed, region);
    this.idCache = new Array<string | undefined>(size);
    this.built = new Array<Device | undefined>(size);
    if (history) this.seedHistory(createdAt);
  }

  /** The id of device `index`. */
  idAt(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`No device ${index} in a fleet of ${this.size}`);
    let id = this.idCache[index];
    if (id === undefined) {
      id = deviceId(this.seed, this.region, index);
      this.idCache[index] = id;
      this.indexOf.set(id, index);
    }
    return id;
  }

  /** Every device id, in fleet order (makes them all). */
  get ids(): string[] {
    for (let i = 0; i < this.size; i++) this.idAt(i);
    this.indexed = true;
    return this.idCache as string[];
  }

  /** The fleet position of a device id, if it is one of this region's. */
  indexOfId(id: string): number | undefined {
    const i = this.indexOf.get(id);
    if (i !== undefined || this.indexed) return i;
    void this.ids;
    return this.indexOf.get(id);
  }

  /** Device `index` of the fleet, built on first use. */
  deviceAt(index: number): Device {
    let d = this.built[index];
    if (!d) {
      d = makeDevice(this.seed, this.region, index, this.jobs, this.createdAt);
      this.built[index] = d;
      this.builtCount++;
    }
    return d;
  }

  /** The whole fleet (builds every device; listing and describing do not need this). */
  get devices(): Device[] {
    if (this.builtCount < this.size) for (let i = 0; i < this.size; i++) this.deviceAt(i);
    return this.built as Device[];
  }

  has(id: string): boolean {
    return this.indexOfId(id) !== undefined;
  }

  find(id: string): Device | undefined {
    const i = this.indexOfId(id);
    return i === undefined ? undefined : this.deviceAt(i);
  }

  device(id: string): Device {
    const d = this.find(id);
    if (!d) throw notFound(`No managed device with id ${id} in ${this.region}.`);
    return d;
  }

  task(id: string): Task {
    const t = this.taskById.get(id);
    if (!t) throw notFound(`No task with id ${id} in ${this.region}.`);
    return t;
  }

  newTaskId(): { taskId: string; taskArn: string } {
    let id: string;
    do id = `st-${chars(Math.random, 14)}`;
    while (this.taskById.has(id));
    return { taskId: id, taskArn: `arn:aws:snow-device-management:${this.region}:${ACCOUNT_ID}:task/${id}` };
  }

  addTask(task: Task): void {
    this.tasks.push(task);
    this.taskById.set(task.taskId, task);
    for (const e of task.executions) {
      this.execTask.set(e, task);
      const q = this.queues.get(e.managedDeviceId) ?? [];
      q.push(e);
      this.queues.set(e.managedDeviceId, q);
      if (task.state === 'IN_PROGRESS') this.active.add(e.managedDeviceId);
    }
  }

  /** Brings every unfinished execution and task forward to `now`. */
  advance(now: number, speed: number): void {
    const ctx = {
      speed,
      device: (id: string) => this.find(id),
      taskOf: (e: Execution) => this.execTask.get(e)!,
      isFlaky: (d: Device) => this.isFlaky(d.id),
    };
    const touched = new Set<Task>();
    for (const id of [...this.active]) {
      const device = this.find(id);
      const queue = this.queues.get(id) ?? [];
      if (device) {
        advanceDevice(ctx, device, queue, now);
        this.dirty.add(id);
      }
      for (const e of queue) touched.add(this.execTask.get(e)!);
      if (!device || queue.every((e) => !['QUEUED', 'IN_PROGRESS'].includes(e.state))) this.active.delete(id);
    }
    touched.forEach(settleTask);
  }

  /** About one device in sixteen fails every task, never the well-known first five. */
  isFlaky(id: string): boolean {
    const i = this.indexOfId(id);
    return i !== undefined && i >= 5 && hashSeed(id) % 16 === 0;
  }

  /** A small, finished task history so a new fleet does not look unused. */
  private seedHistory(now: number): void {
    if (this.size < 8) return;
    const r = prng(hashSeed(this.seed, this.region, 'history'));
    const ends = ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'FAILED', 'TIMED_OUT'] as const;
    for (let i = 0; i < 6; i++) {
      const createdAt = now - (6 - i) * 86_400_000 - int(r, 0, 3_600_000);
      const canceled = i === 2;
      // A device after the well-known five (as pick() over them would choose it).
      const targets = [...new Set(Array.from({ length: int(r, 1, 4) }, () => this.idAt(5 + Math.floor(r() * (this.size - 5)))))];
      const taskId = `st-${chars(r, 14)}`;
      const executions: Execution[] = targets.map((id, k) => {
        const state = canceled ? 'CANCELED' : pick(r, ends);
        const startedAt = canceled ? undefined : createdAt + 1000 + k * 5000;
        return { executionId: String(k + 1), managedDeviceId: id, state, queuedAt: createdAt, startedAt, lastUpdatedAt: (startedAt ?? createdAt) + 4000 };
      });
      const command = i % 2 === 0 ? 'reboot' : 'unlock';
      const tags: Record<string, string> = i >= 4 ? { 'snow-dashboard:operation': `op-seed-${this.region}`, 'snow-dashboard:command': command, 'snow-dashboard:batch': `${i - 3}/2` } : {};
      this.addTask({
        taskId, taskArn: `arn:aws:snow-device-management:${this.region}:${ACCOUNT_ID}:task/${taskId}`, region: this.region, command,
        description: i % 3 === 0 ? undefined : `Scheduled ${command} ${i}`, tags, targets,
        state: canceled ? 'CANCELED' : 'COMPLETED', createdAt, lastUpdatedAt: createdAt + 30_000, completedAt: createdAt + 30_000, executions,
      });
    }
  }
}
