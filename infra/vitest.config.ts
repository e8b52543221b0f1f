import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Synthesising the stack bundles nothing but does hash the asset folders; give it room.
    testTimeout: 60_000,
  },
});
