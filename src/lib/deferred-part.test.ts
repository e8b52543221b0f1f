import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFERRED_PARTS_IDLE_MS, deferredPart, resetDeferredParts } from './deferred-part';

function Label({ text }: { text: string }) {
  return createElement('b', null, text);
}

/** A load the test resolves, counting its calls. */
function fakeLoad() {
  const load = vi.fn(() => Promise.resolve(Label));
  return load;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  resetDeferredParts();
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('requestIdleCallback', undefined);
});

afterEach(() => {
  resetDeferredParts();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('deferredPart', () => {
  it('does not load while the page is untouched, then loads every part once on the first interaction', async () => {
    const a = fakeLoad();
    const b = fakeLoad();
    deferredPart(a);
    deferredPart(b);
    await flush();
    expect(a).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('keydown'));
    expect(a).toHaveBeenCalledOnce();
    expect(b).toHaveBeenCalledOnce();
    // A part defined after that loads at once.
    const c = fakeLoad();
    deferredPart(c);
    expect(c).toHaveBeenCalledOnce();
  });

  it('loads after the idle time at the latest', () => {
    vi.useFakeTimers();
    const load = fakeLoad();
    deferredPart(load);
    vi.advanceTimersByTime(DEFERRED_PARTS_IDLE_MS - 1);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledOnce();
  });

  it('renders nothing until its code is there, then the part with its props', async () => {
    const Part = deferredPart(fakeLoad());
    expect(renderToString(createElement(Part, { text: 'Copied' }))).toBe('');
    window.dispatchEvent(new Event('focusin'));
    await flush();
    expect(renderToString(createElement(Part, { text: 'Copied' }))).toBe('<b>Copied</b>');
  });

  it('retries a failed load, and renders nothing (not an error) while the code never arrives', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const Part = deferredPart(load);
    window.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load.mock.calls.length).toBeGreaterThan(1);
    expect(renderToString(createElement(Part, { text: 'x' }))).toBe('');
  });
});
