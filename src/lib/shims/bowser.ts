/**
 * Stand-in for `bowser` (about 10 KB gzipped), which the AWS SDK uses only to put the
 * browser and OS names into its user-agent header. The alias in vite.config.ts points
 * the SDK here; the header keeps the same shape (`os/<name>`, `md/browser/<name>_<version>`).
 */
interface Parsed {
  os: { name?: string; version?: string };
  browser: { name?: string; version?: string };
}

const BROWSERS: [name: string, pattern: RegExp][] = [
  ['Microsoft Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/],
  ['Chrome', /(?:Chrome|CriOS|Chromium)\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari/],
];
const SYSTEMS: [name: string, pattern: RegExp][] = [
  ['Windows', /Windows NT ([\d.]+)/],
  ['iOS', /(?:iPhone|iPad).*OS ([\d_]+)/],
  ['macOS', /Mac OS X ([\d_.]+)/],
  ['Android', /Android ([\d.]+)/],
  ['Linux', /Linux()/],
];

function first(ua: string, list: [string, RegExp][]): { name?: string; version?: string } {
  for (const [name, pattern] of list) {
    const m = pattern.exec(ua);
    if (m) return { name, version: m[1] ? m[1].replace(/_/g, '.') : undefined };
  }
  return {};
}

export function parse(ua: string): Parsed {
  return { os: first(ua, SYSTEMS), browser: first(ua, BROWSERS) };
}

export default { parse };
