/** One series of a chart: a count per category, and the inventory link of each bar. */
export interface ChartSeries {
  title: string;
  values: ReadonlyMap<string, number>;
  href: (category: string) => string;
  /** What the devices of a bar are, for link names: "with software 122 installed". */
  what: (category: string) => string;
}

/** A chart of device counts by category, drawn as bars or a pie, with a table of the same data. */
export interface ChartModel {
  id: string;
  title: string;
  description: string;
  kind: 'bar' | 'pie';
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** What the x axis holds (bar charts). */
  xTitle?: string;
}

/** Categories in a fixed order (bands: every one, empty ones too), then any others, largest first. */
export function categoriesOf(order: readonly string[] | undefined, ...maps: ReadonlyArray<ReadonlyMap<string, number>>): string[] {
  const totals = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) totals.set(k, (totals.get(k) ?? 0) + v);
  const fixed = order ?? [];
  const rest = [...totals.keys()].filter((k) => !fixed.includes(k));
  rest.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b, 'en', { numeric: true }));
  return [...fixed, ...rest];
}
