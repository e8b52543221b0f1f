import { tagKeyError, tagValueError } from '@/lib/rules/tags';
import { DASHBOARD_TAG_PREFIX as DASHBOARD_PREFIX, TAGS } from '../../api/batching';

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
  // The not-found tag too: the dashboard adds it by itself when a device turns out to be gone.
  const own = [TAGS.operation, TAGS.command, TAGS.batch, TAGS.planned, TAGS.notFound, ...(retry ? [TAGS.retryOf] : [])];
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
