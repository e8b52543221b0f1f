#!/usr/bin/env node
// Screenshots of every view on the simulated fleet, at 1440×900 and 1024×768, light and dark,
// into test-results/screenshots/ (look at them before changing a view). Serves the last demo
// build (`npm run build:demo`) with `vite preview`; SCREENSHOT_PORT picks the port.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.env.SCREENSHOT_PORT ?? 4790);
const base = `http://127.0.0.1:${port}`;
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--mode', 'demo', '--outDir', 'dist-demo', '--strictPort', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

/** Views to capture: a name, a path, and what must be on screen before the picture. */
const views = [
  { name: 'overview', path: '/', ready: (p) => p.getByText(/All [\d,]+ devices? described/).waitFor() },
  { name: 'inventory', path: '/devices', ready: (p) => p.getByRole('table').first().waitFor() },
  { name: 'device', path: '/devices/first', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'tasks', path: '/tasks', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { name: 'create-task', path: '/tasks/create', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { name: 'activity', path: '/activity', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { name: 'settings', path: '/settings', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
];

await waitForServer();
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  for (const [width, height] of [[1440, 900], [1024, 768]]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript((t) => localStorage.setItem('snow-dashboard:preferences', JSON.stringify({ theme: t })), theme);
      const page = await context.newPage();
      await page.goto(`${base}/devices?sim-reset=1`);
      await page.getByRole('table').first().waitFor();
      const firstId = await page.locator('a[href^="/devices/smd-"]').first().getAttribute('href');
      for (const v of views) {
        await page.goto(`${base}${v.path === '/devices/first' ? firstId : v.path}`);
        await v.ready(page);
        await page.waitForTimeout(2500);
        await page.screenshot({ path: `${out}/${v.name}-${width}-${theme}.png`, fullPage: false });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(`screenshots in ${out}/`);
