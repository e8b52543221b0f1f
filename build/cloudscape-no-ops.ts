import type { Plugin } from 'vite';

/** A Cloudscape module replaced by a no-op with the same exports, and why. */
interface NoOp {
  /** The module's path under @cloudscape-design/components/internal/. */
  path: string;
  code: string;
}

/**
 * Hooks that Cloudscape runs for the AWS console's own telemetry and checks, each a cost on
 * every render or mount of a large table and read by nothing here:
 * - performance marks: after each render, tables and primary buttons read the element's
 *   computed style (a forced style recalculation while rows are still being added) and
 *   watch it with an IntersectionObserver;
 * - table interaction metrics: after every change of its items the table reads its header's
 *   `innerText` (a forced layout, many times a second while the fleet fills in);
 * - the missing-styles check: every component mounted starts an AbortController, a timer,
 *   an idle callback and a query of the page's stylesheets, to warn once when Cloudscape's
 *   CSS is missing (the app always loads it);
 * - analytics funnels: tables, containers, expandable sections, forms and modals report how
 *   operators move through them to the console's metrics; here they only pass their children
 *   through (with the context a component outside any funnel reads).
 * If Cloudscape moves a file, its entry simply matches nothing.
 */
export const CLOUDSCAPE_NO_OPS: readonly NoOp[] = [
  { path: 'hooks/use-performance-marks/index.js', code: 'export function usePerformanceMarks() {\n  return {};\n}\n' },
  {
    path: 'hooks/use-table-interaction-metrics/index.js',
    code: 'export function useTableInteractionMetrics() {\n  return { tableInteractionAttributes: {}, setLastUserAction: () => undefined };\n}\n',
  },
  {
    path: 'hooks/use-base-component/styles-check.js',
    code: 'export function useMissingStylesCheck() {}\nexport const __testResetCheckedDocs = () => undefined;\n',
  },
  {
    path: 'analytics/components/analytics-funnel.js',
    code: [
      "import React, { useContext } from 'react';",
      "import { FunnelStepContext, FunnelSubStepContext } from '../context/analytics-context';",
      'const passThrough = (Context) => function Pass({ children }) {',
      '  const context = useContext(Context);',
      "  return React.createElement(React.Fragment, null, typeof children === 'function' ? children(context) : children);",
      '};',
      'export const AnalyticsFunnel = ({ children }) => React.createElement(React.Fragment, null, children);',
      "export const CREATION_EDIT_FLOW_DONE_EVENT_NAME = 'awsui-creation-edit-flow-done';",
      'export const AnalyticsFunnelStep = passThrough(FunnelStepContext);',
      'export const AnalyticsFunnelSubStep = passThrough(FunnelSubStepContext);',
      '',
    ].join('\n'),
  },
];

const INTERNAL = /@cloudscape-design[\\/]components[\\/]internal[\\/](.+)$/;

export function cloudscapeNoOps(): Plugin {
  return {
    name: 'cloudscape-no-ops',
    enforce: 'pre',
    load(id) {
      const [file = id] = id.split('?');
      const path = INTERNAL.exec(file)?.[1]?.split('\\').join('/');
      return CLOUDSCAPE_NO_OPS.find((n) => n.path === path)?.code ?? null;
    },
  };
}
