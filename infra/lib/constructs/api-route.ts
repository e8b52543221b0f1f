import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';
import { sameOriginPrefix, sameOriginTrailPrefix } from '../dashboard-config.js';
import { functionFile } from './function-file.js';
import { CACHE_CONTROL, securityHeadersPolicy } from './response-headers.js';

export interface ApiRouteProps {
  /** The dashboard's distribution; the API behaviours are added to it. */
  distribution: cloudfront.Distribution;
  /** Snow Device Management regions: one `/sdm/<region>/*` and one `/cloudtrail/<region>/*` behaviour each. */
  regions: readonly string[];
  /** Content-Security-Policy, the same as the site's, so API responses carry it too. */
  contentSecurityPolicy: string;
}

/**
 * Same-origin API route, one behaviour per region for Snow Device Management (`/sdm/<region>/*`)
 * and one for CloudTrail (`/cloudtrail/<region>/*`, LookupEvents for the activity trail). The browser signs for the real host and
 * path; CloudFront forwards every viewer header except Host (so Host is the service's own,
 * as signed), including Authorization / X-Amz-Date / X-Amz-Security-Token /
 * X-Amz-Content-Sha256 (AllViewer* policies forward Authorization when caching is disabled),
 * and all query strings. CloudFront does not sign (no OAC on this origin). Headers it adds
 * (Via, X-Forwarded-For, X-Amz-Cf-Id) are not in SignedHeaders, so they do not break the
 * signature. Caveat: the signature covers the percent-encoded path (ARNs in /tags/{arn});
 * CloudFront forwards the URI as received, but check TagResource through this route once
 * after the first deployment.
 */
export class ApiRoute extends Construct {
  constructor(scope: Construct, id: string, props: ApiRouteProps) {
    super(scope, id);
    const stripPrefix = new cloudfront.Function(this, 'StripSdmPrefix', {
      code: cloudfront.FunctionCode.fromFile({ filePath: functionFile('strip-sdm-prefix.js') }),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Remove /sdm/<region> or /cloudtrail/<region> before forwarding to the service',
    });
    const headers = securityHeadersPolicy(this, 'ApiHeaders', props.contentSecurityPolicy, CACHE_CONTROL.api);
    // Snow Device Management first, then CloudTrail (the activity trail), one behaviour each per region.
    const routes = [
      ...props.regions.map((region) => ({ pattern: `${sameOriginPrefix(region)}/*`, host: `snow-device-management.${region}.amazonaws.com` })),
      ...props.regions.map((region) => ({ pattern: `${sameOriginTrailPrefix(region)}/*`, host: `cloudtrail.${region}.amazonaws.com` })),
    ];
    for (const { pattern, host } of routes) {
      const origin = new origins.HttpOrigin(host, {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      });
      props.distribution.addBehavior(pattern, origin, {
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: stripPrefix, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      });
    }
  }
}
