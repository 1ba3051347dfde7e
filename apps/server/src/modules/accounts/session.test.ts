import { allPermissions } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { effectivePermissions } from './session.js';

describe('effective permissions', () => {
  it('gives a main seller account every node and buyers and operators none', () => {
    expect([...effectivePermissions({ kind: 'seller', isMain: true }, [])]).toEqual([...allPermissions]);
    expect(effectivePermissions({ kind: 'buyer', isMain: true }, [...allPermissions]).size).toBe(0);
    expect(effectivePermissions({ kind: 'operator', isMain: false }, [...allPermissions]).size).toBe(0);
  });

  it('gives a sub-account the catalogue nodes its groups grant, and nothing for a withdrawn node', () => {
    const [first, second] = allPermissions;
    if (!first || !second) throw new Error('the catalogue has fewer than two nodes');
    expect([...effectivePermissions({ kind: 'seller', isMain: false }, ['withdrawn:node', second, first])]).toEqual([first, second]);
  });
});
