import { describe, expect, it } from 'vitest';
import { commandLabel } from './commands';

describe('commandLabel', () => {
  it('capitalises the known commands and keeps others as they come', () => {
    expect(commandLabel('reboot')).toBe('Reboot');
    expect(commandLabel('unlock')).toBe('Unlock');
    expect(commandLabel('updateSoftware')).toBe('updateSoftware');
  });
});
