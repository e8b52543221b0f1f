import { describe, expect, it } from 'vitest';
import { installInProgress, reported } from './software';

describe('software fields', () => {
  it('treats "NA" in any case, and empty, as nothing', () => {
    expect(['NA', 'na', 'Na', '', undefined].map(reported)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(reported('131')).toBe('131');
    expect(reported('NAS')).toBe('NAS');
  });

  it('sees an install in progress from the version being installed or an unsettled state', () => {
    expect(installInProgress({ installingVersion: '131', installState: 'NA' })).toBe(true);
    expect(installInProgress({ installingVersion: 'na', installState: 'DOWNLOADING' })).toBe(true);
    expect(installInProgress({ installingVersion: 'NA', installState: 'installed' })).toBe(false);
    expect(installInProgress({ installingVersion: 'NA', installState: 'na' })).toBe(false);
    expect(installInProgress(undefined)).toBe(false);
  });
});
