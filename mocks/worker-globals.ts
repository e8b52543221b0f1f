/**
 * Evaluated before MSW in the simulator's worker. MSW's cookie store insists that a browser
 * environment has `localStorage`, which workers lack; it reads and writes nothing without
 * `getItem`/`setItem`, and the simulated service sets no cookies. An empty stand-in does.
 */
const scope = globalThis as { localStorage?: object };
scope.localStorage ??= {};
export {};
