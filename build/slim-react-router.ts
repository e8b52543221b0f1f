import type { Plugin } from 'vite';

const ROUTER_CHUNK = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]chunk-[\w-]+\.mjs$/;

/** `var Link = React10.forwardRef(` at the top level of the module. */
const TOP_LEVEL_CALL = /^(var \w+ = )(React\d*\.(?:forwardRef|memo|createContext)\()/gm;
/** `Link.displayName = "Link";` at the top level: a name for React's developer tools. */
const DISPLAY_NAME = /^\w+\.displayName = "[^"\n]*";\n/gm;

/**
 * React Router's production build defines its components at the top level with
 * `React.forwardRef(…)` and then names them (`Link.displayName = "Link"`). Neither is marked
 * free of side effects, so a bundler keeps every component, and all it reaches (links, forms,
 * fetchers, prefetching, scroll restoration), whether or not the app uses it. Marking those
 * calls pure and dropping the names (read only by React's developer tools) lets tree-shaking
 * drop what nothing imports (lines are kept, so source maps still line up). A release that writes these lines differently is left as it is.
 */
export function slimReactRouter(): Plugin {
  return {
    name: 'slim-react-router',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!ROUTER_CHUNK.test(file)) return null;
      return { code: slimRouterCode(code), map: null };
    },
  };
}

export function slimRouterCode(code: string): string {
  return code.replace(TOP_LEVEL_CALL, '$1/* @__PURE__ */ $2').replace(DISPLAY_NAME, '\n');
}
