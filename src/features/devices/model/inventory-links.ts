import type { FilterToken } from './filter-rows';
import { writeView } from './url-state';

/** The inventory filtered by these tokens (all must match), as a link: the same URL state the inventory writes. */
export function inventoryHref(tokens: readonly FilterToken[]): string {
  const params = writeView({ query: { operation: 'and', tokens }, descending: false, page: 1 }, new URLSearchParams());
  const query = params.toString();
  return query ? `/devices?${query}` : '/devices';
}

/** A token that selects the rows whose property equals a value (enum properties compare case-insensitively). */
export const equals = (propertyKey: string, value: string): FilterToken => ({ propertyKey, operator: '=', value });
