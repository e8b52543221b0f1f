import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiRoute } from './constructs/api-route.js';
import { Auth, cognitoDomainUrl } from './constructs/auth.js';
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
    // The CSP names the login domain, and the login client names the distribution's URL, so
    // the domain URL is worked out from its prefix before either exists.
    const contentSecurityPolicy = buildContentSecurityPolicy({
      regions: props.regions,
      cognitoRegion: this.region,
      cognitoDomain: cognitoDomainUrl(domainPrefix, this.region),
      endpointOrigin: props.endpointUrl ? new URL(props.endpointUrl).origin : undefined,
    });

    const hosting = new Hosting(this, 'Hosting', { contentSecurityPolicy });
    new ApiRoute(this, 'ApiRoute', { distribution: hosting.distribution, regions: props.regions, contentSecurityPolicy });
    const auth = new Auth(this, 'Auth', { domainPrefix, siteUrl: hosting.url, regions: props.regions });
    new SiteDeployment(this, 'Deployment', {
      bucket: hosting.bucket,
      distDir: props.distDir,
      config: {
        regions: props.regions,
        apiRoute: props.apiRoute,
        ...(props.endpointUrl ? { endpointUrl: props.endpointUrl } : {}),
        auth: auth.config,
      },
    });

    new CfnOutput(this, 'DashboardUrl', { value: hosting.url });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'IdentityPoolId', { value: auth.identityPool.identityPoolId });
    new CfnOutput(this, 'CognitoDomain', { value: auth.domainUrl });
    new CfnOutput(this, 'BucketName', { value: hosting.bucket.bucketName });
  }
}
