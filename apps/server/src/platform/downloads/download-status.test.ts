import { describe, expect, it } from 'vitest';
import { canMoveDownload, downloadStatusesInto, downloadTransitions } from './download-status.js';

describe('download lifecycle', () => {
  it('is built once: pending goes to ready or failed, and nothing goes back to pending', () => {
    expect(canMoveDownload('pending', 'ready')).toBe(true);
    expect(canMoveDownload('pending', 'failed')).toBe(true);
    for (const from of Object.keys(downloadTransitions) as (keyof typeof downloadTransitions)[]) expect(canMoveDownload(from, 'pending')).toBe(false);
    expect(canMoveDownload('ready', 'failed')).toBe(false);
  });

  it('expires what was built or failed, never what is still building; expired is final', () => {
    expect(downloadStatusesInto('expired').sort()).toEqual(['failed', 'ready']);
    expect(downloadTransitions.expired).toEqual([]);
  });
});
