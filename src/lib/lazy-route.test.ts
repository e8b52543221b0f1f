import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import type { LoaderFunctionArgs } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { lazyRoute } from './lazy-route';

const args = { request: new Request('https://dashboard.example/devices'), params: {}, context: undefined } as unknown as LoaderFunctionArgs;
const View = () => createElement('main', null, 'Devices');
const inSuspense = (C: React.ComponentType) => renderToString(createElement(Suspense, { fallback: createElement('i', null, 'loading') }, createElement(C)));

describe('lazyRoute', () => {
  it('renders the view in the same pass once its loader has loaded the module, loading it once', async () => {
    const load = vi.fn(() => Promise.resolve({ Component: View, loader: () => 'listed' }));
    const route = lazyRoute(load);
    expect(await route.loader(args)).toBe('listed');
    // React.lazy would suspend on this first render and show the fallback.
    const html = inSuspense(route.Component);
    expect(html).toContain('<main>Devices</main>');
    expect(html).not.toContain('loading');
    expect(load).toHaveBeenCalledOnce();
  });

  it('suspends (the layout shows its fallback) when the view renders before its code is there', () => {
    const route = lazyRoute(() => new Promise(() => undefined));
    expect(inSuspense(route.Component)).toContain('loading');
  });

  it('answers null for a module without a loader', async () => {
    const route = lazyRoute(() => Promise.resolve({ Component: View }));
    expect(await route.loader(args)).toBeNull();
  });

  it('retries a failed load, as views of a poor link do', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue({ Component: View });
    const route = lazyRoute(load, { baseMs: 0, network: { online: () => true, onOnline: () => () => undefined } });
    expect(await route.loader(args)).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    expect(inSuspense(route.Component)).not.toContain('loading');
  });
});
