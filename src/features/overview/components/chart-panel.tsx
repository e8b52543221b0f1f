import BarChart from '@cloudscape-design/components/bar-chart';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import PieChart from '@cloudscape-design/components/pie-chart';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Toggle from '@cloudscape-design/components/toggle';
import { useState, type ReactNode } from 'react';
import { RouterLink } from '@/components/router-link';
import { TableEmptyState } from '@/components/table-states';
import { count } from '@/lib/plural';
import type { ChartModel } from './chart-model';

const BAR_STRINGS = {
  legendAriaLabel: 'Legend',
  detailPopoverDismissAriaLabel: 'Dismiss',
  chartAriaRoleDescription: 'bar chart',
  xAxisAriaRoleDescription: 'x axis',
  yAxisAriaRoleDescription: 'y axis',
};
const PIE_STRINGS = {
  detailsValue: 'Devices',
  detailsPercentage: 'Share',
  legendAriaLabel: 'Legend',
  detailPopoverDismissAriaLabel: 'Dismiss',
  chartAriaRoleDescription: 'pie chart',
  segmentAriaRoleDescription: 'segment',
};

/** The links of one category: one per series that has devices there. */
function CategoryLinks({ model, category }: { model: ChartModel; category: string }) {
  return (
    <SpaceBetween size="xxs">
      {model.series.map((s) => {
        const v = s.values.get(category) ?? 0;
        return v > 0 && <RouterLink key={s.title} href={s.href(category)} ariaLabel={`Show ${count(v, 'device')} ${s.what(category)}`}>Show {count(v, 'device')}{model.series.length > 1 ? ` (${s.title.toLowerCase()})` : ''}</RouterLink>;
      })}
    </SpaceBetween>
  );
}

interface Props {
  model: ChartModel;
  /** Nothing described yet while the fleet loads. */
  loading: boolean;
  empty: ReactNode;
}

/** A chart in a container, with "View as table" showing the same counts (each a link) in a table. */
export function ChartPanel({ model, loading, empty }: Props) {
  const [asTable, setAsTable] = useState(false);
  const ariaDescription = `${model.description} Select a bar or segment, or view as table, to open the inventory filtered to it.`;
  const statusType = loading ? 'loading' : 'finished';
  let chart: ReactNode;
  if (asTable) {
    chart = (
      <Table
        variant="embedded"
        ariaLabels={{ tableLabel: model.title }}
        loading={loading}
        loadingText="Loading devices"
        items={model.categories.map((c) => ({ c }))}
        trackBy="c"
        columnDefinitions={[
          { id: 'category', header: model.xTitle ?? 'Category', cell: (i) => i.c, isRowHeader: true },
          ...model.series.map((s) => ({
            id: s.title,
            header: model.series.length > 1 ? s.title : 'Devices',
            cell: (i: { c: string }) => {
              const v = s.values.get(i.c) ?? 0;
              return v > 0 ? <RouterLink href={s.href(i.c)} ariaLabel={`Show ${count(v, 'device')} ${s.what(i.c)}`}>{v.toLocaleString('en')}</RouterLink> : '0';
            },
          })),
        ]}
        empty={<TableEmptyState title="No data" description={empty} />}
      />
    );
  } else if (model.kind === 'pie') {
    const series = model.series[0];
    chart = (
      <PieChart
        data={model.categories.map((c) => ({ title: c, value: series?.values.get(c) ?? 0 }))}
        ariaLabel={model.title}
        ariaDescription={ariaDescription}
        i18nStrings={PIE_STRINGS}
        statusType={statusType}
        loadingText="Loading devices"
        hideFilter
        size="medium"
        variant="donut"
        innerMetricValue={String(model.categories.reduce((n, c) => n + (series?.values.get(c) ?? 0), 0))}
        innerMetricDescription="devices"
        detailPopoverFooter={(segment) => <CategoryLinks model={model} category={segment.title} />}
        empty={<TableEmptyState title="No data" description={empty} />}
      />
    );
  } else {
    chart = (
      <BarChart
        series={model.series.map((s) => ({ title: s.title, type: 'bar' as const, data: model.categories.map((c) => ({ x: c, y: s.values.get(c) ?? 0 })) }))}
        xDomain={[...model.categories]}
        xScaleType="categorical"
        xTitle={model.xTitle}
        yTitle="Devices"
        ariaLabel={model.title}
        ariaDescription={ariaDescription}
        i18nStrings={BAR_STRINGS}
        statusType={statusType}
        loadingText="Loading devices"
        hideFilter
        hideLegend={model.series.length < 2}
        height={200}
        detailPopoverFooter={(x) => <CategoryLinks model={model} category={String(x)} />}
        empty={<TableEmptyState title="No data" description={empty} />}
      />
    );
  }
  return (
    <Container
      fitHeight
      header={
        <Header variant="h2" description={model.description} actions={<Toggle ariaLabel={`View ${model.title.toLowerCase()} as table`} checked={asTable} onChange={({ detail }) => setAsTable(detail.checked)}>View as table</Toggle>}>
          {model.title}
        </Header>
      }
    >
      {chart}
    </Container>
  );
}
