import { retryImport } from './lazy-retry';

/** Adds a stylesheet and resolves once it loaded; a failed one is taken out again. */
function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        link.remove();
        reject(new Error(`Unable to load ${href}`));
      },
      { once: true },
    );
    document.head.appendChild(link);
  });
}

/** A stylesheet that finished without loading: the browser keeps it, without rules to read. */
function failed(link: HTMLLinkElement): boolean {
  try {
    return link.sheet !== null && link.sheet.cssRules.length === 0;
  } catch {
    return true;
  }
}

/**
 * Vite's loader asks for a view's stylesheets once per page and reports only the first that
 * failed (its `vite:preloadError` event): one lost on a dropped link would stay missing, and
 * the view unstyled, until a reload. Every stylesheet that fails, and any of index.html's
 * that failed before this runs, is taken out here and loaded again as soon as the network is
 * back (retryImport's waits). A failed view's code is retried by its own loader.
 */
export function reloadFailedStylesheets(): void {
  const reloading = new Set<string>();
  const reload = (link: HTMLLinkElement) => {
    const href = link.href;
    if (reloading.has(href)) return;
    link.remove();
    reloading.add(href);
    void retryImport(() => loadStylesheet(href), { attempts: 8 })
      .catch(() => undefined)
      .finally(() => reloading.delete(href));
  };
  document.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLLinkElement && event.target.rel === 'stylesheet') reload(event.target);
    },
    true,
  );
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) if (failed(link)) reload(link);
}
