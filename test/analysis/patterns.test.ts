import { describe, expect, it } from 'vitest';
import { COAST_THRESHOLD_KM, isCoastalDistrict, NOT_COASTAL, type AreaContext } from '../../src/analysis/areaContext.js';
import { patterns } from '../../src/analysis/patterns.js';
import type { MethodDescription } from '../../src/method/types.js';
import { scored } from './fixtures.js';

/** One indicator, min–max: the value orders the areas directly (higher value = better rank). */
const ONE: MethodDescription = {
  format: 1, id: 'one', label: 'One', normalisation: 'minmax', aggregation: 'mean', missing: 'available', hotspotShare: 0.2, ties: 'code',
  stages: [{ id: 'only', label: 'Only', weight: 1 }],
  indicators: [{ id: 'x', label: 'X', stage: 'only', direction: 'higher', unit: '', weight: 1 }],
};

const context = (code: string, imd: number, coastal: boolean): AreaContext => ({
  code, districts: [code], lsoaCount: 10, imd2015Score: imd, imd2015MostDeprived10: imd / 100, imd2019Score: null, imd2019MostDeprived10: null,
  ruralUrbanCode: 4, coastKm: coastal ? 20 : 0, coastal,
});

describe('patterns, on six areas', () => {
  // IMD 10 20 30 40 50 60 with ranks 6 1 2 3 4 5 (value x = 7 − rank); N = 6, one hotspot, one coldspot
  const s = scored(ONE, [
    { code: 'E1', name: 'A', region: 'North', values: { x: 1 } },
    { code: 'E2', name: 'B', region: 'North', values: { x: 6 } },
    { code: 'E3', name: 'C', region: 'North', values: { x: 5 } },
    { code: 'E4', name: 'D', region: 'South', values: { x: 4 } },
    { code: 'E5', name: 'E', region: 'South', values: { x: 3 } },
    { code: 'E6', name: 'F', region: 'South', values: { x: 2 } },
  ]);
  const contexts = new Map(
    [context('E1', 10, true), context('E2', 20, false), context('E3', 30, false), context('E4', 40, false), context('E5', 50, true), context('E6', 60, true)].map((c) => [c.code, c]),
  );
  const r = patterns(s, contexts);

  it('finds affluent coldspots and deprived hotspots', () => {
    // least deprived third = IMD 10 and 20 (A rank 6, B rank 1): A is the coldspot
    expect(r.thirds.size).toBe(2);
    expect(r.affluentColdspots.map((a) => a.name)).toEqual(['A']);
    // most deprived third = IMD 50, 60 (ranks 4, 5): no hotspot
    expect(r.deprivedHotspots).toEqual([]);
  });

  it('correlates scores with deprivation by rank', () => {
    // score ranks (ascending score): A 1, F 2, E 3, D 4, C 5, B 6; IMD ranks 1 … 6
    // d = 0, −4, −2, 0, 2, 4 → Σd² = 40; ρ = 1 − 6·40/(6·35) = −1/7
    const overall = r.correlations.find((c) => c.target === 'overall')!;
    expect(overall.rho.imd2015Score!.rho).toBeCloseTo(-1 / 7, 12);
    expect(overall.rho.imd2015Score!.n).toBe(6);
    // IMD 2019 is null everywhere: not a measure of this report
    expect(r.measures.map((m) => m.id)).toEqual(['imd2015Score', 'imd2015MostDeprived10']);
  });

  it('gives shares by group, with the share in the lower half', () => {
    // North: A (6), B (1), C (2): 1 hotspot, 1 coldspot, lower half (rank > 3) 1 of 3
    const north = r.byRegion.find((g) => g.group === 'North')!;
    expect(north).toEqual({ group: 'North', ranked: 3, hotspots: 1, hotspotShare: 1 / 3, coldspots: 1, coldspotShare: 1 / 3, lowerHalfShare: 1 / 3 });
    // coastal: A (6), E (4), F (5): all in the lower half
    expect(r.byCoastal.find((g) => g.group === 'coastal')!.lowerHalfShare).toBe(1);
    expect(r.withoutContext).toEqual([]);
  });
});

describe('the coastal rule', () => {
  it('needs more than the threshold and is not fooled by the tidal Thames', () => {
    expect(COAST_THRESHOLD_KM).toBe(5);
    expect(isCoastalDistrict('E07000028', 51.5)).toBe(true); // Carlisle: Solway Firth
    expect(isCoastalDistrict('E07000083', 4)).toBe(false); // Tewkesbury: 4 km of Severn
    expect(isCoastalDistrict('E09000030', 10.8)).toBe(false); // Tower Hamlets: tidal Thames
    expect(isCoastalDistrict('E07000229', 7.5)).toBe(true); // Worthing: seafront
    for (const code of Object.keys(NOT_COASTAL)) expect(isCoastalDistrict(code, 1000), code).toBe(false);
  });
});
