import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { FLEET_SNAPSHOT_PREFIX, type FleetSnapshotConfig } from '../dashboard-config.js';
import { SNAPSHOT_FANOUT_ACTIONS } from '../permissions.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface FleetSnapshotProps {
  /** The site bucket: snapshots go to its private prefix. */
  bucket: s3.Bucket;
  /** Snow Device Management regions to describe. */
  regions: readonly string[];
  /** Minutes between runs. */
  intervalMinutes: number;
  /** The roles that may read the snapshots (viewer and operator). */
  readers: readonly iam.IRole[];
}

/**
 * The fleet described once for every operator: an EventBridge Scheduler schedule invokes a
 * Lambda function (Node 20, bundled by esbuild from infra/functions/fleet-snapshot, which
 * imports the app's own fan-out from src/lib/aws) that writes `fleet-snapshot/<region>.json.gz`
 * to the site bucket. The function may list and describe devices and write that prefix,
 * nothing else; the viewer and operator roles may read that prefix, nothing else of the
 * bucket; the site's distribution may not serve it; the bucket answers the app's signed
 * GetObject from the browser (CORS, GET and HEAD only).
 */
export class FleetSnapshot extends Construct {
  readonly function: NodejsFunction;
  readonly schedule: scheduler.Schedule;
  /** For config.json. */
  readonly config: FleetSnapshotConfig;
  /** The bucket's https origin, for the CSP's connect-src. */
  readonly bucketOrigin: string;

  constructor(scope: Construct, id: string, props: FleetSnapshotProps) {
    super(scope, id);
    const { bucket, regions, intervalMinutes } = props;
    const stack = Stack.of(this);
    const objects = bucket.arnForObjects(`${FLEET_SNAPSHOT_PREFIX}*`);

    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH });
    const role = new iam.Role(this, 'Role', {
      description: 'Snow fleet dashboard, shared fleet snapshot',
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    logGroup.grantWrite(role);
    const [list, describe] = SNAPSHOT_FANOUT_ACTIONS;
    // ListDevices has no resource type; DescribeDevice is narrowed to the regions' managed devices.
    role.addToPolicy(new iam.PolicyStatement({ actions: [list], resources: ['*'], conditions: { StringEquals: { 'aws:RequestedRegion': [...regions] } } }));
    role.addToPolicy(new iam.PolicyStatement({
      actions: [describe],
      resources: regions.map((r) => stack.formatArn({ service: 'snow-device-management', region: r, resource: 'managed-device', resourceName: '*' })),
    }));
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [objects] }));

    // A run must end before the next starts (Lambda stops at 15 minutes in any case).
    const timeout = Duration.minutes(Math.min(intervalMinutes, 15));
    this.function = new NodejsFunction(this, 'Function', {
      description: 'Snow fleet dashboard: describes the fleet and writes the shared snapshot',
      entry: fileURLToPath(new URL('../../functions/fleet-snapshot/handler.ts', import.meta.url)),
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_20_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout,
      role,
      logGroup,
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      environment: {
        SNAPSHOT_BUCKET: bucket.bucketName,
        SNAPSHOT_BUCKET_REGION: stack.region,
        SNAPSHOT_PREFIX: FLEET_SNAPSHOT_PREFIX,
        SNAPSHOT_REGIONS: regions.join(','),
        SNAPSHOT_MAX_RATE: '40',
      },
      bundling: {
        // The SDK release the app uses goes into the bundle, not the runtime's own.
        externalModules: [],
        format: OutputFormat.CJS,
        minify: true,
        target: 'node20',
        sourceMap: false,
      },
    });

    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: `Snow fleet dashboard: shared fleet snapshot every ${intervalMinutes} minutes`,
      schedule: scheduler.ScheduleExpression.rate(Duration.minutes(intervalMinutes)),
      // A missed run is not repeated: the next one comes within the interval.
      target: new targets.LambdaInvoke(this.function, { retryAttempts: 0, maxEventAge: Duration.minutes(Math.max(1, Math.min(intervalMinutes, 1440))) }),
    });

    // The distribution serves the site's files through its origin access control, which is
    // allowed bucket/*: the snapshots are explicitly denied to it, so no URL of the site serves them.
    bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'FleetSnapshotNotThroughCloudFront',
      effect: iam.Effect.DENY,
      principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
      actions: ['s3:GetObject'],
      resources: [objects],
    }));
    new iam.Policy(this, 'ReadPolicy', {
      roles: [...props.readers],
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [objects] })],
    });
    // The app reads with the user's own SigV4 credentials straight from the bucket. Any origin
    // may ask: CORS grants no access (every read must be signed by a viewer or operator role),
    // and naming the distribution's origin would make the template circular (the CSP names the bucket).
    bucket.addCorsRule({
      allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD],
      allowedOrigins: ['*'],
      allowedHeaders: ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request'],
      exposedHeaders: ['ETag', 'Last-Modified', 'x-amz-request-id'],
      maxAge: 3000,
    });

    this.bucketOrigin = `https://${bucket.bucketRegionalDomainName}`;
    this.config = { bucket: bucket.bucketName, region: stack.region, prefix: FLEET_SNAPSHOT_PREFIX, intervalMinutes };
  }
}
