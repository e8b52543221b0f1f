// The activity feature's public surface: the trail's panels for the device and task pages.
// Loaded lazily, so pages that show them do not carry the CloudTrail code until they render.
import { lazyWithRetry } from '@/lib/lazy-retry';

/** The device page's Activity panel (lazy: render inside Suspense). */
export const DeviceActivityPanel = lazyWithRetry(() => import('./components/device-activity-panel').then((m) => ({ default: m.DeviceActivityPanel })));
/** "Created by" from CloudTrail (lazy: render inside Suspense). */
export const CreatedBy = lazyWithRetry(() => import('./components/task-trail').then((m) => ({ default: m.CreatedBy })));
/** "Cancelled by" from CloudTrail (lazy: render inside Suspense). */
export const CancelledBy = lazyWithRetry(() => import('./components/task-trail').then((m) => ({ default: m.CancelledBy })));
