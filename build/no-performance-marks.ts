import type { Plugin } from 'vite';

/**
 * Cloudscape's tables and primary buttons emit performance marks for the AWS console's own
 * telemetry: after each render they read the element's computed style (a forced style
 * recalculation while rows are still being added) and watch it with an IntersectionObserver.
 * Nothing here reads those marks, so the hook becomes a no-op. If Cloudscape moves the file,
 * the plugin simply matches nothing.
 */
export function dropCloudscapePerformanceMarks(): Plugin {
  const target = /@cloudscape-design[\\/]components[\\/]internal[\\/]hooks[\\/]use-performance-marks[\\/]index\.js$/;
  return {
    name: 'drop-cloudscape-performance-marks',
    enforce: 'pre',
    load(id) {
      const [file = id] = id.split('?');
      if (!target.test(file)) return null;
      return 'export function usePerformanceMarks() {\n  return {};\n}\n';
    },
  };
}
