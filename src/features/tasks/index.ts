// The tasks feature's public surface for the app shell and other features.
export { OperationWatcher } from './components/operation-watcher';
