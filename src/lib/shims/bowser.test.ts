import { describe, expect, it } from 'vitest';
import { parse } from './bowser';

describe('bowser stand-in', () => {
  it('names the browser and OS the way the SDK user agent needs', () => {
    expect(parse('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toEqual({
      os: { name: 'Linux', version: undefined },
      browser: { name: 'Chrome', version: '131.0.0.0' },
    });
    expect(parse('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86').browser.name).toBe('Microsoft Edge');
    expect(parse('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15')).toEqual({
      os: { name: 'macOS', version: '10.15.7' },
      browser: { name: 'Safari', version: '18.1' },
    });
    expect(parse('Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0').browser).toEqual({ name: 'Firefox', version: '133.0' });
    expect(parse('')).toEqual({ os: {}, browser: {} });
  });
});
