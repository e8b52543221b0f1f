import { notFound, SimError, validation } from './errors';
import { paginate } from './pagination';
import type { RegionState } from './region';
import type { Execution, Task } from './types';
import { deviceSummary, deviceView, executionSummary, executionView, instanceView, taskSummary, taskView } from './views';

/** A parsed request: path parameters, query string and JSON body. */
export interface OpRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface OpContext {
  state: RegionState;
  now: number;
  /** The id of the device that has vanished, if any (scenario `vanish`): not listed, not found. */
  vanished?: string;
}

type Op = (ctx: OpContext, req: OpRequest) => unknown;

const EXECUTION_STATES = ['QUEUED', 'IN_PROGRESS', 'CANCELED', 'FAILED', 'SUCCEEDED', 'REJECTED', 'TIMED_OUT'];
const TASK_STATES = ['IN_PROGRESS', 'CANCELED', 'COMPLETED'];

function enumParam(query: URLSearchParams, name: string, allowed: string[]): string | undefined {
  const v = query.get(name);
  if (v !== null && !allowed.includes(v)) {
    throw validation(`1 validation error detected: Value '${v}' at '${name}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return v ?? undefined;
}

/** A path parameter the model marks required; the routes always capture it, direct calls may not. */
function pathParam(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw validation(`1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
  return value;
}

function device(ctx: OpContext, id: string) {
  if (id === ctx.vanished) throw notFound(`No managed device with id ${id} in ${ctx.state.region}.`);
  return ctx.state.device(id);
}

/** Resolves a tag ARN to the device or task it names. */
function taggable(ctx: OpContext, arn: string): { tags: Record<string, string>; set(t: Record<string, string>): void } {
  const [, region, kind, id] = /^arn:aws:snow-device-management:([a-z0-9-]+):\d{12}:(managed-device|task)\/(.+)$/.exec(arn) ?? [];
  if (region === undefined || kind === undefined || id === undefined) throw validation(`Invalid resource ARN: ${arn}`);
  if (region !== ctx.state.region) throw notFound(`Resource ${arn} does not exist in ${ctx.state.region}.`);
  if (kind === 'managed-device') {
    const d = device(ctx, id);
    return { tags: d.tags, set: (t) => { d.tags = t; ctx.state.dirty.add(d.id); } };
  }
  const t = ctx.state.task(id);
  return { tags: t.tags, set: (tags) => { t.tags = tags; } };
}

function executionsOf(ctx: OpContext, taskId: string | null): { task: Task; list: Execution[] } {
  if (!taskId) throw validation("1 validation error detected: Value null at 'taskId' failed to satisfy constraint: Member must not be null");
  const task = ctx.state.task(taskId);
  return { task, list: task.executions };
}

/** One resolver per SDM operation. CreateTask lives in create-task.ts. */
export const operations: Record<string, Op> = {
  ListDevices: (ctx, { query }) => {
    const jobId = query.get('jobId');
    if (jobId !== null && (jobId.length < 1 || jobId.length > 64)) throw validation('jobId must be 1 to 64 characters.');
    const state = ctx.state;
    // Without a job filter only the devices of the page are built (see RegionState).
    const gone = ctx.vanished === undefined ? undefined : state.indexOfId(ctx.vanished);
    const indexes: number[] = [];
    for (let i = 0; i < state.size; i++) {
      if (i !== gone && (jobId === null || state.deviceAt(i).jobId === jobId)) indexes.push(i);
    }
    const { page, nextToken } = paginate(indexes, query, `ListDevices|${jobId ?? ''}`);
    return { devices: page.map((i) => deviceSummary(state.deviceAt(i))), nextToken };
  },
  DescribeDevice: (ctx, { params }) => deviceView(device(ctx, pathParam(params, 'managedDeviceId')), ctx.now),
  ListDeviceResources: (ctx, { params, query }) => {
    const d = device(ctx, pathParam(params, 'managedDeviceId'));
    const type = query.get('type');
    if (type !== null && (type.length < 1 || type.length > 50)) throw validation('type must be 1 to 50 characters.');
    const resources = type === null || type === 'AWS::EC2::Instance' ? d.instances.map((i) => ({ id: i.instanceId, resourceType: 'AWS::EC2::Instance' })) : [];
    const { page, nextToken } = paginate(resources, query, `ListDeviceResources|${d.id}|${type ?? ''}`);
    return { resources: page, nextToken };
  },
  DescribeDeviceEc2Instances: (ctx, { params, body }) => {
    const d = device(ctx, pathParam(params, 'managedDeviceId'));
    const ids = body.instanceIds;
    if (!Array.isArray(ids)) throw validation("1 validation error detected: Value null at 'instanceIds' failed to satisfy constraint: Member must not be null");
    return { instances: d.instances.filter((i) => ids.includes(i.instanceId)).map(instanceView) };
  },
  ListTasks: (ctx, { query }) => {
    const state = enumParam(query, 'state', TASK_STATES);
    const tasks = ctx.state.tasks.filter((t) => !state || t.state === state).slice().reverse();
    const { page, nextToken } = paginate(tasks, query, `ListTasks|${state ?? ''}`);
    return { tasks: page.map(taskSummary), nextToken };
  },
  DescribeTask: (ctx, { params }) => taskView(ctx.state.task(pathParam(params, 'taskId'))),
  CancelTask: (ctx, { params }) => {
    const task = ctx.state.task(pathParam(params, 'taskId'));
    const queued = task.executions.filter((e) => e.state === 'QUEUED');
    if (task.state !== 'IN_PROGRESS' || queued.length === 0) {
      throw validation(`Task ${task.taskId} cannot be canceled: ${task.state !== 'IN_PROGRESS' ? `it is already ${task.state}` : 'none of its executions is still queued'}.`);
    }
    for (const e of queued) {
      e.state = 'CANCELED';
      e.lastUpdatedAt = ctx.now;
    }
    task.state = 'CANCELED';
    task.lastUpdatedAt = ctx.now;
    return { taskId: task.taskId };
  },
  ListExecutions: (ctx, { query }) => {
    const { task, list } = executionsOf(ctx, query.get('taskId'));
    const state = enumParam(query, 'state', EXECUTION_STATES);
    const filtered = list.filter((e) => !state || e.state === state);
    const { page, nextToken } = paginate(filtered, query, `ListExecutions|${task.taskId}|${state ?? ''}`);
    return { executions: page.map((e) => executionSummary(e, task.taskId)), nextToken };
  },
  DescribeExecution: (ctx, { params }) => {
    const task = ctx.state.task(pathParam(params, 'taskId'));
    const managedDeviceId = pathParam(params, 'managedDeviceId');
    device(ctx, managedDeviceId);
    const e = task.executions.find((x) => x.managedDeviceId === managedDeviceId);
    if (!e) throw notFound(`Task ${task.taskId} has no execution on ${managedDeviceId}.`);
    return executionView(e, task.taskId);
  },
  ListTagsForResource: (ctx, { params }) => ({ tags: taggable(ctx, pathParam(params, 'resourceArn')).tags }),
  TagResource: (ctx, { params, body }) => {
    const target = taggable(ctx, pathParam(params, 'resourceArn'));
    const tags = body.tags;
    if (!tags || typeof tags !== 'object' || Array.isArray(tags)) throw validation("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
    for (const [k, v] of Object.entries(tags)) if (typeof v !== 'string') throw validation(`Tag ${k} must have a string value.`);
    target.set({ ...target.tags, ...(tags as Record<string, string>) });
    return undefined;
  },
  UntagResource: (ctx, { params, query }) => {
    const target = taggable(ctx, pathParam(params, 'resourceArn'));
    const keys = query.getAll('tagKeys');
    if (keys.length === 0) throw validation("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
    target.set(Object.fromEntries(Object.entries(target.tags).filter(([k]) => !keys.includes(k))));
    return undefined;
  },
};

export { SimError };
