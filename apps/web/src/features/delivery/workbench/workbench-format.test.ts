import { describe, expect, it } from 'vitest';
import { avatarProblem, barHeights } from './workbench-format';

describe('avatar pre-check', () => {
  it('takes the guide’s image types up to 2 MB, whatever the case of the extension', () => {
    expect(avatarProblem({ name: 'me.JPG', size: 1000 })).toBeNull();
    expect(avatarProblem({ name: 'me.tiff', size: 2 * 1024 * 1024 })).toBeNull();
    expect(avatarProblem({ name: 'me.gif', size: 1000 })).toBe('wrongType');
    expect(avatarProblem({ name: 'me', size: 1000 })).toBe('wrongType');
    expect(avatarProblem({ name: 'me.png', size: 2 * 1024 * 1024 + 1 })).toBe('tooLarge');
  });
});

describe('monthly trend bars', () => {
  it('scales to the best month and keeps empty months flat', () => {
    expect(barHeights([0, 1, 4, 2, 0])).toEqual([0, 25, 100, 50, 0]);
    expect(barHeights([0, 0])).toEqual([0, 0]);
    expect(barHeights([1, 100])).toEqual([4, 100]);
  });
});
