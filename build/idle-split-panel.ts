import type { Plugin } from 'vite';

const FILE = /@cloudscape-design[\\/]components[\\/]app-layout[\\/]visual-refresh[\\/]split-panel\.js$/;
const CONTEXT = 'splitPanelPosition, splitPanelRefs, splitPanelSize, } = useAppLayoutInternals();';
const POSITION = '        position: splitPanelPosition,';

/**
 * AppLayout wraps every page in its split panel's provider, which, in the bottom position,
 * measures the viewport's height one frame after each render of the layout (reading
 * `clientHeight` forces a layout of the whole page, the inventory's table included). The
 * dashboard has no split panel: without one, the provider is told the side position, where
 * it measures nothing; with one it is unchanged. A Cloudscape release that no longer has
 * these lines is left as it is.
 */
export function idleSplitPanel(): Plugin {
  return {
    name: 'idle-split-panel',
    enforce: 'pre',
    transform(code, id) {
      const [file = id] = id.split('?');
      if (!FILE.test(file) || !code.includes(CONTEXT) || !code.includes(POSITION)) return null;
      const out = code
        .replace(CONTEXT, CONTEXT.replace('splitPanelSize, }', 'splitPanelSize, splitPanel, }'))
        .replace(POSITION, "        position: splitPanel ? splitPanelPosition : 'side',");
      return { code: out, map: null };
    },
  };
}
