import { describe, expect, it } from 'vitest';
import { sortedAscending } from '../../src/stats/sorted.js';

describe('sortedAscending', () => {
  it('sorts numerically without changing the input', () => {
    const input = [10, 9, 100, -1];
    // numeric, not string, order: −1, 9, 10, 100
    expect(Array.from(sortedAscending(input))).toEqual([-1, 9, 10, 100]);
    expect(input).toEqual([10, 9, 100, -1]);
  });
});
