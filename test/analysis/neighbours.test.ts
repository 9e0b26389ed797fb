import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaContext } from '../../src/analysis/areaContext.js';
import { contextProfiles, nearest, neighbours, profileDistance, standardiseColumns, type Profile } from '../../src/analysis/neighbours.js';
import { UsageError } from '../../src/errors.js';
import { FIVE_AREAS, TWO_STAGE, scored } from './fixtures.js';

describe('profileDistance', () => {
  it('rescales by the share of dimensions used', () => {
    // D = 3; U = {0, 1}: Σ = 1² + 0² = 1; d = √(1 · 3/2) = 1.2247
    expect(profileDistance([0, 1, null], [1, 1, 2])).toBeCloseTo(Math.sqrt(1.5), 12);
    // complete: √(1 + 4 + 4) = 3
    expect(profileDistance([0, 0, 0], [1, 2, 2])).toBe(3);
    // categories: 0 if equal, 1 otherwise
    expect(profileDistance([0, 'North'], [0, 'South'])).toBe(1);
    expect(profileDistance([null, 1], [1, null])).toBeNull();
  });

  it('is symmetric and zero on itself', () => {
    const coordinate = fc.oneof(fc.constant(null), fc.double({ min: -5, max: 5, noNaN: true }));
    fc.assert(fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 8 }), (pairs) => {
      const a = pairs.map((p) => p[0]);
      const b = pairs.map((p) => p[1]);
      expect(profileDistance(a, b)).toBe(profileDistance(b, a));
      if (a.some((x) => x !== null)) expect(profileDistance(a, a)).toBe(0);
    }));
  });
});

describe('standardiseColumns', () => {
  it('z-scores over the reference rows and drops constant columns', () => {
    // column 0 over A, B, C: 1 2 3 → mean 2, SD 1 → −1 0 1; D (not in the reference) 5 → 3
    // column 1 is constant over the reference → dropped; column 2 is left as it is
    const rows = [
      { code: 'A', name: 'A', values: [1, 7, 0] },
      { code: 'B', name: 'B', values: [2, 7, 1] },
      { code: 'C', name: 'C', values: [3, 7, null] },
      { code: 'D', name: 'D', values: [5, 9, 1] },
    ];
    const { profiles, kept } = standardiseColumns(rows, new Set(['A', 'B', 'C']), [true, true, false]);
    expect(kept).toEqual([0, 2]);
    expect(profiles.map((p) => p.coordinates)).toEqual([[-1, 0], [0, 1], [1, null], [3, 1]]);
  });
});

describe('nearest', () => {
  it('excludes the area itself, sorts by distance then code, and takes k', () => {
    const profiles: Profile[] = [
      { code: 'A', name: 'A', coordinates: [0, 0] },
      { code: 'B', name: 'B', coordinates: [3, 4] },
      { code: 'C', name: 'C', coordinates: [0, 1] },
      { code: 'D', name: 'D', coordinates: [1, 0] },
      { code: 'E', name: 'E', coordinates: [null, null] },
    ];
    expect(nearest(profiles, 'A', 10)).toEqual([
      { code: 'C', name: 'C', distance: 1 },
      { code: 'D', name: 'D', distance: 1 },
      { code: 'B', name: 'B', distance: 5 },
    ]);
    expect(nearest(profiles, 'A', 1).map((n) => n.code)).toEqual(['C']);
  });

  it('never lists the area itself, and distances are symmetric (random profiles)', () => {
    const profile = fc.array(fc.oneof(fc.constant(null), fc.double({ min: -3, max: 3, noNaN: true })), { minLength: 3, maxLength: 3 });
    fc.assert(fc.property(fc.array(profile, { minLength: 2, maxLength: 12 }), fc.nat(), (coords, pick) => {
      const profiles = coords.map((coordinates, i) => ({ code: `E${i}`, name: `Area ${i}`, coordinates }));
      const self = profiles[pick % profiles.length]!;
      const found = nearest(profiles, self.code, profiles.length);
      expect(found.some((n) => n.code === self.code)).toBe(false);
      for (const n of found) {
        const back = nearest(profiles, n.code, profiles.length).find((m) => m.code === self.code);
        expect(back?.distance).toBe(n.distance);
      }
    }));
  });
});

describe('neighbours', () => {
  const s = scored(TWO_STAGE, FIVE_AREAS);

  it('on indicators: standardised values, nearest first', () => {
    // a1 and a2 are mirror images and b1 follows Q < R < S < T < P; R's nearest are Q and S
    const r = neighbours(s, s.byCode.get('E3')!, { k: 2, on: 'indicators' });
    expect(r.dimensions).toEqual(['a1', 'a2', 'b1']);
    expect(r.neighbours.map((n) => n.name).sort()).toEqual(['Q', 'S']);
  });

  it('on context: deprivation, class, coast and region', () => {
    const context = (code: string, imd: number, coastal: boolean): AreaContext => ({
      code, districts: [code], lsoaCount: 10, imd2015Score: imd, imd2015MostDeprived10: imd / 100, imd2019Score: imd, imd2019MostDeprived10: imd / 100,
      ruralUrbanCode: 4, coastKm: coastal ? 10 : 0, coastal,
    });
    const contexts = new Map([context('E1', 10, false), context('E2', 11, true), context('E3', 30, false), context('E4', 12, false), context('E5', 10, false)].map((c) => [c.code, c]));
    const { dimensions } = contextProfiles(s, contexts);
    // rural-urban class is the same everywhere: dropped
    expect(dimensions).toEqual(['imd2015Score', 'imd2015MostDeprived10', 'coastal', 'region']);
    // P (E1) is like T (E5) on deprivation and coast, but T is in another region; S (E4) is close and in P's region
    const r = neighbours(s, s.byCode.get('E1')!, { k: 4, on: 'context', contexts });
    expect(r.neighbours[0]!.name).toBe('S');
    expect(r.neighbours.map((n) => n.code)).not.toContain('E1');
  });

  it('rejects a bad k', () => {
    expect(() => neighbours(s, s.byCode.get('E1')!, { k: 0, on: 'indicators' })).toThrow(UsageError);
    expect(() => neighbours(s, s.byCode.get('E1')!, { k: 1.5, on: 'indicators' })).toThrow(UsageError);
  });
});
