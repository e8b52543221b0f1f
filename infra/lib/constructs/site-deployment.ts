import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import type { DashboardConfig } from '../dashboard-config.js';
import { CACHE_CONTROL } from './response-headers.js';

export interface SiteDeploymentProps {
  /** The site bucket. */
  bucket: s3.IBucket;
  /** The built app (index.html, assets/). */
  distDir: string;
  /** Written as /config.json next to index.html. */
  config: DashboardConfig;
}

/**
 * Uploads the built app and config.json to the site bucket: hashed assets first (immutable,
 * never pruned, so pages loaded before a deployment keep working), then index.html and
 * config.json (no-cache), so index.html never names a file that is not there yet.
 */
export class SiteDeployment extends Construct {
  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);
    if (!existsSync(props.distDir)) {
      throw new Error(`distDir "${props.distDir}" does not exist: run "npm run build" first or set -c distDir=...`);
    }
    const { distDir, bucket } = props;
    const deployRole = this.deploymentRole(bucket);
    const assets = new s3deploy.BucketDeployment(this, 'Assets', {
      sources: [deployRole.track(s3deploy.Source.asset(`${distDir}/assets`))],
      destinationBucket: bucket,
      destinationKeyPrefix: 'assets/',
      // Old hashed files stay, so pages loaded before a deployment keep working.
      prune: false,
      cacheControl: [s3deploy.CacheControl.fromString(CACHE_CONTROL.immutable)],
      role: deployRole.role,
      memoryLimit: 512,
    });
    const root = new s3deploy.BucketDeployment(this, 'Root', {
      sources: [
        deployRole.track(s3deploy.Source.asset(distDir, { exclude: ['assets', 'assets/**', 'config.json'] })),
        deployRole.track(s3deploy.Source.jsonData('config.json', props.config)),
      ],
      destinationBucket: bucket,
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      role: deployRole.role,
      memoryLimit: 512,
    });
    root.node.addDependency(assets); // index.html only after the files it references
  }

  /**
   * Role for the BucketDeployment Lambda with exact actions. The construct's own grants
   * (s3:GetObject*, s3:List*, ...) are wildcard patterns; passing an immutable view of this
   * role drops them, and `track` grants s3:GetObject on exactly the source zips instead.
   */
  private deploymentRole(bucket: s3.IBucket): {
    role: iam.IRole;
    track: (source: s3deploy.ISource) => s3deploy.ISource;
  } {
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [bucket.arnForObjects('*')],
      }),
    );
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    const track = (source: s3deploy.ISource): s3deploy.ISource => ({
      bind: (scope, context) => {
        const config = source.bind(scope, context);
        role.addToPolicy(
          new iam.PolicyStatement({
            actions: ['s3:GetObject'],
            resources: [config.bucket.arnForObjects(config.zipObjectKey)],
          }),
        );
        return config;
      },
    });
    return { role: role.withoutPolicyUpdates(), track };
  }
}
