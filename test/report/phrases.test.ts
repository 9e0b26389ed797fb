import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decilePhrase } from '../../src/report/decilePhrase.js';
import { ordinal } from '../../src/report/ordinal.js';
import { headline } from '../../src/report/profile.js';

describe('ordinal', () => {
  it('follows English usage', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113, 321, 324].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th', '113th', '321st', '324th',
    ]);
  });
  it('always ends in st, nd, rd or th after the number itself', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => /^(\d+)(st|nd|rd|th)$/.test(ordinal(n)) && ordinal(n).startsWith(String(n))));
  });
});

describe('decilePhrase', () => {
  it('reads like the Commission’s reports', () => {
    expect(decilePhrase(1)).toBe('best 10%');
    expect(decilePhrase(2)).toBe('best 10–20%');
    expect(decilePhrase(5)).toBe('best 40–50%');
    expect(decilePhrase(6)).toBe('worst 40–50%');
    expect(decilePhrase(9)).toBe('worst 10–20%');
    expect(decilePhrase(10)).toBe('worst 10%');
  });
  it('is symmetric: decile d and 11 − d name the same band from opposite ends', () => {
    for (let d = 1; d <= 5; d += 1) expect(decilePhrase(d).replace('best', '')).toBe(decilePhrase(11 - d).replace('worst', ''));
  });
  it('rejects anything but 1–10', () => {
    expect(() => decilePhrase(0)).toThrow(RangeError);
    expect(() => decilePhrase(11)).toThrow(RangeError);
    expect(() => decilePhrase(2.5)).toThrow(RangeError);
  });
});

describe('headline', () => {
  it('names rank, size, class and decile', () => {
    expect(headline('Carlisle', 321, 324, 'coldspot', 10, null)).toBe('Carlisle is ranked 321st of 324: a social mobility coldspot (worst 10%).');
    expect(headline('Westminster', 1, 324, 'hotspot', 1, null)).toBe('Westminster is ranked 1st of 324: a social mobility hotspot (best 10%).');
    expect(headline('Leeds', 150, 324, 'neither', 5, null)).toBe('Leeds is ranked 150th of 324: neither a hotspot nor a coldspot (best 40–50%).');
  });
  it('explains an unranked area', () => {
    expect(headline('Nowhere', null, 324, null, null, 'no value in the Youth stage')).toBe('Nowhere is not ranked: no value in the Youth stage.');
  });
});
