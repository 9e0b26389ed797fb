import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../src/stats/median.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    // sorted 1, 3, 5 → 3
    expect(median([5, 1, 3])).toBe(3);
    // sorted 1, 3, 4, 10 → (3 + 4) / 2 = 3.5
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([2])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('does not change the input', () => {
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });

  it('splits the data: at most half the values lie strictly on either side', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 41 }), (xs) => {
      const m = median(xs) as number;
      expect(xs.filter((x) => x < m).length).toBeLessThanOrEqual(xs.length / 2);
      expect(xs.filter((x) => x > m).length).toBeLessThanOrEqual(xs.length / 2);
    }));
  });
});
