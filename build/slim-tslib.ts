import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const SHIM = resolve('src/lib/shims/aws-crypto-tslib.ts');
const AWS_CRYPTO = /[\\/]node_modules[\\/]@aws-crypto[\\/]/;

/**
 * `@aws-crypto/*` (CommonJS, with tslib 1 of its own) requires tslib as a whole; its
 * modules get a shim with only the helpers they call (src/lib/shims/aws-crypto-tslib.ts).
 * Every other importer (Cloudscape, the SDK's ES modules) keeps tslib's own ES module,
 * whose unused helpers tree-shaking drops.
 */
export function slimTslib(): Plugin {
  return {
    name: 'slim-tslib',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'tslib' && importer && AWS_CRYPTO.test(importer)) return SHIM;
      return null;
    },
  };
}
