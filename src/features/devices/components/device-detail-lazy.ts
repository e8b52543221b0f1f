import { lazy } from 'react';

/** Loads the device page's code; the inventory calls it once idle so a click opens at once. */
export const loadDeviceDetail = () => import('./device-detail-page');

/** The device page, split from the inventory's first load. */
export const LazyDeviceDetailPage = lazy(() => loadDeviceDetail().then((m) => ({ default: m.DeviceDetailPage })));
