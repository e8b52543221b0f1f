// CloudFront Function (viewer request, cloudfront-js-2.0) for the /sdm/<region>/* and
// /cloudtrail/<region>/* behaviours (CloudTrail LookupEvents is a POST to /, so its path is /).
// The browser signs each request (SigV4) for the real service host and the real path, e.g.
// host snow-device-management.us-west-2.amazonaws.com, path /managed-devices, and sends it to
// the dashboard's own origin as /sdm/us-west-2/managed-devices. This function removes the
// /sdm/<region> (or /cloudtrail/<region>) prefix so the origin receives exactly the path that was signed.
// The query string (event.request.querystring) is not touched, so CloudFront forwards it as received.
// Plain script, no import/export: CloudFront evaluates the file and calls the top-level handler.
function handler(event) {
  var request = event.request;
  var match = /^\/(?:sdm|cloudtrail)\/[a-z0-9-]+(\/.*)?$/.exec(request.uri);
  if (match) {
    request.uri = match[1] || '/';
  }
  return request;
}
