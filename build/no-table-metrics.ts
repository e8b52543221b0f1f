import type { Plugin } from 'vite';

/**
 * Cloudscape's Table reports its loads and updates to the AWS console's own telemetry: after
 * every change of its items it reads the header's `innerText` (a forced layout of the page,
 * many times a second while the fleet fills in) for metrics that only the console collects.
 * The hook becomes a no-op with the same return shape. If Cloudscape moves the file, the
 * plugin simply matches nothing.
 */
export function dropCloudscapeTableMetrics(): Plugin {
  const target = /@cloudscape-design[\\/]components[\\/]internal[\\/]hooks[\\/]use-table-interaction-metrics[\\/]index\.js$/;
  return {
    name: 'drop-cloudscape-table-metrics',
    enforce: 'pre',
    load(id) {
      const [file = id] = id.split('?');
      if (!target.test(file)) return null;
      return 'export function useTableInteractionMetrics() {\n  return { tableInteractionAttributes: {}, setLastUserAction: () => undefined };\n}\n';
    },
  };
}
