import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropThemeContexts, dropUnreadTokens, propertiesRead, slimTheme, UNUSED_CONTEXTS } from './slim-theme';

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

describe('dropUnreadTokens', () => {
  const css = ['body {', '  --a-1:var(--b-1);', '  --b-1:#fff;', '  --c-1:var(--d-1);', '  --d-1:0;', '}', '.x {', '  --a-1:#000;', '  --c-1:1px;', '}'].join('\n');

  it('keeps the tokens read and those their values read, in every context, and drops the rest', () => {
    const out = dropUnreadTokens(css, new Set(['--a-1']));
    expect(out).toBe(['body {', '  --a-1:var(--b-1);', '  --b-1:#fff;', '}', '.x {', '  --a-1:#000;', '}'].join('\n'));
  });

  it('keeps everything when everything is read', () => {
    expect(dropUnreadTokens(css, new Set(['--a-1', '--c-1']))).toBe(css);
  });
});

describe('propertiesRead', () => {
  it('counts reads, not CSS declarations, and tokens read through the generated token module', () => {
    const vars = new Map([['colorTextStatusError', '--color-text-status-error-x1']]);
    expect([...propertiesRead('.a{--own:1px;color:var(--used-1);width:var(--own)}', true, vars)].sort()).toEqual(['--own', '--used-1']);
    const js = "import * as tokens from '../internal/generated/styles/tokens';\nconst c = tokens.colorTextStatusError; el.style.setProperty('--set-in-js', '1');";
    expect([...propertiesRead(js, false, vars)].sort()).toEqual(['--color-text-status-error-x1', '--set-in-js']);
  });
});

describe('the slimmed theme', () => {
  const transform = slimTheme().transform as (code: string, id: string) => { code: string } | null;
  const out = transform(THEME, resolve('node_modules/@cloudscape-design/components/internal/base-theme/styles.scoped.css'))?.code ?? '';
  const declared = new Set([...out.matchAll(/^\s*(--[\w-]+):/gm)].map((m) => m[1]));

  it('still declares every token that a component the dashboard uses reads', () => {
    for (const component of ['button', 'table', 'app-layout/visual-refresh', 'top-navigation', 'flashbar', 'status-indicator', 'pie-chart', 'progress-bar']) {
      const css = readFileSync(resolve('node_modules/@cloudscape-design/components', component, 'styles.scoped.css'), 'utf8');
      const reads = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]).filter((n) => /-[a-z0-9]{6}$/.test(n ?? '') && THEME.includes(`${n}:`));
      expect(reads.length, component).toBeGreaterThan(0);
      for (const n of reads) expect(declared.has(n), `${component} reads ${n}`).toBe(true);
    }
  });

  it('declares the tokens the app writes out itself, and drops some that nothing reads', () => {
    expect(declared.has('--color-charts-status-positive-bijtpy')).toBe(true);
    expect(THEME).toContain('--color-background-chat-bubble-incoming-');
    expect(out).not.toContain('--color-background-chat-bubble-incoming-');
    expect(out.length).toBeLessThan(THEME.length * 0.8);
  });
});
