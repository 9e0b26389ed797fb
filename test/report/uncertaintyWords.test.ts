/** Whole ranks rounded outward and honest percentages (src/report/uncertaintyWords.ts), by hand. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaIntervalSentence, chanceText, intervalText, intervalWidth, wholeInterval, wholeRank } from '../../src/report/uncertaintyWords.js';

describe('ranks', () => {
  it('round an interval outward and a median to the nearest whole rank', () => {
    expect(intervalText(1.2, 102.1)).toBe('1 to 103');
    expect(intervalText(318, 318)).toBe('318');
    expect(wholeInterval(9.5, 9.5)).toEqual({ best: 9, worst: 10 });
    expect(intervalWidth(1.2, 102.1)).toBe(102);
    expect(wholeRank(9.5)).toBe(10);
    expect(wholeRank(71.4)).toBe(71);
  });

  it('never give an interval narrower than the runs did', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }), (p05, spread) => {
        const { best, worst } = wholeInterval(p05, p05 + spread);
        expect(Number.isInteger(best) && Number.isInteger(worst)).toBe(true);
        expect(best <= p05 && worst >= p05 + spread).toBe(true);
        expect(p05 - best < 1 && worst - (p05 + spread) < 1).toBe(true);
      }),
    );
  });
});

describe('chances', () => {
  it('say 100% and 0% only when every run or none agreed', () => {
    expect(chanceText(1)).toBe('100%');
    expect(chanceText(0.999)).toBe('more than 99%');
    expect(chanceText(0.995)).toBe('more than 99%');
    expect(chanceText(0.99)).toBe('99%');
    expect(chanceText(0.865)).toBe('87%');
    expect(chanceText(0.01)).toBe('1%');
    expect(chanceText(0.004)).toBe('less than 1%');
    expect(chanceText(0)).toBe('0%');
  });

  it('write a sentence for an area', () => {
    expect(areaIntervalSentence('Carlisle', { p05: 203.5, p95: 324, pHotspot: 0, pColdspot: 0.865 }, 1000)).toBe(
      'In 90% of 1,000 runs Carlisle ranks between 203rd and 324th. It is a coldspot in 87% of the runs and a hotspot in 0%.',
    );
    expect(areaIntervalSentence('Westminster', { p05: 1, p95: 1, pHotspot: 1, pColdspot: 0 }, 50)).toBe(
      'In at least 90% of 50 runs Westminster ranks 1st. It is a coldspot in 0% of the runs and a hotspot in 100%.',
    );
  });
});
