import { validation } from './errors';

const DEFAULT_PAGE = 100;

/** maxResults as the model constrains it (1 to 100). */
export function pageSize(raw: string | null): number {
  if (raw === null) return DEFAULT_PAGE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw validation(`1 validation error detected: Value '${raw}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100`);
  }
  return n;
}

/** An opaque base64 token bound to the operation and its filters. */
export function encodeToken(scope: string, offset: number): string {
  return btoa(JSON.stringify({ s: scope, o: offset }));
}

export function decodeToken(token: string | null, scope: string): number {
  if (token === null) return 0;
  const invalid = () => validation('The nextToken is not valid. Use the nextToken returned by the previous call with the same parameters.');
  if (token.length < 1 || token.length > 1024 || !/^[a-zA-Z0-9+/=]*$/.test(token)) throw invalid();
  try {
    const parsed = JSON.parse(atob(token)) as { s?: unknown; o?: unknown };
    if (parsed.s !== scope || typeof parsed.o !== 'number' || parsed.o < 0) throw invalid();
    return parsed.o;
  } catch {
    throw invalid();
  }
}

/** One page of items and the token for the next, if any. */
export function paginate<T>(items: T[], query: URLSearchParams, scope: string): { page: T[]; nextToken?: string } {
  const size = pageSize(query.get('maxResults'));
  const offset = decodeToken(query.get('nextToken'), scope);
  const page = items.slice(offset, offset + size);
  const next = offset + size;
  return { page, nextToken: next < items.length ? encodeToken(scope, next) : undefined };
}
