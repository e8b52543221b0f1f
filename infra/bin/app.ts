import { App } from 'aws-cdk-lib';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsFromContext } from '../lib/context.js';
import { DashboardStack } from '../lib/dashboard-stack.js';

const infraDir = fileURLToPath(new URL('..', import.meta.url));
const app = new App();
const options = optionsFromContext((key) => app.node.tryGetContext(key), resolve(infraDir, '../dist'));
// Relative distDir is taken from infra/ (where cdk runs).
options.distDir = resolve(infraDir, options.distDir);
if (!existsSync(options.distDir)) {
  throw new Error(`No built app at ${options.distDir}: run "npm run build" in the repository root first.`);
}

new DashboardStack(app, String(app.node.tryGetContext('stackName') ?? 'SnowFleetDashboard'), {
  ...options,
  env: {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: (app.node.tryGetContext('region') as string | undefined) ?? process.env.CDK_DEFAULT_REGION,
  },
  description: 'Snow fleet dashboard: S3 + CloudFront + Cognito',
});
