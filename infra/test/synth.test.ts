import { App } from 'aws-cdk-lib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DashboardConfig } from '../lib/dashboard-config.js';
import { DashboardStack } from '../lib/dashboard-stack.js';
import { ACCOUNT, FIXTURE_DIST, REGION } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'infra-synth-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface CfnTemplate {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}

describe('cdk synth', () => {
  // Full synthesis with the built-in CloudFormation schema validation (offline, wasm) made strict:
  // any error or warning about the template fails synth.
  const app = new App({
    outdir: join(out, 'in-process'),
    context: {
      '@aws-cdk/core:validateAgainstDefaultRules': true,
      '@aws-cdk/core:strictCfnValidateErrors': true,
    },
  });
  new DashboardStack(app, 'SnowFleetDashboard', {
    regions: ['us-west-2', 'eu-west-1'],
    apiRoute: 'same-origin',
    distDir: FIXTURE_DIST,
    cognitoDomainPrefix: 'snow-fleet-test',
    env: { account: ACCOUNT, region: REGION },
  });
  const assembly = app.synth();
  const dir = assembly.directory;
  const template = JSON.parse(readFileSync(join(dir, 'SnowFleetDashboard.template.json'), 'utf8')) as CfnTemplate;

  it('writes a cloud assembly with the stack and a clean validation report', () => {
    expect(assembly.getStackByName('SnowFleetDashboard').templateFile).toBe('SnowFleetDashboard.template.json');
    const report = JSON.parse(readFileSync(join(dir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: unknown[] }[];
    };
    expect(report.pluginReports.flatMap((r) => r.violations)).toEqual([]);
  });

  it('deploys config.json with the documented shape, tokens filled at deploy time', () => {
    // The root deployment (index.html, config.json) is the one without a key prefix.
    const roots = Object.values(template.Resources).filter(
      (r) => r.Type === 'Custom::CDKBucketDeployment' && !('DestinationBucketKeyPrefix' in r.Properties),
    );
    expect(roots).toHaveLength(1);
    const deploy = roots[0]!;
    const keys = deploy.Properties.SourceObjectKeys as string[];
    const markers = deploy.Properties.SourceMarkers as Record<string, { Ref: string }>[];
    const index = markers.findIndex((m) => Object.keys(m).length > 0);
    const assetDir = join(dir, `asset.${keys[index]!.replace(/\.zip$/, '')}`);
    let text = readFileSync(join(assetDir, 'config.json'), 'utf8');
    for (const [marker, value] of Object.entries(markers[index]!)) text = text.split(marker).join(`<${value.Ref}>`);
    const config = JSON.parse(text) as DashboardConfig;
    const ref = (type: string): string => {
      const ids = Object.keys(template.Resources).filter((id) => template.Resources[id]!.Type === type);
      expect(ids, type).toHaveLength(1);
      return `<${ids[0]!}>`;
    };
    const roleRef = (group: string): string => `<${Object.keys(template.Resources).find((id) => template.Resources[id]!.Type === 'AWS::IAM::Role' && id.startsWith(`${group}Role`))!}>`;
    expect(config).toEqual({
      regions: ['us-west-2', 'eu-west-1'],
      apiRoute: 'same-origin',
      auth: {
        type: 'cognito',
        region: 'us-west-2',
        userPoolId: ref('AWS::Cognito::UserPool'),
        userPoolClientId: ref('AWS::Cognito::UserPoolClient'),
        identityPoolId: ref('AWS::Cognito::IdentityPool'),
        domain: 'https://snow-fleet-test.auth.us-west-2.amazoncognito.com',
        roleNames: [roleRef('operator'), roleRef('viewer')],
        viewerRoleName: roleRef('viewer'),
      },
    });
  });

  it('runs bin/app.ts the way the cdk CLI does (context from the CLI, fixture dist)', () => {
    const infra = fileURLToPath(new URL('..', import.meta.url));
    const outdir = join(out, 'cli');
    execFileSync(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
      cwd: infra,
      env: {
        ...process.env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify({ distDir: 'test/fixtures/dist', regions: 'us-west-2,ap-southeast-2', region: 'eu-west-1' }),
        CDK_VALIDATION: 'false', // validated above; keep this run quick
      },
      stdio: 'pipe',
    });
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { type: string; environment?: string }>;
    };
    expect(manifest.artifacts.SnowFleetDashboard).toMatchObject({
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/eu-west-1',
    });
    const cli = readFileSync(join(outdir, 'SnowFleetDashboard.template.json'), 'utf8');
    expect(cli).toContain('/sdm/ap-southeast-2/*');
    expect(cli).toContain('snowfleet-'); // default domain prefix: snowfleet-<account id>
    expect(existsSync(join(outdir, 'SnowFleetDashboard.assets.json'))).toBe(true);
  });
});
