import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesUsed, trimIcons } from './used-icons';

const ICONS = resolve('node_modules/@cloudscape-design/components/icon/generated/icons.js');
const generated = readFileSync(ICONS, 'utf8');
const entry = (name: string) => new RegExp(`^ {4}"${name}": `, 'm');

describe('trimIcons', () => {
  it('keeps exactly the icons asked for, and the module stays an object literal', () => {
    const out = trimIcons(generated, (n) => n === 'add-plus' || n === 'status-warning');
    expect(out).not.toBeNull();
    expect(out).toMatch(entry('add-plus'));
    expect(out).toMatch(entry('status-warning'));
    expect(out).not.toMatch(entry('anchor-link'));
    expect(out).toMatch(/export default icons;/);
    // The two entries left, each one React.createElement("svg", …) tree.
    expect(out!.match(/React\.createElement\("svg"/g)).toHaveLength(2);
  });

  it('leaves a module of another shape alone', () => {
    expect(trimIcons('export default {};', () => false)).toBeNull();
  });
});

describe('namesUsed', () => {
  it('finds names written as whole strings in any quote, not parts of longer names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icons-'));
    writeFileSync(join(dir, 'a.tsx'), `<Button iconName="globe" /><Icon name={'lock-private'} /> const x = \`settings\`; const y = 'caret-down-filled-x';`);
    const used = namesUsed(['globe', 'lock-private', 'settings', 'caret-down-filled', 'upload'], [join(dir, 'a.tsx')]);
    expect([...used].sort()).toEqual(['globe', 'lock-private', 'settings']);
  });
});
