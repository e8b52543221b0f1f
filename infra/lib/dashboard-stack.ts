import { CfnOutput, CfnResource, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct, IConstruct } from 'constructs';
import { ApiRoute } from './constructs/api-route.js';
import { Auth, cognitoDomainUrl } from './constructs/auth.js';
import { FleetSnapshot } from './constructs/fleet-snapshot.js';
import { Hosting } from './constructs/hosting.js';
import { SiteDeployment } from './constructs/site-deployment.js';
import type { DashboardOptions } from './context.js';
import { buildContentSecurityPolicy } from './csp.js';

export interface DashboardStackProps extends StackProps, DashboardOptions {}

/** S3 + CloudFront + Cognito for the Snow fleet dashboard. */
export class DashboardStack extends Stack {
  constructor(scope: Construct, id: string, props: DashboardStackProps) {
    super(scope, id, props);
    const domainPrefix = props.cognitoDomainPrefix ?? `snowfleet-${this.account}`;
    // With the fleetSnapshot option the CSP names the bucket, which exists only further down.
    let snapshot: FleetSnapshot | undefined;
    const snapshotOrigin = props.fleetSnapshotMinutes ? Lazy.string({ produce: () => snapshot?.bucketOrigin ?? '' }) : undefined;
    // The CSP names the login domain, and the login client names the distribution's URL, so
    // the domain URL is worked out from its prefix before either exists.
    const contentSecurityPolicy = buildContentSecurityPolicy({
      regions: props.regions,
      cognitoRegion: this.region,
      cognitoDomain: cognitoDomainUrl(domainPrefix, this.region),
      endpointOrigin: props.endpointUrl ? new URL(props.endpointUrl).origin : undefined,
      snapshotOrigin,
    });

    const hosting = new Hosting(this, 'Hosting', { contentSecurityPolicy });
    new ApiRoute(this, 'ApiRoute', { distribution: hosting.distribution, regions: props.regions, contentSecurityPolicy });
    const auth = new Auth(this, 'Auth', { domainPrefix, siteUrl: hosting.url, regions: props.regions });
    if (props.fleetSnapshotMinutes) {
      snapshot = new FleetSnapshot(this, 'FleetSnapshot', {
        bucket: hosting.bucket,
        regions: props.regions,
        intervalMinutes: props.fleetSnapshotMinutes,
        readers: [auth.groups.viewer.role, auth.groups.operator.role],
      });
    }
    new SiteDeployment(this, 'Deployment', {
      bucket: hosting.bucket,
      distDir: props.distDir,
      config: {
        regions: props.regions,
        apiRoute: props.apiRoute,
        ...(props.endpointUrl ? { endpointUrl: props.endpointUrl } : {}),
        auth: auth.config,
        ...(snapshot ? { fleetSnapshot: snapshot.config } : {}),
      },
    });
    keepPreSplitLogicalIds(hosting, auth);

    new CfnOutput(this, 'DashboardUrl', { value: hosting.url });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'IdentityPoolId', { value: auth.identityPool.identityPoolId });
    new CfnOutput(this, 'CognitoDomain', { value: auth.domainUrl });
    new CfnOutput(this, 'BucketName', { value: hosting.bucket.bucketName });
  }
}

/**
 * Before lib/constructs/, every resource sat directly in the stack; nesting them in constructs
 * changed their logical IDs, and CloudFormation replaces a resource whose ID changes. These keep
 * the old IDs of everything that holds state or identity, so stacks deployed before the split
 * keep their users, login domain, identity pool, bucket and URL. test/logical-ids.test.ts pins them.
 */
function keepPreSplitLogicalIds(hosting: Hosting, auth: Auth): void {
  const keep = (construct: IConstruct, logicalId: string): void => {
    const resource = construct instanceof CfnResource ? construct : (construct.node.defaultChild as CfnResource);
    resource.overrideLogicalId(logicalId);
  };
  const bucketPolicy = hosting.bucket.policy;
  if (!bucketPolicy) throw new Error('the site bucket has no policy');

  keep(hosting.bucket, 'SiteBucket397A1860');
  // A bucket has one policy: a new policy resource would be written first, then the old one's
  // deletion would leave the bucket with none (CloudFront locked out, TLS-only gone).
  keep(bucketPolicy, 'SiteBucketPolicy3AC1D0F8');
  keep(hosting.distribution, 'Distribution830FAC52'); // its domain name is the dashboard's URL
  keep(auth.userPool, 'UserPool6BA7E5F2'); // the users
  keep(auth.domain, 'UserPoolDomainD0EA232A'); // the prefix is held by the existing domain
  keep(auth.client, 'UserPoolWebClient4C9370B0'); // its id is in signed-in users' tokens
  keep(auth.identityPool, 'IdentityPoolEC8A1A0D'); // identity ids; the group roles trust this pool
  // One role attachment per identity pool: a second could not be created, and deleting the old
  // one would clear the pool's role mapping.
  keep(auth.identityPool.roleAttachment, 'IdentityPoolDefaultRoleAttachmentD81AFC39');
  // Group membership lives in the group, and a new group could not take the existing name.
  keep(auth.groups.operator.group, 'operatorGroup');
  keep(auth.groups.viewer.group, 'viewerGroup');
  // Signed-in users' tokens and credentials name these roles; a replaced role would fail them.
  keep(auth.groups.operator.role, 'operatorRoleF006D805');
  keep(auth.groups.viewer.role, 'viewerRole91B8E0FB');
}
