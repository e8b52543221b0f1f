import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { fileURLToPath } from 'node:url';
import type { DashboardOptions } from '../lib/context.js';
import { DashboardStack } from '../lib/dashboard-stack.js';

/** Tiny stand-in for ../dist so tests never need a real build. */
export const FIXTURE_DIST = fileURLToPath(new URL('./fixtures/dist', import.meta.url));

export const ACCOUNT = '111111111111';
export const REGION = 'us-west-2';
export const PREFIX = 'snow-fleet-test';

export function synth(overrides: Partial<DashboardOptions> = {}): { app: App; stack: DashboardStack; template: Template } {
  // Schema validation (wasm, ~20 s here) runs once, in synth.test.ts; the property tests skip it.
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new DashboardStack(app, 'Dashboard', {
    regions: ['us-west-2'],
    apiRoute: 'same-origin',
    distDir: FIXTURE_DIST,
    cognitoDomainPrefix: PREFIX,
    ...overrides,
    env: { account: ACCOUNT, region: REGION },
  });
  return { app, stack, template: Template.fromStack(stack) };
}

// CloudFormation JSON is untyped; these aliases keep the casts in one place.
export type Json = Record<string, unknown>;

export function resourcesOfType(template: Template, type: string): [string, Json][] {
  return Object.entries(template.findResources(type)).map(([id, r]) => [id, (r as { Properties: Json }).Properties]);
}

export function onlyResource(template: Template, type: string): Json {
  const all = resourcesOfType(template, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0]![1];
}

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Condition?: Json;
  Principal?: unknown;
}

export const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every statement of every policy document in the template, with where it came from. */
export function allStatements(template: Template): { where: string; statement: Statement }[] {
  const out: { where: string; statement: Statement }[] = [];
  const add = (where: string, doc: unknown): void => {
    for (const statement of ((doc as { Statement?: Statement[] } | undefined)?.Statement ?? [])) out.push({ where, statement });
  };
  for (const [id, p] of resourcesOfType(template, 'AWS::IAM::Role')) {
    add(`${id} trust`, p.AssumeRolePolicyDocument);
    for (const pol of (p.Policies as { PolicyDocument: unknown }[] | undefined) ?? []) add(id, pol.PolicyDocument);
  }
  for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::S3::BucketPolicy']) {
    for (const [id, p] of resourcesOfType(template, type)) add(id, p.PolicyDocument);
  }
  return out;
}

/** Logical id of the only resource of `type`. */
export function onlyResourceId(template: Template, type: string): string {
  const all = resourcesOfType(template, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0]![0];
}

/** Logical id of the resource an `{ "Fn::GetAtt": [id, "Arn"] }` points at. */
export function arnTarget(arn: unknown): string {
  const target = (arn as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  if (!target || target[1] !== 'Arn') throw new Error(`not a GetAtt Arn: ${JSON.stringify(arn)}`);
  return target[0];
}

/** Logical id of the role that members of the user pool group `group` get. */
export function groupRoleId(template: Template, group: string): string {
  const roles = resourcesOfType(template, 'AWS::IAM::Role').filter(
    ([, r]) => r.Description === `Snow fleet dashboard, group ${group}`,
  );
  if (roles.length !== 1) throw new Error(`expected one role for group ${group}, found ${roles.length}`);
  return roles[0]![0];
}

/** Logical id of the identity pool's default role for authenticated identities. */
export function authenticatedRoleId(template: Template): string {
  const attachment = onlyResource(template, 'AWS::Cognito::IdentityPoolRoleAttachment');
  return arnTarget((attachment.Roles as Json).authenticated);
}

/** Logical id of the role the BucketDeployment Lambda (the stack's only function) runs as. */
export function deploymentRoleId(template: Template): string {
  return arnTarget(onlyResource(template, 'AWS::Lambda::Function').Role);
}

/** Inline policy statements of the role with this logical id. */
export function roleStatements(template: Template, logicalId: string): Statement[] {
  const roles = resourcesOfType(template, 'AWS::IAM::Role').filter(([id]) => id === logicalId);
  if (roles.length !== 1) throw new Error(`no role ${logicalId}`);
  const policies = (roles[0]![1].Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? [];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}

/** CloudFront path pattern (`*`, `?`) as a RegExp. */
export function pathPatternRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}
