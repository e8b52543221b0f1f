import { lazyWithRetry } from '@/lib/lazy-retry';

/**
 * Loads the device page's code; the inventory calls it once idle so a click opens at once.
 * That early load may fail on a poor link: the page then loads (and retries) when opened.
 */
export const loadDeviceDetail = () => import('./device-detail-page');

/** The inventory's early load: a failure only means the page loads when it is opened. */
export const prefetchDeviceDetail = (): void => void loadDeviceDetail().catch(() => undefined);

/** The device page, split from the inventory's first load. */
export const LazyDeviceDetailPage = lazyWithRetry(() => loadDeviceDetail().then((m) => ({ default: m.DeviceDetailPage })));
