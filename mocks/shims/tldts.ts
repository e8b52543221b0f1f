/**
 * Stand-in for `tldts` (the public-suffix list: about 60 KB gzipped), which MSW reaches only
 * through tough-cookie, for the cookie jar it keeps for mocked responses. The simulator
 * never sets cookies, so the registrable domain can be the plain last two labels; IP
 * addresses and single-label hosts have none, as with tldts. The alias in vite.config.ts
 * applies to dev and demo builds only (production has no simulator), not to tests.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (!host || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return null;
  return host.split('.').slice(-2).join('.');
}
