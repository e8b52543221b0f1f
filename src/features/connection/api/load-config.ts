import { configFromEnv, validateConfig } from './connection-config';
import type { ConfigState } from './connection-choices';

const SOURCE = 'config.json';

/**
 * Reads the deployment's `config.json` (served beside index.html, never cached, so one
 * build serves every environment); without one, the VITE_* variables of local development.
 * A missing file is not an error here: the caller decides (setup page or simulator).
 */
export async function loadConfigState(
  fetchImpl: typeof fetch = fetch,
  env: Record<string, string | undefined> = import.meta.env as Record<string, string | undefined>,
  base: string = import.meta.env.BASE_URL,
): Promise<ConfigState> {
  let text: string | undefined;
  try {
    const res = await fetchImpl(`${base}config.json`, { cache: 'no-store', headers: { accept: 'application/json' } });
    // Static hosts and CloudFront answer unknown paths with index.html: that is "missing" too.
    const html = (res.headers.get('content-type') ?? '').includes('text/html');
    if (res.ok && !html) text = await res.text();
    else if (res.status !== 404 && res.status !== 403 && !html) {
      return { status: 'invalid', source: SOURCE, problems: [`${SOURCE} could not be loaded: the server answered HTTP ${res.status}.`] };
    }
  } catch (error) {
    return { status: 'invalid', source: SOURCE, problems: [`${SOURCE} could not be loaded: ${(error as Error).message}.`] };
  }
  if (text === undefined || (text.trimStart().startsWith('<') && !text.trim().startsWith('{'))) {
    const fromEnv = configFromEnv(env);
    if (!fromEnv) return { status: 'missing' };
    return fromEnv.ok
      ? { status: 'ok', source: 'VITE_* variables', config: fromEnv.config, warnings: fromEnv.warnings }
      : { status: 'invalid', source: 'VITE_* variables', problems: fromEnv.problems };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { status: 'invalid', source: SOURCE, problems: [`${SOURCE} is not valid JSON: ${(error as Error).message}.`] };
  }
  const check = validateConfig(raw);
  return check.ok ? { status: 'ok', source: SOURCE, config: check.config, warnings: check.warnings } : { status: 'invalid', source: SOURCE, problems: check.problems };
}
