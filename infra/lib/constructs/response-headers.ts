import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/** Cache-Control sent with each kind of response, at the edge and as S3 object metadata. */
export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'no-cache',
  api: 'no-store',
} as const;

/**
 * Security headers (CSP, HSTS, nosniff, DENY, referrer policy) plus one Cache-Control value.
 * Every behaviour gets one of these so that no response, not even an API answer, goes out
 * without the same security headers.
 */
export function securityHeadersPolicy(
  scope: Construct,
  id: string,
  contentSecurityPolicy: string,
  cacheControl: string,
): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, id, {
    comment: `Security headers + Cache-Control: ${cacheControl}`,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
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
}
