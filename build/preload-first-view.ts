import type { Plugin } from 'vite';

/** Body text, placeholders and headings: the faces the inventory uses on first load. */
const FIRST_VIEW_FACES = ['400 normal', '400 italic', '700 normal'];

/** The font files of FIRST_VIEW_FACES, read from the @font-face rules of the emitted CSS. */
function firstViewFonts(bundle: Record<string, { type: string; fileName: string; source?: unknown }>): string[] {
  const found = new Set<string>();
  for (const asset of Object.values(bundle)) {
    if (asset.type !== 'asset' || !asset.fileName.endsWith('.css') || typeof asset.source !== 'string') continue;
    for (const [, rule = ''] of asset.source.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1];
      const style = /font-style:\s*(\w+)/.exec(rule)?.[1];
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule)?.[1];
      if (url && FIRST_VIEW_FACES.includes(`${weight} ${style}`)) found.add(url);
    }
  }
  return [...found];
}

/**
 * index.html asks for the code of the first view at once (modulepreload), so it downloads
 * and compiles while the shell's code runs instead of after it: the inventory (the default
 * page) in every build, and in demo builds the simulator too. It also preloads the font
 * faces the first view sets text in, so the table is laid out once in Open Sans instead of
 * twice (fallback font, then again for each face as it arrives).
 */
export function preloadFirstView(simulator: boolean): Plugin {
  const entries = [/features[\\/]devices[\\/]routes\.tsx$/, ...(simulator ? [/mocks[\\/]browser\.ts$/] : [])];
  return {
    name: 'preload-first-view',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const files = new Set<string>();
      const add = (fileName: string) => {
        const c = chunks.find((x) => x.fileName === fileName);
        if (!c || files.has(fileName) || c.type !== 'chunk') return;
        files.add(fileName);
        c.imports.forEach(add);
      };
      for (const entry of entries) {
        const c = chunks.find((x) => x.type === 'chunk' && entry.test(x.facadeModuleId ?? ''));
        if (c) add(c.fileName);
      }
      const source = html.source;
      const links = [...files].filter((f) => !source.includes(`/${f}"`)).map((f) => `  <link rel="modulepreload" crossorigin href="/${f}">\n`);
      for (const font of firstViewFonts(bundle)) links.push(`  <link rel="preload" as="font" type="font/woff2" crossorigin href="${font}">\n`);
      html.source = source.replace('</head>', `${links.join('')}  </head>`);
    },
  };
}
