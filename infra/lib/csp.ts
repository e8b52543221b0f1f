/** Builds the Content-Security-Policy served with every response. */
export interface CspInput {
  /** Snow Device Management regions (direct route endpoints). */
  regions: readonly string[];
  /** Region of Cognito (user pool + identity pool). May be a CDK token. */
  cognitoRegion: string;
  /** Managed login base URL, e.g. https://prefix.auth.us-west-2.amazoncognito.com. May contain tokens. */
  cognitoDomain: string;
  /** Origin of a custom SDM endpoint (direct route only), if any. */
  endpointOrigin?: string;
  /** The site bucket's own https origin, when the app reads the shared fleet snapshot from it. May contain tokens. */
  snapshotOrigin?: string;
}

export const sdmEndpoint = (region: string): string =>
  `https://snow-device-management.${region}.amazonaws.com`;

/** CloudTrail's regional endpoint: LookupEvents for the activity trail. */
export const cloudTrailEndpoint = (region: string): string => `https://cloudtrail.${region}.amazonaws.com`;

export function buildContentSecurityPolicy(input: CspInput): string {
  const connect = [
    "'self'",
    ...input.regions.map(sdmEndpoint),
    ...input.regions.map(cloudTrailEndpoint),
    ...(input.endpointOrigin ? [input.endpointOrigin] : []),
    ...(input.snapshotOrigin ? [input.snapshotOrigin] : []),
    `https://cognito-identity.${input.cognitoRegion}.amazonaws.com`,
    `https://cognito-idp.${input.cognitoRegion}.amazonaws.com`,
    input.cognitoDomain,
    // STS GetCallerIdentity names the identity in the top bar: asked in the Cognito region
    // after a sign-in, in the first fleet region with pasted credentials.
    ...[...new Set([input.cognitoRegion, ...input.regions])].map((r) => `https://sts.${r}.amazonaws.com`),
  ];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Cloudscape sets inline style attributes at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    ['frame-ancestors', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['object-src', ["'none'"]],
    ['form-action', ["'self'", input.cognitoDomain]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
