import { useCollection } from '@cloudscape-design/collection-hooks';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';

/** A paged list of devices inside the bulk tag dialog (a selection may hold thousands). */
export function DeviceListTable<T>({ label, items, columns }: { label: string; items: readonly T[]; columns: TableProps.ColumnDefinition<T>[] }) {
  const { items: page, collectionProps, paginationProps } = useCollection(items, { pagination: { pageSize: 10 } });
  return (
    <Table<T>
      {...collectionProps}
      variant="embedded"
      contentDensity="compact"
      wrapLines
      ariaLabels={{ tableLabel: label }}
      items={page}
      columnDefinitions={columns}
      pagination={items.length > 10 ? <Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (p) => `Page ${p}` }} /> : undefined}
    />
  );
}
