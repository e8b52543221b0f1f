import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's chromium when present (no browser download needed); Playwright's own elsewhere.
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry in CI only: a CI runner short of CPU must not fail a run; a retried pass shows as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      // The e2e suite runs on the demo build (production bundle + simulator), served statically.
      command: `npm run build:demo && npx vite preview --mode demo --outDir dist-demo --strictPort --port ${port} --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      // Always build and serve afresh: a reused server would test a stale build.
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      // The production build as deployed (no simulator), for what a real first start shows.
      command: `npx vite build --outDir dist-e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e --strictPort --port ${port + 1} --host 127.0.0.1`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 240_000,
    },
  ],
});
