import { describe, expect, it } from 'vitest';
import { changeText, checkEdits, planBulk, planDevice, type TagEdit, type TagTarget } from './tag-diff';

const device = (id: string, tags?: Record<string, string>, arn: string | null = `arn:aws:snow-device-management:us-west-2:123456789012:managed-device/${id}`): TagTarget =>
  ({ region: 'us-west-2', managedDeviceId: id, resourceArn: arn ?? undefined, tags });
const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));

describe('tag diff', () => {
  it('tells added, changed, removed and unchanged keys apart, and sends only what changes', () => {
    const edits: TagEdit[] = [
      { action: 'set', key: 'site', value: 'oslo' },
      { action: 'set', key: 'team', value: 'blue' },
      { action: 'set', key: 'env', value: 'prod' },
      { action: 'remove', key: 'old' },
      { action: 'remove', key: 'absent' },
    ];
    const p = planDevice(device('smd-1', { site: 'berlin', env: 'prod', old: 'x' }), edits);
    expect(p.status).toBe('send');
    expect(p.changes.map((c) => [c.key, c.kind, c.from, c.to])).toEqual([
      ['site', 'changed', 'berlin', 'oslo'],
      ['team', 'added', undefined, 'blue'],
      ['env', 'unchanged', 'prod', 'prod'],
      ['old', 'removed', 'x', undefined],
      ['absent', 'unchanged', undefined, undefined],
    ]);
    expect(p.set).toEqual({ site: 'oslo', team: 'blue' });
    expect(p.remove).toEqual(['old']);
    expect([p.before, p.after]).toEqual([3, 3]);
    expect(p.changes.map(changeText)).toEqual(['Change site: berlin → oslo', 'Add team = blue', 'env = prod already', 'Remove old (was x)', 'absent: not present']);
  });

  it('says unchanged when every edit is already true', () => {
    const p = planDevice(device('smd-1', { site: 'oslo' }), [{ action: 'set', key: 'site', value: 'oslo' }, { action: 'remove', key: 'gone' }]);
    expect(p.status).toBe('unchanged');
    expect(p.set).toEqual({});
    expect(p.remove).toEqual([]);
  });

  it('leaves out devices that would go over 50 tags, but not those the edit does not grow', () => {
    const add: TagEdit[] = [{ action: 'set', key: 'new', value: 'v' }];
    const over = planDevice(device('smd-1', fifty), add);
    expect(over.status).toBe('over-limit');
    expect(over.reason).toBe('Would have 51 tags; a resource can have at most 50.');
    expect(planDevice(device('smd-2', fifty), [{ action: 'set', key: 'k1', value: 'changed' }]).status).toBe('send');
    // Removing one and adding one keeps the count.
    expect(planDevice(device('smd-3', fifty), [...add, { action: 'remove', key: 'k0' }]).status).toBe('send');
  });

  it('marks devices whose tags are unknown as could not check, with every edit to send if included', () => {
    const p = planDevice(device('smd-1', undefined), [{ action: 'set', key: 'site', value: 'oslo' }, { action: 'remove', key: 'old' }]);
    expect(p.status).toBe('unknown');
    expect(p.reason).toMatch(/could not be checked/);
    expect(p.set).toEqual({ site: 'oslo' });
    expect(p.remove).toEqual(['old']);
    expect(planDevice(device('smd-2', {}, null), [{ action: 'remove', key: 'x' }]).status).toBe('no-arn');
  });

  it('groups a selection by outcome', () => {
    const plan = planBulk([device('a', {}), device('b', { site: 'oslo' }), device('c', fifty), device('d')], [{ action: 'set', key: 'site', value: 'oslo' }]);
    expect(Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, v.map((p) => p.target.managedDeviceId)]))).toEqual({
      send: ['a'], unchanged: ['b'], 'over-limit': ['c'], unknown: ['d'], 'no-arn': [],
    });
  });

  it('checks the edits: key and value rules, no key twice, at least one edit', () => {
    expect(checkEdits([]).valid).toBe(false);
    const e = checkEdits([
      { action: 'set', key: 'site', value: 'ok' },
      { action: 'remove', key: 'site' },
      { action: 'set', key: 'aws:x', value: 'v' },
      { action: 'set', key: 'v', value: 'x'.repeat(257) },
    ]);
    expect(e.valid).toBe(false);
    expect(e.rows[0]).toEqual({ key: undefined, value: undefined });
    expect(e.rows[1]?.key).toMatch(/already in this list/);
    expect(e.rows[2]?.key).toMatch(/reserved/);
    expect(e.rows[3]?.value).toMatch(/at most 256/);
    expect(checkEdits([{ action: 'set', key: 'site', value: '' }]).valid).toBe(true);
  });
});
