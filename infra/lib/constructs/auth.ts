import { Duration, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { CognitoAuthConfig } from '../dashboard-config.js';
import { OPERATOR_ACTIONS, TRAIL_ACTIONS, VIEWER_ACTIONS } from '../permissions.js';

/** Managed login base URL for a domain prefix; known before the user pool exists (the CSP needs it). */
export const cognitoDomainUrl = (domainPrefix: string, region: string): string =>
  `https://${domainPrefix}.auth.${region}.amazoncognito.com`;

export interface AuthProps {
  /** Managed login domain prefix, unique in the region. */
  domainPrefix: string;
  /** Dashboard origin (`https://…`, no trailing slash): the only sign-in and sign-out redirect. */
  siteUrl: string;
  /** Snow Device Management regions the group roles may call. */
  regions: readonly string[];
}

/** A user pool group and the role its members get. */
export interface GroupWithRole {
  group: cognito.CfnUserPoolGroup;
  role: iam.Role;
}

/**
 * Sign-in for the dashboard: a user pool with no self sign-up, its managed login domain, a
 * public app client (code flow + PKCE), and an identity pool whose credentials come from the
 * user's group, viewer or operator. A user in no group gets no credentials.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  readonly client: cognito.UserPoolClient;
  readonly identityPool: identitypool.IdentityPool;
  /** Managed login base URL. */
  readonly domainUrl: string;
  /** What the app needs to sign in, as written to config.json. */
  readonly config: CognitoAuthConfig;
  /** The viewer and operator groups with their roles. */
  readonly groups: { operator: GroupWithRole; viewer: GroupWithRole };

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    this.userPool = new cognito.UserPool(this, 'UserPool', {
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
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    this.domainUrl = cognitoDomainUrl(props.domainPrefix, region);

    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${props.siteUrl}/`],
        logoutUrls: [`${props.siteUrl}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      enableTokenRevocation: true,
    });

    this.identityPool = new identitypool.IdentityPool(this, 'IdentityPool', {
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      authenticationProviders: {
        userPools: [new identitypool.UserPoolAuthenticationProvider({ userPool: this.userPool, userPoolClient: this.client })],
      },
      // Role comes from the token's cognito:preferred_role (set by the user's group).
      // A user in no group gets no credentials (AmbiguousRoleResolution: Deny).
      roleMappings: [
        {
          mappingKey: 'cognito',
          providerUrl: identitypool.IdentityPoolProviderUrl.userPool(this.userPool, this.client),
          useToken: true,
          resolveAmbiguousRoles: false,
        },
      ],
    });
    // The L2 always creates an "unauthenticated" role; unauthenticated identities are disabled,
    // so drop it instead of leaving an unused role that trusts amr=unauthenticated.
    this.identityPool.roleAttachment.addPropertyDeletionOverride('Roles.unauthenticated');
    this.identityPool.node.tryRemoveChild('UnauthenticatedRole');

    // Lower precedence wins when a user is in both groups.
    this.groups = {
      operator: this.groupWithRole('operator', OPERATOR_ACTIONS, 1, props.regions),
      viewer: this.groupWithRole('viewer', VIEWER_ACTIONS, 2, props.regions),
    };

    this.config = {
      type: 'cognito',
      region,
      userPoolId: this.userPool.userPoolId,
      userPoolClientId: this.client.userPoolClientId,
      identityPoolId: this.identityPool.identityPoolId,
      domain: this.domainUrl,
      roleNames: [this.groups.operator.role.roleName, this.groups.viewer.role.roleName],
      viewerRoleName: this.groups.viewer.role.roleName,
    };
  }

  /** A user pool group whose members get a role allowed exactly `actions` in `regions`. */
  private groupWithRole(name: string, actions: readonly string[], precedence: number, regions: readonly string[]): GroupWithRole {
    const role = new iam.Role(this, `${name}Role`, {
      description: `Snow fleet dashboard, group ${name}`,
      maxSessionDuration: Duration.hours(1),
      assumedBy: new iam.FederatedPrincipal(
        'cognito-identity.amazonaws.com',
        {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': this.identityPool.identityPoolId },
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
              conditions: { StringEquals: { 'aws:RequestedRegion': [...regions] } },
            }),
          ],
        }),
        // The activity trail (who did what) from CloudTrail's event history. LookupEvents
        // cannot be limited by resource (it has no resource type): `*`, in the fleet's regions.
        CloudTrailLookup: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: [...TRAIL_ACTIONS],
              resources: ['*'],
              conditions: { StringEquals: { 'aws:RequestedRegion': [...regions] } },
            }),
          ],
        }),
      },
    });
    const group = new cognito.CfnUserPoolGroup(this, `${name}Group`, {
      userPoolId: this.userPool.userPoolId,
      groupName: name,
      description: `Snow fleet dashboard ${name}s`,
      precedence,
      roleArn: role.roleArn,
    });
    return { group, role };
  }
}
