// The tasks feature's public surface for the app shell and other features.
export { OperationWatcher } from './components/operation-watcher';
// The fleet overview's "needs attention" list of recent failed executions.
export { useRecentFailures, type RecentFailuresResult } from './api/use-recent-failures';
export type { RecentFailure } from './api/recent-failures';
