/**
 * The web app's pure view helpers: ranking an indicator for the map (direction, ties, deciles),
 * where the map's tooltip goes, and the formatting of values, ranks and deciles.
 */
import { describe, expect, it } from 'vitest';
import { decileLabel, formatRank, formatValue } from '../../web/src/format.js';
import { TOOLTIP_GAP, placeTooltip } from '../../web/src/pages/map/tooltipPlacement.js';
import { measuresOf, standings } from '../../web/src/measures.js';
import type { ExportResponse } from '../../web/src/types.js';

describe('standings', () => {
  // the export's indicator ranks: E00…E08 have values 100…92 (ranks 1…9), E03 and E04 share 4th; E09 has none
  const payRank = (i: number): number | null => (i === 9 ? null : i === 4 ? 4 : i + 1);
  const area = (code: string, value: number | null, rank: number) => ({
    code,
    name: code,
    region: 'R',
    county: null,
    values: { pay: value },
    scores: { pay: null },
    ranks: { pay: payRank(rank - 1) },
    tiedWith: { pay: rank === 4 || rank === 5 ? 1 : rank === 10 ? null : 0 },
    stages: { adulthood: { score: 0, rank, decile: rank } },
    overall: { score: 0, rank, decile: rank, class: 'neither' as const },
    levels: { pay: 'exact' as const },
    unrankedReason: null,
  });
  const result = {
    edition: 'test',
    rankedCount: 10,
    labels: { pay: 'Pay of employees — stand-in for pay of residents', jobs: 'Jobs' },
    attribution: [],
    method: {
      stages: [{ id: 'adulthood', label: 'Adulthood', weight: 1 }],
      indicators: [
        { id: 'pay', number: 12, label: 'Pay', stage: 'adulthood', direction: 'higher', unit: '£', weight: 1 },
        { id: 'jobs', number: 14, label: 'Jobs', stage: 'adulthood', direction: 'higher', unit: '%', weight: 1 },
      ],
    },
    areas: Array.from({ length: 10 }, (_, i) => area(`E0${i}`, i === 9 ? null : 100 - i, i + 1)),
  } as unknown as ExportResponse;

  it('lists overall, the stages and only the indicators that have a value somewhere', () => {
    expect(measuresOf(result).map((measure) => measure.id)).toEqual(['overall', 'adulthood', 'pay']);
  });

  it("labels an indicator with the edition's label (a stand-in named as such), not the method's", () => {
    expect(measuresOf(result).find((measure) => measure.id === 'pay')?.label).toBe('Pay of employees — stand-in for pay of residents');
  });

  it('gives an indicator the export\'s rank, marks shared ones, and takes deciles ⌈10 × rank / n⌉ over the areas with a value', () => {
    const pay = measuresOf(result).find((measure) => measure.id === 'pay')!;
    const byCode = standings(result, pay);
    expect(byCode.get('E00')).toMatchObject({ rank: 1, of: 9, decile: 2, value: 100, shared: false });
    // ⌈10 · 4 / 9⌉ = ⌈4.44⌉ = 5 for both areas sharing 4th
    expect(byCode.get('E03')).toMatchObject({ rank: 4, of: 9, decile: 5, shared: true });
    expect(byCode.get('E04')).toMatchObject({ rank: 4, of: 9, decile: 5, shared: true });
    expect(byCode.get('E08')).toMatchObject({ rank: 9, of: 9, decile: 10 });
    expect(byCode.get('E09')).toMatchObject({ rank: null, decile: null, value: null });
  });

  it('takes overall and stage ranks and deciles from the export', () => {
    const overall = standings(result, measuresOf(result)[0]!);
    expect(overall.get('E04')).toMatchObject({ rank: 5, of: 10, decile: 5 });
  });
});

describe('formatting', () => {
  it('formats values by unit', () => {
    expect(formatValue(27.2424, '%')).toBe('27.2%');
    expect(formatValue(23342.4, '£')).toBe('£23,342');
    expect(formatValue(8.0234, 'ratio')).toBe('8.02');
    expect(formatValue(null, '%')).toBe('no data');
  });
  it('formats ranks and deciles as ordinals', () => {
    expect(formatRank(321, 324)).toBe('321st of 324');
    expect(formatRank(null, 324)).toBe('not ranked');
    expect(decileLabel(1)).toBe('1st decile (best)');
    expect(decileLabel(10)).toBe('10th decile (worst)');
  });
});

describe('placeTooltip', () => {
  const frame = { width: 400, height: 300 };
  const tip = { width: 100, height: 30 };
  it('goes above the shape, centred on x, when there is room', () => {
    expect(placeTooltip({ left: 150, top: 100, right: 250, bottom: 140 }, 200, frame, tip)).toEqual({ left: 150, top: 100 - TOOLTIP_GAP - 30, side: 'above' });
  });
  it('goes below a shape at the top edge, and moves sideways to stay inside the frame', () => {
    expect(placeTooltip({ left: 0, top: 0, right: 40, bottom: 40 }, 20, frame, tip)).toEqual({ left: 0, top: 40 + TOOLTIP_GAP, side: 'below' });
    expect(placeTooltip({ left: 370, top: 5, right: 400, bottom: 40 }, 385, frame, tip)).toEqual({ left: 300, top: 40 + TOOLTIP_GAP, side: 'below' });
  });
  it('goes beside a shape as tall as the frame: right if there is room, else left', () => {
    expect(placeTooltip({ left: 50, top: 0, right: 150, bottom: 300 }, 100, frame, tip)).toEqual({ left: 150 + TOOLTIP_GAP, top: 135, side: 'right' });
    expect(placeTooltip({ left: 250, top: 0, right: 400, bottom: 300 }, 300, frame, tip)).toEqual({ left: 250 - TOOLTIP_GAP - 100, top: 135, side: 'left' });
  });
  it('stays inside the frame when no side has room', () => {
    expect(placeTooltip({ left: 0, top: 0, right: 400, bottom: 300 }, 390, frame, tip)).toEqual({ left: 300, top: 0, side: 'over' });
  });
});
