// This browser's cache of described fleets (IndexedDB), for the inventory's warm start.
// The connection and settings features clear it through this file.
export { claimAccount, clearFleetCache, cacheUsage, prepareFleetCache, readFleetCache, type CachedFleet, type CacheUsage } from './cache';
export { FleetCacheWriter, type CacheableRow } from './writer';
export type { CachedRow, CacheScope } from './schema';
