import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { functionFile } from './function-file.js';
import { CACHE_CONTROL, securityHeadersPolicy } from './response-headers.js';

export interface HostingProps {
  /** Content-Security-Policy sent with every response of the site. */
  contentSecurityPolicy: string;
}

/**
 * The private bucket holding the built app and the CloudFront distribution in front of it:
 * hashed /assets/* cached for a year, everything else (index.html, config.json, client-side
 * routes) never cached, extension-less paths answered with /index.html.
 */
export class Hosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<distribution domain>`, without a trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: HostingProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
    });
    const siteOrigin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);

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

    const csp = props.contentSecurityPolicy;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Snow fleet dashboard',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: noCachePolicy,
        responseHeadersPolicy: securityHeadersPolicy(this, 'HtmlHeaders', csp, CACHE_CONTROL.html),
        functionAssociations: [{ function: spaRewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: siteOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          compress: true,
          cachePolicy: immutablePolicy,
          responseHeadersPolicy: securityHeadersPolicy(this, 'AssetHeaders', csp, CACHE_CONTROL.immutable),
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
  }
}
