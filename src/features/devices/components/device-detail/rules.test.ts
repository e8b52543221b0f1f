import { describe, expect, it } from 'vitest';
import { tagKeyError, tagValueError } from './tag-rules';

describe('device detail rules', () => {
  it('checks tag keys and values before sending', () => {
    expect(tagKeyError('', [])).toMatch(/Enter a key/);
    expect(tagKeyError('aws:owner', [])).toMatch(/reserved/);
    expect(tagKeyError('k'.repeat(129), [])).toMatch(/at most 128/);
    expect(tagKeyError('bad<key>', [])).toMatch(/letters, numbers/);
    expect(tagKeyError('site', ['site'])).toMatch(/already exists/);
    expect(tagKeyError('site', ['site'], 'site')).toBeUndefined();
    expect(tagKeyError('new', Array.from({ length: 50 }, (_, i) => `k${i}`))).toMatch(/at most 50/);
    expect(tagValueError('v'.repeat(257))).toMatch(/at most 256/);
    expect(tagValueError('berlin-2 @dock:7')).toBeUndefined();
  });
});
