import { ACCOUNT_ID } from '../model/fleet';
import { hashSeed, int, pick, prng, uuid } from '../model/random';
import type { Task } from '../model/types';
import { makeRecord, type Caller, type TrailRecord } from './records';

/** The roles the simulated deployment's Cognito sign-in hands out (SIMULATED_DASHBOARD_ROLES in the app). */
export const DASHBOARD_ROLES = { operator: 'SnowFleetDashboard-operatorRole', viewer: 'SnowFleetDashboard-viewerRole' };
const POOL = (region: string) => `${region}:5f0c2a1e-7b7d-4c1a-9e0f-2b6d8c4a9e11`;

const BROWSER_UA = 'aws-sdk-js/3.523.0 ua/2.0 os/macOS#10.15 lang/js md/browser#Chrome_124.0 api/snow-device-management#3.523.0';
const CLI_UA = 'aws-cli/2.15.30 md/awscrt#0.19.19 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.8 command/snow-device-management.tag-resource';
const LAMBDA_UA = 'aws-sdk-nodejs/3.523.0 ua/2.0 os/linux#5.10 lang/js md/nodejs#20.11.1 api/snow-device-management#3.523.0 exec-env/AWS_Lambda_nodejs20.x';

interface Actor {
  caller: Caller;
  ip: string;
  ua: string;
}

/** A few operators, a viewer, an automation role and a contractor, as another team's account would show. */
function actors(region: string): Record<'alice' | 'marco' | 'priya' | 'nightly' | 'contractor', Actor> {
  return {
    alice: { caller: { kind: 'role', account: ACCOUNT_ID, role: 'AWSReservedSSO_FleetOperators_3f2a1b9c', session: 'alice.nguyen@example.com', accessKeyId: 'ASIAEXAMPLEALICE0001' }, ip: '203.0.113.24', ua: BROWSER_UA },
    marco: { caller: { kind: 'role', account: ACCOUNT_ID, role: DASHBOARD_ROLES.operator, session: 'CognitoIdentityCredentials', cognito: { identityPoolId: POOL(region), identityId: `${region}:0b6e4d2a-91c3-4f7e-8a15-3c9d7e2f6a40` }, accessKeyId: 'ASIAEXAMPLEMARCO0001' }, ip: '198.51.100.41', ua: BROWSER_UA },
    priya: { caller: { kind: 'role', account: ACCOUNT_ID, role: DASHBOARD_ROLES.viewer, session: 'CognitoIdentityCredentials', cognito: { identityPoolId: POOL(region), identityId: `${region}:9a1f3c5e-2d4b-4e6f-b8a0-7c1e3d5f9b22` }, accessKeyId: 'ASIAEXAMPLEPRIYA0001' }, ip: '198.51.100.77', ua: BROWSER_UA },
    nightly: { caller: { kind: 'role', account: ACCOUNT_ID, role: 'fleet-nightly-maintenance', session: 'fleet-nightly-maintenance', accessKeyId: 'ASIAEXAMPLENIGHTLY01' }, ip: '203.0.113.200', ua: LAMBDA_UA },
    contractor: { caller: { kind: 'user', account: ACCOUNT_ID, user: 'contractor-jsmith', accessKeyId: 'AKIAEXAMPLEJSMITH001' }, ip: '192.0.2.15', ua: CLI_UA },
  };
}

const denied = (a: Actor, action: string, resource: string) => {
  const arn = a.caller.kind === 'user' ? `arn:aws:iam::${a.caller.account}:user/${a.caller.user}` : `arn:aws:sts::${a.caller.account}:assumed-role/${a.caller.role}/${a.caller.session}`;
  return { code: 'AccessDeniedException', message: `User: ${arn} is not authorized to perform: snow-device-management:${action} on resource: ${resource} because no identity-based policy allows the snow-device-management:${action} action` };
};

/**
 * A plausible trail of the last days in one region: who created and cancelled the seeded
 * tasks, tag changes, reads, and refused attempts. Deterministic from seed and region.
 */
export function seedTrail(seed: number, region: string, now: number, tasks: Task[], deviceIds: string[]): TrailRecord[] {
  if (deviceIds.length < 8) return [];
  const r = prng(hashSeed(seed, region, 'trail'));
  const who = actors(region);
  const deviceArn = (id: string) => `arn:aws:snow-device-management:${region}:${ACCOUNT_ID}:managed-device/${id}`;
  const device = () => pick(r, deviceIds.slice(5));
  const out: TrailRecord[] = [];
  const add = (a: Actor, operation: string, at: number, requestParameters: Record<string, unknown> | null, responseElements: Record<string, unknown> | null = null, error?: { code: string; message: string }) =>
    out.push(makeRecord({ operation, region, at, caller: a.caller, sourceIp: a.ip, userAgent: a.ua, requestParameters, responseElements, error }));

  tasks.forEach((t, i) => {
    const a = pick(r, [who.alice, who.marco, who.nightly]);
    const command = t.command === 'reboot' ? { reboot: {} } : { unlock: {} };
    add(a, 'CreateTask', t.createdAt - 400, { targets: t.targets, command, ...(t.description ? { description: t.description } : {}), ...(Object.keys(t.tags).length ? { tags: t.tags } : {}), clientToken: uuid(r) }, { taskId: t.taskId, taskArn: t.taskArn });
    if (t.state === 'CANCELED') add(i % 2 ? who.marco : who.alice, 'CancelTask', t.lastUpdatedAt - 1000, { taskId: t.taskId }, { taskId: t.taskId });
  });
  for (let i = 0; i < 4; i++) {
    const at = now - int(r, 2, 140) * 3_600_000;
    add(i % 2 ? who.marco : who.alice, 'TagResource', at, { resourceArn: deviceArn(device()), tags: { site: pick(r, ['dock-3', 'field-kit-2', 'rack-b']) } });
  }
  add(who.marco, 'UntagResource', now - int(r, 3, 100) * 3_600_000, { resourceArn: deviceArn(device()), tagKeys: ['maintenance'] });
  // Refused attempts: a viewer trying to reboot, a contractor tagging from the command line.
  const refused = device();
  add(who.priya, 'CreateTask', now - int(r, 5, 60) * 3_600_000, { targets: [refused], command: { reboot: {} }, clientToken: uuid(r) }, null, denied(who.priya, 'CreateTask', `arn:aws:snow-device-management:${region}:${ACCOUNT_ID}:task/*`));
  const tagged = deviceArn(device());
  add(who.contractor, 'TagResource', now - int(r, 10, 120) * 3_600_000, { resourceArn: tagged, tags: { owner: 'jsmith' } }, null, denied(who.contractor, 'TagResource', tagged));
  for (let i = 0; i < 24; i++) {
    const a = pick(r, [who.alice, who.marco, who.priya, who.nightly]);
    const at = now - int(r, 1, 140 * 60) * 60_000;
    const id = device();
    const read = pick(r, ['ListDevices', 'DescribeDevice', 'ListTasks', 'ListExecutions', 'DescribeDeviceEc2Instances'] as const);
    const params = read === 'ListDevices' || read === 'ListTasks' ? { maxResults: 100 } : read === 'ListExecutions' && tasks.length ? { taskId: pick(r, tasks).taskId, maxResults: 100 } : read === 'ListExecutions' ? { maxResults: 100 } : { managedDeviceId: id };
    add(a, read, at, params);
  }
  return out;
}
