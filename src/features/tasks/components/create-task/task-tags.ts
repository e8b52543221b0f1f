import { tagKeyError, tagValueError } from '@/lib/rules/tags';
import { TAGS } from '../../api/batching';

/** The dashboard's own tag namespace: operation, command, batch and retry-of are written on every task it sends. */
const DASHBOARD_PREFIX = 'snow-dashboard:';

export interface TagRow {
  key: string;
  value: string;
}

/**
 * What is wrong with each of the operator's tag rows: the AWS tag rules (src/lib/rules/tags)
 * on the key as it is sent (trimmed), each key once, room left for the tags the dashboard
 * adds itself, and nothing in the dashboard's namespace.
 */
export function taskTagErrors(rows: readonly TagRow[], retry: boolean): Array<{ key?: string; value?: string }> {
  const own = [TAGS.operation, TAGS.command, TAGS.batch, ...(retry ? [TAGS.retryOf] : [])];
  return rows.map((row, i) => {
    const key = row.key.trim();
    // A repeated key is flagged on its later rows; the limit on the rows past it.
    const before = [...own, ...rows.slice(0, i).map((r) => r.key.trim())];
    return {
      key: key.startsWith(DASHBOARD_PREFIX) ? `Keys starting with "${DASHBOARD_PREFIX}" are set by the dashboard.` : tagKeyError(key, before),
      value: tagValueError(row.value),
    };
  });
}
