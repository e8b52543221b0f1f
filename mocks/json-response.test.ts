import { describe, expect, it } from 'vitest';
import { jsonResponse } from './handlers';

describe('the simulator’s JSON answers', () => {
  it('carry the Content-Length of their UTF-8 body, whatever the characters', async () => {
    for (const body of [{ a: 1 }, { name: 'Dépôt Lyon' }, { tag: 'rack-€-7' }, { emoji: 'site 🚚 north' }, { cjk: '倉庫' }, {}]) {
      const res = jsonResponse(body, 200, { 'x-amzn-requestid': 'r' });
      const bytes = new Uint8Array(await res.clone().arrayBuffer());
      expect(res.headers.get('content-length')).toBe(String(bytes.length));
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('x-amzn-requestid')).toBe('r');
      expect(JSON.parse(await res.text())).toEqual(body);
    }
  });
});
