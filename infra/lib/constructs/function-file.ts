import { fileURLToPath } from 'node:url';

/** Absolute path of a CloudFront Function's source in infra/functions/. */
export const functionFile = (name: string): string =>
  fileURLToPath(new URL(`../../functions/${name}`, import.meta.url));
