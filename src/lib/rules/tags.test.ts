import { describe, expect, it } from 'vitest';
import { tagCountError, tagKeyError, tagKeyFormatError, tagValueError } from './tags';

describe('tag rules', () => {
  it('checks keys: present, short enough, not reserved, allowed characters', () => {
    expect(tagKeyError('', [])).toMatch(/Enter a key/);
    expect(tagKeyError('   ', [])).toMatch(/Enter a key/);
    expect(tagKeyError('aws:owner', [])).toMatch(/reserved/);
    expect(tagKeyError('AWS:owner', [])).toMatch(/reserved/);
    expect(tagKeyError('k'.repeat(128), [])).toBeUndefined();
    expect(tagKeyError('k'.repeat(129), [])).toMatch(/at most 128/);
    expect(tagKeyError('bad<key>', [])).toMatch(/letters, numbers/);
    expect(tagKeyError('site:berlin/rack=2 +a@b', [])).toBeUndefined();
  });

  it('checks keys against the resource’s other tags: unique, at most 50', () => {
    expect(tagKeyError('site', ['site'])).toMatch(/already exists/);
    expect(tagKeyError('site', ['site'], 'site')).toBeUndefined();
    const fifty = Array.from({ length: 50 }, (_, i) => `k${i}`);
    expect(tagKeyError('new', fifty)).toMatch(/at most 50/);
    expect(tagKeyError('new', fifty.slice(1))).toBeUndefined();
    expect(tagKeyError('k0', fifty, 'k0')).toBeUndefined();
  });

  it('checks values: may be empty, at most 256, allowed characters', () => {
    expect(tagValueError('')).toBeUndefined();
    expect(tagValueError('v'.repeat(256))).toBeUndefined();
    expect(tagValueError('v'.repeat(257))).toMatch(/at most 256/);
    expect(tagValueError('berlin-2 @dock:7')).toBeUndefined();
    expect(tagValueError('a;b')).toMatch(/letters, numbers/);
  });
});

describe('the character a tag cannot hold', () => {
  it('is named with its position, in keys and values', async () => {
    const { tagKeyError, tagValueError } = await import('./tags');
    expect(tagKeyError('site<script>', [])).toBe('"<" at position 5 is not allowed. Use letters, numbers, spaces and _ . : / = + - @ only.');
    expect(tagValueError('berlin 🚚')).toMatch(/^"🚚" at position 8 is not allowed/);
    expect(tagValueError('Łódź depot')).toBeUndefined();
  });

  it('checks a key on its own, without the resource’s other tags', () => {
    expect(tagKeyFormatError('site')).toBeUndefined();
    expect(tagKeyFormatError('')).toMatch(/Enter a key/);
    expect(tagKeyFormatError('aws:x')).toMatch(/reserved/);
    expect(tagKeyFormatError('k'.repeat(129))).toMatch(/at most 128/);
  });

  it('allows at most 50 tags, unless the change does not add to the count', () => {
    expect(tagCountError(49, 50)).toBeUndefined();
    expect(tagCountError(50, 51)).toBe('Would have 51 tags; a resource can have at most 50.');
    expect(tagCountError(52, 52)).toBeUndefined();
    expect(tagCountError(52, 51)).toBeUndefined();
  });
});
