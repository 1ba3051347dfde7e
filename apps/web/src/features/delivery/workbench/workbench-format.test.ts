import { describe, expect, it } from 'vitest';
import { avatarProblem, monthTrendOption } from './workbench-format';

describe('avatar pre-check', () => {
  it('takes the guide’s image types up to 2 MB, whatever the case of the extension', () => {
    expect(avatarProblem({ name: 'me.JPG', size: 1000 })).toBeNull();
    expect(avatarProblem({ name: 'me.tiff', size: 2 * 1024 * 1024 })).toBeNull();
    expect(avatarProblem({ name: 'me.gif', size: 1000 })).toBe('wrongType');
    expect(avatarProblem({ name: 'me', size: 1000 })).toBe('wrongType');
    expect(avatarProblem({ name: 'me.png', size: 2 * 1024 * 1024 + 1 })).toBe('tooLarge');
  });
});

describe('monthly trend chart', () => {
  const look = { bar: 'blue', text: 'grey', axis: 'silver', barLabel: (month: number, count: number) => `${month}:${count}` };

  it('puts January first, labels months by number and leaves empty months without a bar', () => {
    const option = monthTrendOption([0, 1, 4, 2, 0], look);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['1', '2', '3', '4', '5'] });
    expect(option.series).toEqual([expect.objectContaining({ type: 'bar', data: [null, 1, 4, 2, null] })]);
  });

  it('keeps a small month visible and shows each count above its bar', () => {
    const option = monthTrendOption([1, 100], look);
    expect(option.series).toEqual([expect.objectContaining({ barMinHeight: 3, label: expect.objectContaining({ show: true, position: 'top' }) })]);
  });
});
