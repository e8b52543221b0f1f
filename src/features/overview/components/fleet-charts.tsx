import Grid from '@cloudscape-design/components/grid';
import { CONTACT_BANDS, equals, STORAGE_BANDS } from '@/features/devices';
import type { Figures } from '../api/aggregate';
import { CHART_PROPERTIES, overviewHref } from '../api/links';
import { categoriesOf, type ChartModel, type ChartSeries } from './chart-model';
import { ChartPanel } from './chart-panel';

type Chart = keyof typeof CHART_PROPERTIES;

function series(title: string, values: ReadonlyMap<string, number>, chart: Chart, region: string | undefined, what: (c: string) => string): ChartSeries {
  const where = region ? ` in ${region}` : '';
  return { title, values, what: (c) => `${what(c)}${where}`, href: (c) => overviewHref([equals(CHART_PROPERTIES[chart], c)], region) };
}

/** The overview's charts of one part of the fleet (all of it, or one region). */
export function chartModels(f: Figures, region?: string): ChartModel[] {
  const suffix = region ? ` in ${region}` : '';
  return [
    {
      id: 'software',
      title: `Software versions${suffix}`,
      description: 'Devices by installed software version, and by version being installed.',
      kind: 'bar',
      xTitle: 'Version',
      categories: categoriesOf(undefined, f.versions, f.installingVersions),
      series: [
        series('Installed', f.versions, 'versions', region, (c) => `with software ${c} installed`),
        series('Installing', f.installingVersions, 'installingVersions', region, (c) => `installing software ${c}`),
      ],
    },
    {
      id: 'types',
      title: `Device types${suffix}`,
      description: 'Devices by product name.',
      kind: 'pie',
      xTitle: 'Device type',
      categories: categoriesOf(undefined, f.types),
      series: [series('Devices', f.types, 'types', region, (c) => `of type ${c}`)],
    },
    {
      id: 'storage',
      title: `Storage use${suffix}`,
      description: 'Devices by storage in use, HDD and SSD together.',
      kind: 'bar',
      xTitle: 'Storage used',
      categories: categoriesOf(STORAGE_BANDS, f.storageBands),
      series: [series('Devices', f.storageBands, 'storageBands', region, (c) => `with storage used ${c.toLowerCase()}`)],
    },
    {
      id: 'contact',
      title: `Last contact${suffix}`,
      description: 'Devices by how long ago they last reached out to AWS.',
      kind: 'bar',
      xTitle: 'Last contact',
      categories: categoriesOf(CONTACT_BANDS, f.contactBands),
      series: [series('Devices', f.contactBands, 'contactBands', region, (c) => `with last contact ${c.toLowerCase()}`)],
    },
  ];
}

interface Props {
  figures: Figures;
  region?: string;
  /** Nothing described yet and the fleet still loading. */
  loading: boolean;
}

/** Four charts in a grid, two a row on wide screens. Loaded apart from the counters (the charts' code is large). */
export function FleetCharts({ figures, region, loading }: Props) {
  const empty = figures.total === 0 ? 'No devices.' : 'No device described yet.';
  return (
    <Grid gridDefinition={[0, 1, 2, 3].map(() => ({ colspan: { default: 12, m: 6 } }))}>
      {chartModels(figures, region).map((m) => <ChartPanel key={m.id} model={m} loading={loading} empty={empty} />)}
    </Grid>
  );
}
