import type { FleetRow } from '../../api/fleet-types';
import { filterRows, type FilterToken } from '../../model/filter-rows';
import type { RowContext } from '../../model/row-values';
import { ROW_PROPERTIES } from './table-config';

/** How many rows the inventory shows for these filters (all must match), with its own properties. */
export function countMatching(rows: readonly FleetRow[], tokens: readonly FilterToken[], ctx: RowContext): number {
  return filterRows(rows, { operation: 'and', tokens }, ctx, ROW_PROPERTIES).length;
}
