// The devices feature's public surface for other features.
export { deviceQueries } from './api/device-queries';
export type { FleetRow, FleetSnapshot, RegionStatus } from './api/fleet-types';
// The fleet overview reads the inventory's own fleet data and links into the inventory's filters.
export { useFleet } from './components/inventory/use-fleet';
export { startFleet } from './api/fleet-start';
export { deviceHref } from './components/inventory/table-config';
export { countMatching } from './components/inventory/count-matching';
export { CONTACT_BANDS, DAY_MS, STORAGE_BANDS, type ContactBand, type StorageBand } from './model/bands';
export type { FilterToken } from './model/filter-rows';
export { equals, inventoryHref } from './model/inventory-links';
export {
  contactBandOf, DESCRIPTION_STATES, descriptionOf, installing, installingVersionOf, nameOf, NO_VERSION, onlineOf, stateLabelOf, storageBandOf,
  storagePercent, typeNameOf, versionOf, type RowContext,
} from './model/row-values';
