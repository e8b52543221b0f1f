import type { Connection } from './connection';

/** The region a new connection starts with. */
export const DEFAULT_REGION = 'us-west-2';

/** The connection's first region: where a view without a region of its own reads. */
export function homeRegion(connection: Pick<Connection, 'regions'>): string {
  return connection.regions[0] ?? DEFAULT_REGION;
}

// <area>-<direction>-<digit>: us-east-1, ap-southeast-3, us-gov-west-1, cn-northwest-1,
// eusc-de-east-1. Region numbers are one digit, so "us-west-22" is a typo, not a region.
const REGION_RE =
  /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|us-isof|eu-isoe|eusc-de)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[1-9]$/;

/** True for a well-formed AWS region name (whether or not SDM is offered there). */
export function isRegionName(value: string): boolean {
  return REGION_RE.test(value);
}

/** A region asked for by a link or a form: one of the connection's, or why not. */
export type RegionChoice = { ok: true; region: string } | { ok: false; asked: string };

/**
 * Checks a region that came from outside (the address bar, router state): only the
 * connection's own regions are used. Nothing given means the connection's first region.
 */
export function connectionRegion(connection: Pick<Connection, 'regions'>, asked: string | null | undefined): RegionChoice {
  if (asked === null || asked === undefined || asked === '') return { ok: true, region: homeRegion(connection) };
  return isRegionName(asked) && connection.regions.includes(asked) ? { ok: true, region: asked } : { ok: false, asked };
}

/** Thrown before anything is sent to a region that is not one of the connection's. */
export class RegionOutsideConnectionError extends Error {
  constructor(readonly region: string, regions: readonly string[]) {
    super(
      isRegionName(region)
        ? `Region ${region} is not part of this connection (${regions.join(', ')}), so nothing was sent there`
        : `'${region.slice(0, 40)}' is not an AWS region name, so nothing was sent`,
    );
    this.name = 'RegionOutsideConnection';
  }
}

/** Throws RegionOutsideConnectionError unless `region` is a well-formed region of the connection. */
export function assertConnectionRegion(connection: Pick<Connection, 'regions'>, region: string): void {
  if (!isRegionName(region) || !connection.regions.includes(region)) throw new RegionOutsideConnectionError(region, connection.regions);
}
