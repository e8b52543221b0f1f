// CloudFront Function (viewer request, cloudfront-js-2.0) for the default (S3) behaviour.
// Client-side routes such as /devices/smd-123 have no file behind them; answer them with
// /index.html. A path whose last segment has a dot (/favicon.svg, /config.json) is a file and
// is passed through. Done here rather than with distribution-wide 403/404 error responses,
// because those would also turn the API's own 403/404 answers under /sdm/* into index.html.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
