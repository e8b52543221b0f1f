import { notFound, SimError, validation } from './errors';
import type { OpContext, OpRequest } from './operations';
import type { Task } from './types';

/** Tasks still running per region before CreateTask answers ServiceQuotaExceededException. */
export const ACTIVE_TASK_QUOTA = 500;
const DESCRIPTION = /^[A-Za-z0-9 _.,!#]*$/;
const TOKEN = /^[!-~]+$/;

function fail(member: string, constraint: string, value: unknown): never {
  throw validation(`1 validation error detected: Value ${JSON.stringify(value) ?? 'null'} at '${member}' failed to satisfy constraint: ${constraint}`);
}

interface CreateTaskInput {
  targets: string[];
  command: Task['command'];
  description: string | undefined;
  tags: Record<string, string>;
  clientToken: string | undefined;
}

function validate(body: Record<string, unknown>): CreateTaskInput {
  const { targets, command, description, tags, clientToken } = body;
  if (!Array.isArray(targets)) fail('targets', 'Member must not be null', targets);
  if (targets.length < 1 || targets.length > 10) fail('targets', 'Member must have length between 1 and 10', targets);
  if (!targets.every((t) => typeof t === 'string' && t.length > 0)) fail('targets', 'Member must contain managed device ids', targets);
  if (new Set(targets).size !== targets.length) throw validation('targets must not contain the same managed device twice.');
  if (!command || typeof command !== 'object') fail('command', 'Member must not be null', command);
  const kinds = Object.keys(command).filter((k) => (command as Record<string, unknown>)[k] !== undefined && (command as Record<string, unknown>)[k] !== null);
  const kind = kinds.length === 1 ? kinds[0] : undefined;
  if (kind !== 'reboot' && kind !== 'unlock') {
    throw validation('command must set exactly one of reboot or unlock.');
  }
  if (description !== undefined) {
    if (typeof description !== 'string' || description.length < 1 || description.length > 128) fail('description', 'Member must have length between 1 and 128', description);
    if (!DESCRIPTION.test(description)) fail('description', 'Member must satisfy regular expression pattern: [A-Za-z0-9 _.,!#]*', description);
  }
  if (tags !== undefined && (typeof tags !== 'object' || tags === null || Object.values(tags).some((v) => typeof v !== 'string'))) {
    fail('tags', 'Member must be a map of strings', tags);
  }
  if (clientToken !== undefined) {
    if (typeof clientToken !== 'string' || clientToken.length < 1 || clientToken.length > 64) fail('clientToken', 'Member must have length between 1 and 64', clientToken);
    if (!TOKEN.test(clientToken)) fail('clientToken', 'Member must satisfy regular expression pattern: [!-~]+', clientToken);
  }
  return {
    targets: targets as string[],
    command: kind,
    description: description as string | undefined,
    tags: (tags ?? {}) as Record<string, string>,
    clientToken: clientToken as string | undefined,
  };
}

/** CreateTask: validation from the model, clientToken idempotency, one execution per target. */
export function createTask(ctx: OpContext, { body }: OpRequest) {
  const input = validate(body);
  const { state } = ctx;
  const hash = JSON.stringify([input.command, input.description ?? null, Object.entries(input.tags).sort(), input.targets]);
  if (input.clientToken) {
    const seen = state.tokens.get(input.clientToken);
    if (seen) {
      if (seen.hash !== hash) {
        throw validation(`The clientToken ${input.clientToken} was already used with different parameters. Use a new clientToken for a different request.`);
      }
      const t = state.task(seen.taskId);
      return { taskArn: t.taskArn, taskId: t.taskId };
    }
  }
  for (const id of input.targets) {
    if (id === ctx.vanished || !state.has(id)) throw notFound(`No managed device with id ${id} in ${state.region}.`);
  }
  const running = state.tasks.filter((t) => t.state === 'IN_PROGRESS').length;
  if (running >= ACTIVE_TASK_QUOTA) {
    throw new SimError('ServiceQuotaExceededException', `You have reached the quota of ${ACTIVE_TASK_QUOTA} tasks in progress in ${state.region}.`);
  }
  const { taskId, taskArn } = state.newTaskId();
  const task: Task = {
    taskId,
    taskArn,
    region: state.region,
    command: input.command,
    description: input.description,
    tags: input.tags,
    targets: input.targets,
    state: 'IN_PROGRESS',
    createdAt: ctx.now,
    lastUpdatedAt: ctx.now,
    executions: input.targets.map((id, i) => ({ executionId: String(i + 1), managedDeviceId: id, state: 'QUEUED', queuedAt: ctx.now, lastUpdatedAt: ctx.now })),
  };
  state.addTask(task);
  if (input.clientToken) state.tokens.set(input.clientToken, { hash, taskId });
  return { taskArn, taskId };
}
