import { asObject } from '@/lib/local-record';
import { allViews, MAX_VIEWS, NAME_MAX, SAVED_VIEWS_VERSION, type SavedView, type SavedViewsState } from './saved-views';
import { readView, type KnownValues, type ViewSettings } from './saved-views-settings';

/** The `format` member of an exported file, so another JSON file is told apart at once. */
export const VIEWS_FILE_FORMAT = 'snow-dashboard-saved-views';

/** The JSON text of a file holding the operator's own views (built-ins come with every dashboard). */
export function exportViews(state: SavedViewsState, exportedAt: Date): string {
  const views = state.views.map((v) => ({ name: v.name, settings: v.settings }));
  return `${JSON.stringify({ format: VIEWS_FILE_FORMAT, version: SAVED_VIEWS_VERSION, exportedAt: exportedAt.toISOString(), views }, null, 2)}\n`;
}

export interface Skipped {
  name?: string;
  reason: string;
}

export interface ParsedFile {
  views: Array<{ name: string; settings: ViewSettings }>;
  skipped: Skipped[];
}

/** Reads an exported file: the views it holds, and those it skips with the reason. */
export function parseViewsFile(text: string, known: KnownValues): ParsedFile | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON. Choose a file exported from the saved views menu.' };
  }
  const o = asObject(raw);
  if (!o || o.format !== VIEWS_FILE_FORMAT) return { error: 'The file does not hold saved views. Choose a file exported from the saved views menu.' };
  if (o.version !== SAVED_VIEWS_VERSION) return { error: `The file has format version ${JSON.stringify(o.version)}; this dashboard reads version ${SAVED_VIEWS_VERSION}.` };
  if (!Array.isArray(o.views)) return { error: 'The file has no list of views.' };
  const views: ParsedFile['views'] = [];
  const skipped: Skipped[] = [];
  for (const entry of o.views) {
    const r = readView(entry, known);
    if ('problem' in r) skipped.push({ name: r.name, reason: r.problem });
    else if (r.name.trim().length > NAME_MAX) skipped.push({ name: r.name, reason: `Names can be at most ${NAME_MAX} characters.` });
    else if (views.some((v) => v.name.trim().toLowerCase() === r.name.trim().toLowerCase())) skipped.push({ name: r.name, reason: 'The file has another view of this name.' });
    else views.push({ name: r.name.trim(), settings: r.settings });
  }
  return { views, skipped };
}

/** Names in the file that are already taken (by the operator's views or a built-in). */
export function collisions(state: SavedViewsState, file: ParsedFile): string[] {
  const taken = new Set(allViews(state).map((v) => v.name.toLowerCase()));
  return file.views.filter((v) => taken.has(v.name.toLowerCase())).map((v) => v.name);
}

/** `keep-both` adds a number to an imported name that is taken; `replace` overwrites the operator's view of that name (never a built-in). */
export type CollisionChoice = 'keep-both' | 'replace';

export interface ImportResult {
  state: SavedViewsState;
  added: string[];
  replaced: string[];
  renamed: Array<{ from: string; to: string }>;
  skipped: Skipped[];
}

function freeName(name: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Adds the file's views to the operator's, as the collision choice says. */
export function importViews(state: SavedViewsState, file: ParsedFile, choice: CollisionChoice, newId: () => string): ImportResult {
  const views: SavedView[] = [...state.views];
  const result: Omit<ImportResult, 'state'> = { added: [], replaced: [], renamed: [], skipped: [...file.skipped] };
  const builtIns = new Set(allViews({ views: [] }).map((v) => v.name.toLowerCase()));
  for (const v of file.views) {
    const taken = new Set([...builtIns, ...views.map((x) => x.name.toLowerCase())]);
    const mine = views.findIndex((x) => x.name.toLowerCase() === v.name.toLowerCase());
    if (choice === 'replace' && mine >= 0) {
      views[mine] = { ...views[mine]!, settings: v.settings };
      result.replaced.push(v.name);
      continue;
    }
    if (views.length >= MAX_VIEWS) {
      result.skipped.push({ name: v.name, reason: `At most ${MAX_VIEWS} views can be saved.` });
      continue;
    }
    const name = taken.has(v.name.toLowerCase()) ? freeName(v.name, taken) : v.name;
    if (name !== v.name) result.renamed.push({ from: v.name, to: name });
    else result.added.push(name);
    views.push({ id: newId(), name, settings: v.settings });
  }
  return { state: { ...state, views }, ...result };
}
