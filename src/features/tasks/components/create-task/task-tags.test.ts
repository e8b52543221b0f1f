import { describe, expect, it } from 'vitest';
import { taskTagErrors } from './task-tags';

const rows = (...keys: string[]) => keys.map((key) => ({ key, value: 'v' }));

describe('task tags', () => {
  it('applies the AWS tag rules to the trimmed key and to the value', () => {
    expect(taskTagErrors([{ key: ' site ', value: 'berlin' }], false)).toEqual([{ key: undefined, value: undefined }]);
    expect(taskTagErrors(rows('', ' aws:x', 'a<b'), false).map((e) => e.key)).toEqual([
      expect.stringMatching(/Enter a key/), expect.stringMatching(/reserved for AWS/), expect.stringMatching(/letters, numbers/),
    ]);
    expect(taskTagErrors([{ key: 'k', value: 'x'.repeat(257) }], false)[0]?.value).toMatch(/at most 256/);
  });

  it('keeps the dashboard’s namespace and flags a repeated key on its later row', () => {
    expect(taskTagErrors(rows('snow-dashboard:operation'), false)[0]?.key).toBe('Keys starting with "snow-dashboard:" are set by the dashboard.');
    expect(taskTagErrors(rows('site', 'site '), false).map((e) => e.key)).toEqual([undefined, expect.stringMatching(/already exists/)]);
  });

  it('leaves room for the tags the dashboard adds: operation, command, part, planned size, not found (and retry-of on a retry)', () => {
    const keys = Array.from({ length: 48 }, (_, i) => `k${i}`);
    expect(taskTagErrors(rows(...keys), false).findIndex((e) => e.key)).toBe(45);
    expect(taskTagErrors(rows(...keys), true).findIndex((e) => e.key)).toBe(44);
  });
});
