import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Cloudscape's global styles inline eight Open Sans fonts as base64 (about 140 KB gzipped
 * of CSS on every first load). This writes them out as font files that Vite emits as
 * hashed assets, so the browser downloads only the weights a page uses, in parallel.
 */
export function externalizeCloudscapeFonts(): Plugin {
  const cacheDir = resolve('node_modules/.cache/cloudscape-fonts');
  return {
    name: 'externalize-cloudscape-fonts',
    enforce: 'pre',
    transform(code, id) {
      const [file = id] = id.split('?');
      if (!/global-styles[\\/]index\.css$/.test(file)) return null;
      mkdirSync(cacheDir, { recursive: true });
      let n = 0;
      const out = code.replace(/url\((['"]?)data:font\/woff2;base64,([A-Za-z0-9+/=]+)\1\)/g, (_m, _q, b64: string) => {
        const fontFile = resolve(cacheDir, `open-sans-${n++}.woff2`);
        writeFileSync(fontFile, Buffer.from(b64, 'base64'));
        return `url('${relative(dirname(file), fontFile).replace(/\\/g, '/')}')`;
      });
      return { code: out, map: null };
    },
  };
}
