/**
 * The hand-written thousands grouping of formatValue.ts against the standard library's en-GB
 * formatting (the oracle it replaces for speed), and the wording of values in their units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, groupedWhole } from '../../src/report/formatValue.js';

describe('groupedWhole', () => {
  it('writes whole numbers as en-GB does', () => {
    expect(groupedWhole(27615)).toBe('27,615');
    expect(groupedWhole(999)).toBe('999');
    expect(groupedWhole(1000)).toBe('1,000');
    expect(groupedWhole(-1234567)).toBe('-1,234,567');
    expect(groupedWhole(0)).toBe('0');
  });

  it('agrees with toLocaleString("en-GB") after rounding, for any number below 2^53', () => {
    const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.double({ min: -9e15, max: 9e15, noNaN: true }), (x) => {
        const whole = Math.round(x);
        expect(groupedWhole(x)).toBe(Object.is(whole, -0) ? '0' : format.format(whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds half up, as Math.round does (£27,615.5 is £27,616)', () => {
    expect(formatIndicatorValue(27615.5, '£')).toBe('£27,616');
    expect(formatIndicatorValue(512.4, '£')).toBe('£512');
  });
});
