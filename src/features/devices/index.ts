// The devices feature's public surface for other features.
export { deviceQueries } from './api/device-queries';
