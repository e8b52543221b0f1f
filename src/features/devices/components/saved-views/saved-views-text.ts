import { count } from '@/lib/plural';
import type { KnownValues } from '../../model/saved-views';
import type { ImportResult } from '../../model/saved-views-file';
import { COLUMN_IDS, PAGE_SIZES, ROW_PROPERTIES } from '../inventory/table-config';

/** What saved and imported views are checked against: the inventory's own page sizes, columns and properties. */
export const KNOWN: KnownValues = { pageSizes: PAGE_SIZES, columnIds: COLUMN_IDS, propertyKeys: ROW_PROPERTIES.map((p) => p.key) };

/** "Imported 3 views (1 renamed: Berlin → Berlin (2)); replaced 1; skipped 1: …". */
export function importSummary(r: ImportResult): string {
  const parts = [`Imported ${count(r.added.length + r.renamed.length, 'view')}`];
  if (r.renamed.length) parts.push(`renamed ${r.renamed.map((x) => `"${x.from}" to "${x.to}"`).join(', ')}`);
  if (r.replaced.length) parts.push(`replaced ${r.replaced.map((n) => `"${n}"`).join(', ')}`);
  if (r.skipped.length) parts.push(`skipped ${r.skipped.map((s) => `${s.name ? `"${s.name}"` : 'a view'} (${s.reason.replace(/\.$/, '')})`).join(', ')}`);
  return `${parts.join('; ')}.`;
}
