import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DashboardOptions } from './context.js';
import { buildContentSecurityPolicy } from './csp.js';
import { type DashboardConfig, sameOriginPrefix } from './dashboard-config.js';
import { OPERATOR_ACTIONS, VIEWER_ACTIONS } from './permissions.js';

export interface DashboardStackProps extends StackProps, DashboardOptions {}

const functionFile = (name: string): string => fileURLToPath(new URL(`../functions/${name}`, import.meta.url));

export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'no-cache',
  api: 'no-store',
} as const;

/** S3 + CloudFront + Cognito for the Snow fleet dashboard. */
export class DashboardStack extends Stack {
  constructor(scope: Construct, id: string, props: DashboardStackProps) {
    super(scope, id, props);
    if (!existsSync(props.distDir)) {
      throw new Error(`distDir "${props.distDir}" does not exist: run "npm run build" first or set -c distDir=...`);
    }

    // ---------- Cognito ----------
    const userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    });
    const domainPrefix = props.cognitoDomainPrefix ?? `snowfleet-${this.account}`;
    userPool.addDomain('Domain', { cognitoDomain: { domainPrefix } });
    const domainUrl = `https://${domainPrefix}.auth.${this.region}.amazoncognito.com`;

    // ---------- Bucket + distribution ----------
    const bucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
    });
    const siteOrigin = origins.S3BucketOrigin.withOriginAccessControl(bucket);

    const csp = buildContentSecurityPolicy({
      regions: props.regions,
      cognitoRegion: this.region,
      cognitoDomain: domainUrl,
      endpointOrigin: props.endpointUrl ? new URL(props.endpointUrl).origin : undefined,
    });
    const headers = (name: string, cacheControl: string): cloudfront.ResponseHeadersPolicy =>
      new cloudfront.ResponseHeadersPolicy(this, name, {
        comment: `Security headers + Cache-Control: ${cacheControl}`,
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.days(730),
            includeSubdomains: true,
            preload: true,
            override: true,
          },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
          referrerPolicy: {
            referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
            override: true,
          },
        },
        customHeadersBehavior: {
          customHeaders: [{ header: 'Cache-Control', value: cacheControl, override: true }],
        },
      });

    // index.html, config.json and every client-side route: never kept at the edge.
    // Min/default TTL 0 (and S3 metadata no-cache) mean nothing is cached; max TTL is 1 s only
    // because CloudFront refuses gzip/brotli settings when all three TTLs are 0.
    const noCachePolicy = new cloudfront.CachePolicy(this, 'NoCachePolicy', {
      comment: 'index.html, config.json, SPA routes: not cached',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    // Content-hashed files: cache for a year.
    const immutablePolicy = new cloudfront.CachePolicy(this, 'ImmutablePolicy', {
      comment: 'Hashed /assets/*: one year',
      minTtl: Duration.days(365),
      defaultTtl: Duration.days(365),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const spaRewrite = new cloudfront.Function(this, 'SpaRewrite', {
      code: cloudfront.FunctionCode.fromFile({ filePath: functionFile('spa-rewrite.js') }),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Serve /index.html for extension-less (client-side) paths',
    });
    const stripPrefix = new cloudfront.Function(this, 'StripSdmPrefix', {
      code: cloudfront.FunctionCode.fromFile({ filePath: functionFile('strip-sdm-prefix.js') }),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Remove /sdm/<region> before forwarding to Snow Device Management',
    });

    const additionalBehaviors: Record<string, cloudfront.BehaviorOptions> = {
      '/assets/*': {
        origin: siteOrigin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        cachePolicy: immutablePolicy,
        responseHeadersPolicy: headers('AssetHeaders', CACHE_CONTROL.immutable),
      },
    };
    // Same-origin API route, one behaviour per region. The browser signs for the real host and
    // path; CloudFront forwards every viewer header except Host (so Host is the service's own,
    // as signed), including Authorization / X-Amz-Date / X-Amz-Security-Token /
    // X-Amz-Content-Sha256 (AllViewer* policies forward Authorization when caching is disabled),
    // and all query strings. CloudFront does not sign (no OAC on this origin). Headers it adds
    // (Via, X-Forwarded-For, X-Amz-Cf-Id) are not in SignedHeaders, so they do not break the
    // signature. Caveat: the signature covers the percent-encoded path (ARNs in /tags/{arn});
    // CloudFront forwards the URI as received, but check TagResource through this route once
    // after the first deployment.
    const apiHeaders = headers('ApiHeaders', CACHE_CONTROL.api);
    for (const region of props.regions) {
      additionalBehaviors[`${sameOriginPrefix(region)}/*`] = {
        origin: new origins.HttpOrigin(`snow-device-management.${region}.amazonaws.com`, {
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: apiHeaders,
        functionAssociations: [{ function: stripPrefix, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      };
    }

    const distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Snow fleet dashboard',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: noCachePolicy,
        responseHeadersPolicy: headers('HtmlHeaders', CACHE_CONTROL.html),
        functionAssociations: [{ function: spaRewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors,
    });
    const siteUrl = `https://${distribution.distributionDomainName}`;

    // ---------- App client, identity pool, group roles ----------
    const client = userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${siteUrl}/`],
        logoutUrls: [`${siteUrl}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      enableTokenRevocation: true,
    });

    const identityPool = new identitypool.IdentityPool(this, 'IdentityPool', {
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      authenticationProviders: {
        userPools: [new identitypool.UserPoolAuthenticationProvider({ userPool, userPoolClient: client })],
      },
      // Role comes from the token's cognito:preferred_role (set by the user's group).
      // A user in no group gets no credentials (AmbiguousRoleResolution: Deny).
      roleMappings: [
        {
          mappingKey: 'cognito',
          providerUrl: identitypool.IdentityPoolProviderUrl.userPool(userPool, client),
          useToken: true,
          resolveAmbiguousRoles: false,
        },
      ],
    });

    // The L2 always creates an "unauthenticated" role; unauthenticated identities are disabled,
    // so drop it instead of leaving an unused role that trusts amr=unauthenticated.
    identityPool.roleAttachment.addPropertyDeletionOverride('Roles.unauthenticated');
    identityPool.node.tryRemoveChild('UnauthenticatedRole');

    const groupRole = (name: string, actions: readonly string[], precedence: number): iam.Role => {
      const role = new iam.Role(this, `${name}Role`, {
        description: `Snow fleet dashboard, group ${name}`,
        maxSessionDuration: Duration.hours(1),
        assumedBy: new iam.FederatedPrincipal(
          'cognito-identity.amazonaws.com',
          {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': identityPool.identityPoolId },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
          },
          'sts:AssumeRoleWithWebIdentity',
        ),
        inlinePolicies: {
          SnowDeviceManagement: new iam.PolicyDocument({
            statements: [
              new iam.PolicyStatement({
                actions: [...actions],
                // List* actions have no resource type, so resources cannot be narrowed further;
                // the region condition keeps calls to the configured regions.
                resources: ['*'],
                conditions: { StringEquals: { 'aws:RequestedRegion': props.regions } },
              }),
            ],
          }),
        },
      });
      new cognito.CfnUserPoolGroup(this, `${name}Group`, {
        userPoolId: userPool.userPoolId,
        groupName: name,
        description: `Snow fleet dashboard ${name}s`,
        precedence,
        roleArn: role.roleArn,
      });
      return role;
    };
    // Lower precedence wins when a user is in both groups.
    groupRole('operator', OPERATOR_ACTIONS, 1);
    groupRole('viewer', VIEWER_ACTIONS, 2);

    // ---------- Deployment of the built app + config.json ----------
    const config: DashboardConfig = {
      regions: props.regions,
      apiRoute: props.apiRoute,
      ...(props.endpointUrl ? { endpointUrl: props.endpointUrl } : {}),
      auth: {
        type: 'cognito',
        region: this.region,
        userPoolId: userPool.userPoolId,
        userPoolClientId: client.userPoolClientId,
        identityPoolId: identityPool.identityPoolId,
        domain: domainUrl,
      },
    };
    const deployRole = this.deploymentRole(bucket);
    const assets = new s3deploy.BucketDeployment(this, 'DeployAssets', {
      sources: [deployRole.track(s3deploy.Source.asset(`${props.distDir}/assets`))],
      destinationBucket: bucket,
      destinationKeyPrefix: 'assets/',
      // Old hashed files stay, so pages loaded before a deployment keep working.
      prune: false,
      cacheControl: [s3deploy.CacheControl.fromString(CACHE_CONTROL.immutable)],
      role: deployRole.role,
      memoryLimit: 512,
    });
    const root = new s3deploy.BucketDeployment(this, 'DeployRoot', {
      sources: [
        deployRole.track(s3deploy.Source.asset(props.distDir, { exclude: ['assets', 'assets/**', 'config.json'] })),
        deployRole.track(s3deploy.Source.jsonData('config.json', config)),
      ],
      destinationBucket: bucket,
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      role: deployRole.role,
      memoryLimit: 512,
    });
    root.node.addDependency(assets); // index.html only after the files it references

    new CfnOutput(this, 'DashboardUrl', { value: siteUrl });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    new CfnOutput(this, 'IdentityPoolId', { value: identityPool.identityPoolId });
    new CfnOutput(this, 'CognitoDomain', { value: domainUrl });
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
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
    const role = new iam.Role(this, 'DeployRole', {
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
