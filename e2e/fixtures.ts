import { test as base, expect, type Locator, type Page, type Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Simulator switches, as the sim-* query parameters the simulator reads (see mocks/scenario.ts). */
export interface SimOptions {
  devices?: number;
  seed?: number;
  latency?: number;
  throttle?: number;
  /** `Operation:rate` or `Operation:rate:ExceptionName`. */
  error?: string;
  /** Operations that answer AccessDeniedException. */
  deny?: string[];
  vanish?: string;
  speed?: number;
  /** Serve the shared fleet snapshot, written this many minutes ago. */
  snapshot?: number;
}

function simQuery(sim: SimOptions = {}): string {
  const p = new URLSearchParams({ 'sim-reset': '1' });
  for (const [k, v] of Object.entries(sim)) {
    if (v !== undefined) p.set(`sim-${k}`, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString();
}

/** Page object for the dashboard on the simulated fleet. */
export class Dashboard {
  constructor(readonly page: Page) {}

  /** Opens a path on a fresh simulator with the given scenario. */
  async open(path = '/devices', sim?: SimOptions) {
    const sep = path.includes('?') ? '&' : '?';
    await this.page.goto(`${path}${sep}${simQuery(sim)}`);
    await expect(this.page.getByRole('navigation', { name: 'Side navigation' })).toBeVisible();
  }

  /**
   * Runs code against the tab's simulator, in its worker (`self.__SNOW_SIMULATOR__`, see
   * mocks/simulator-worker.ts). `fn` is sent as source: it sees only the simulator and `arg`.
   */
  async sim<T, A = undefined>(fn: (sim: SimulatorHandle, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    const expression = `(${fn.toString()})(self.__SNOW_SIMULATOR__, ${arg === undefined ? 'undefined' : JSON.stringify(arg)})`;
    const started = (w: Worker) => w.url().includes('simulator-worker') && w.evaluate(() => Boolean((self as unknown as { __SNOW_SIMULATOR__?: unknown }).__SNOW_SIMULATOR__)).catch(() => false);
    const deadline = Date.now() + 15_000;
    for (;;) {
      for (const w of this.page.workers()) {
        if (await started(w)) return (await w.evaluate(expression)) as T;
      }
      if (Date.now() > deadline) throw new Error('the simulated service did not start in this tab');
      await this.page.waitForTimeout(50);
    }
  }

  /** The fleet's well-known devices (mocks/README.md). */
  wellKnown(region = 'us-west-2') {
    return this.sim((s, r) => s.wellKnown(r), region);
  }

  /** Creates a task straight in the simulator, as another operator would. */
  createTaskInSim(body: { targets: string[]; command: Record<string, object>; tags?: Record<string, string>; description?: string }, region = 'us-west-2') {
    return this.sim(
      (s, a) => s.handle('CreateTask', a.region, { params: {}, query: new URLSearchParams(), body: a.body }).body as { taskId: string },
      { body, region },
    );
  }

  /** Opens task creation with a handover, as the inventory and device pages do (router state). */
  async handOver(state: { command?: 'reboot' | 'unlock'; targets: { managedDeviceId: string; region: string }[] }) {
    await this.page.evaluate((usr) => {
      window.history.pushState({ usr, key: 'e2e', idx: (window.history.state?.idx ?? 0) + 1 }, '', '/tasks/create');
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    }, state);
    await expect(this.page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();
  }

  /** Device ids of the first `n` online, reliable devices (not the well-known five). */
  async healthyDevices(n: number): Promise<string[]> {
    return this.sim((s, count) => {
      const all = (s as unknown as { devices(r?: string): { id: string; offlineSince?: number }[]; isFlaky(r: string, id: string): boolean }).devices('us-west-2');
      return all.slice(5).filter((d) => d.offlineSince === undefined && !(s as unknown as { isFlaky(r: string, id: string): boolean }).isFlaky('us-west-2', d.id)).slice(0, count).map((d) => d.id);
    }, n);
  }

  /** The first online, reliable device (not one of the well-known five). */
  async healthyDevice(): Promise<string> {
    const [id] = await this.healthyDevices(1);
    if (id === undefined) throw new Error('the simulated fleet has no healthy device');
    return id;
  }

  table(name: string) {
    return this.page.getByRole('table', { name });
  }

  /** On Settings: adds a region to the connection's us-west-2 and applies it, as an operator does. */
  async addRegion(region: string) {
    await this.page.getByLabel('Regions', { exact: true }).click();
    await this.page.getByRole('option', { name: new RegExp(region) }).click();
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: 'Apply regions and endpoint' }).click();
    await expect(this.page.getByRole('link', { name: `Regions: us-west-2, ${region}` })).toBeVisible();
  }

  /** Fails on any axe violation of the current page, or of the part `include` selects (a dialog). */
  async expectAccessible(include?: string) {
    const builder = new AxeBuilder({ page: this.page });
    const results = await (include ? builder.include(include) : builder).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`)).toEqual([]);
  }
}

/** The parts of the simulator tests use; evaluated in the simulator's worker. */
export interface SimulatorHandle {
  taskCount(region?: string): number;
  wellKnown(region?: string): { compute: string; locked: string; offline: string; full: string; sparse: string };
  handle(operation: string, region: string, req: { params: Record<string, string>; query: URLSearchParams; body: unknown }): { status: number; body?: unknown };
  setScenario(change: Record<string, unknown>): void;
  setDeviceOnline(region: string, id: string, online: boolean): void;
  stats(): { requests: Record<string, number>; throttled: number };
  resetStats(): void;
}

export const test = base.extend<{ dashboard: Dashboard }>({
  dashboard: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(new Dashboard(page));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

/**
 * Words broken inside themselves in the tables under `root`: for every word of every cell, a
 * Range over the word whose client rects sit on more than one line.
 */
export function brokenWords(root: Locator): Promise<string[]> {
  return root.evaluate((r) => {
    const broken: string[] = [];
    for (const cell of r.querySelectorAll('table td, table th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // Screen-reader-only text is clipped to a pixel: not what the operator reads.
        if (!parent || parent.getBoundingClientRect().width <= 2) continue;
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
          if (lines.size > 1) broken.push(`${m[0]} (in "${(cell.textContent ?? '').trim().slice(0, 60)}")`);
        }
      }
    }
    return broken;
  });
}

export { expect };
