import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropThemeContexts, UNUSED_CONTEXTS } from './unused-theme-contexts';

const THEME = readFileSync(resolve('node_modules/@cloudscape-design/components/internal/base-theme/styles.scoped.css'), 'utf8');
const braces = (css: string) => [(css.match(/\{/g) ?? []).length, (css.match(/\}/g) ?? []).length];

describe('dropThemeContexts', () => {
  it('drops every block of the unused contexts from Cloudscape’s theme and keeps the rest', () => {
    const out = dropThemeContexts(THEME);
    for (const c of UNUSED_CONTEXTS) {
      expect(THEME).toContain(`.${c}`);
      expect(out).not.toContain(`.${c}`);
    }
    for (const kept of ['.awsui-dark-mode', '.awsui-compact-mode', '.awsui-context-top-navigation', '.awsui-context-flashbar', '.awsui-context-alert']) expect(out).toContain(kept);
    const [open, close] = braces(out);
    expect(open).toBe(close);
    expect(out.length).toBeLessThan(THEME.length * 0.9);
  });

  it('keeps a block whose selectors name other contexts too, and contexts that only share a prefix', () => {
    const css = [
      '@layer t {',
      '  .awsui-context-content-header:not(#\\9) {',
      '    --a:1;',
      '  }',
      '  .awsui-context-content-header, .awsui-dark-mode {',
      '    --b:2;',
      '  }',
      '  .awsui-context-content-header-other {',
      '    --c:3;',
      '  }',
      '}',
    ].join('\n');
    const out = dropThemeContexts(css);
    expect(out).not.toContain('--a:1');
    expect(out).toContain('--b:2');
    expect(out).toContain('--c:3');
  });
});
