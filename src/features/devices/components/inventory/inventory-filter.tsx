import PropertyFilter, { type PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import { memo, useMemo, useState } from 'react';
import type { FleetRow } from '../../api/fleet-store';
import { FilterOptions } from '../../model/filter-options';
import type { FilterQuery } from '../../model/filter-rows';
import { OPERATORS, type RowProperty } from '../../model/properties';
import type { RowContext } from '../../model/row-values';
import { filterProperties } from './table-config';

const I18N: PropertyFilterProps.I18nStrings = {
  filteringAriaLabel: 'Filter devices',
  filteringPlaceholder: 'Filter devices by property, tag or text (e.g. site = berlin, State != Unlocked, Software < 123)',
  dismissAriaLabel: 'Dismiss',
  clearAriaLabel: 'Clear',
  groupValuesText: 'Values',
  groupPropertiesText: 'Properties',
  operatorsText: 'Operators',
  operationAndText: 'and',
  operationOrText: 'or',
  operatorLessText: 'Less than',
  operatorLessOrEqualText: 'Less than or equal',
  operatorGreaterText: 'Greater than',
  operatorGreaterOrEqualText: 'Greater than or equal',
  operatorContainsText: 'Contains',
  operatorDoesNotContainText: 'Does not contain',
  operatorEqualsText: 'Equals',
  operatorDoesNotEqualText: 'Does not equal',
  operatorStartsWithText: 'Starts with',
  operatorDoesNotStartWithText: 'Does not start with',
  editTokenHeader: 'Edit filter',
  propertyText: 'Property',
  operatorText: 'Operator',
  valueText: 'Value',
  cancelActionText: 'Cancel',
  applyActionText: 'Apply',
  allPropertiesLabel: 'All properties',
  tokenLimitShowMore: 'Show more',
  tokenLimitShowFewer: 'Show fewer',
  clearFiltersText: 'Clear filters',
  removeTokenButtonAriaLabel: (t) => `Remove filter ${t.propertyLabel} ${t.operator} ${t.value}`,
  enteredTextLabel: (text) => `Use: "${text}"`,
};

interface Props {
  rows: readonly FleetRow[];
  query: FilterQuery;
  onChange: (query: FilterQuery) => void;
  tagProps: readonly RowProperty[];
  multiRegion: boolean;
  ctx: RowContext;
  countText: string;
}

/** Cloudscape's property filter over every column and every tag key, plus free text; renders again only when its props change. */
export const InventoryFilter = memo(function InventoryFilter({ rows, query, onChange, tagProps, multiRegion, ctx, countText }: Props) {
  const props = useMemo(
    () => [...filterProperties(multiRegion), ...tagProps],
    [multiRegion, tagProps],
  );
  const properties = useMemo<PropertyFilterProps.FilteringProperty[]>(
    () => props.map((p) => ({
      key: p.key,
      propertyLabel: p.label,
      groupValuesLabel: `${p.label} values`,
      operators: OPERATORS[p.type] as PropertyFilterProps.ComparisonOperator[],
      group: p.group,
    })),
    [props],
  );
  // Values change as descriptions arrive: counted once, then only the rows each snapshot changed.
  const [counter] = useState(() => new FilterOptions());
  const options = useMemo(() => counter.get(rows, props, ctx), [counter, rows, props, ctx]);
  return (
    <PropertyFilter
      query={query as PropertyFilterProps.Query}
      onChange={({ detail }) => onChange({ operation: detail.operation, tokens: detail.tokens.map((t) => ({ propertyKey: t.propertyKey, operator: t.operator, value: String(t.value ?? '') })) })}
      filteringProperties={properties}
      filteringOptions={options}
      customGroupsText={[{ group: 'Tags', properties: 'Tags', values: 'Tag values' }]}
      freeTextFiltering={{ operators: [':', '!:'] }}
      countText={countText}
      expandToViewport
      i18nStrings={I18N}
    />
  );
});
