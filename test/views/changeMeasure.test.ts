/**
 * The map's change measure, pure: the bands of its diverging key (every whole number of places in
 * exactly one band, symmetric about "no change"), its words, and the years a `since` may take on each
 * edition (the catalogue's). Expected values by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_BANDS, changeBand, changeWords, mapView } from '../../src/views/measures.js';
import { councilYearOf, yearsBefore } from '../../src/edition/catalogue.js';
import type { ExportResponse } from '../../src/contract/responses.js';

describe('the change measure\'s bands', () => {
  it('puts hand-picked changes in the bands their words say', () => {
    const label = (places: number) => CHANGE_BANDS[changeBand(places)!]!.label;
    expect(label(0)).toBe('no change');
    expect(label(1)).toBe('up 1 to 4 places');
    expect(label(4)).toBe('up 1 to 4 places');
    expect(label(5)).toBe('up 5 to 19 places');
    expect(label(49)).toBe('up 20 to 49 places');
    expect(label(50)).toBe('up 50 places or more');
    expect(label(293)).toBe('up 50 places or more');
    expect(label(-1)).toBe('down 1 to 4 places');
    expect(label(-20)).toBe('down 20 to 49 places');
    expect(label(-293)).toBe('down 50 places or more');
    expect(changeBand(null)).toBeNull();
  });

  it('puts every whole number of places in exactly one band, a gain and the same loss mirror images', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (places) => {
        const holding = CHANGE_BANDS.filter((band) => places >= band.min && places <= band.max);
        expect(holding).toHaveLength(1);
        expect(changeBand(places)! + changeBand(-places)!).toBe(CHANGE_BANDS.length - 1);
        // most places gained first: a larger gain is never in a later band
        expect(changeBand(places + 1)!).toBeLessThanOrEqual(changeBand(places)!);
      }),
    );
  });

  it('says a change in words', () => {
    expect(changeWords({ since: 2016, rank: 140, places: 12 })).toBe('up 12 places since 2016 (from 140th)');
    expect(changeWords({ since: 2019, rank: 21, places: -1 })).toBe('down 1 place since 2019 (from 21st)');
    expect(changeWords({ since: 2016, rank: 3, places: 0 })).toBe('no change since 2016 (3rd then and now)');
    expect(changeWords({ since: 2016, rank: null, places: null })).toBe('not ranked in both years');
    expect(changeWords(null)).toBe('not ranked in both years');
  });
});

describe('the change measure on the map\'s view', () => {
  const exported = {
    edition: 'open-latest',
    method: { id: 'm', stages: [{ id: 'school', label: 'School' }], indicators: [] },
    labels: {},
    rankedCount: 2,
    areas: [
      { code: 'A', name: 'Ayton', overall: { rank: 1, decile: 1, class: 'hotspot' }, stages: { school: { rank: 2, decile: 10 } }, values: {}, ranks: {}, tiedWith: {} },
      { code: 'B', name: 'Beeby', overall: { rank: 2, decile: 10, class: 'coldspot' }, stages: { school: { rank: 1, decile: 1 } }, values: {}, ranks: {}, tiedWith: {} },
    ],
  } as unknown as ExportResponse;
  const changes = { since: 2016, byCode: new Map([['A', { since: 2016, rank: 2, places: 1 }], ['B', { since: 2016, rank: 1, places: -1 }]]) };

  it('offers the change second, maps the places gained on today\'s rank, and carries the change on every measure', () => {
    const view = mapView(exported, 'change', changes);
    expect(view.measures.map((measure) => measure.id)).toEqual(['overall', 'change', 'school']);
    expect(view.measure).toBe('change');
    expect(view.areas.map((area) => [area.code, area.rank, area.value, area.decile])).toEqual([['A', 1, 1, null], ['B', 2, -1, null]]);
    const school = mapView(exported, 'school', changes);
    expect(school.areas.map((area) => [area.rank, area.change?.places])).toEqual([[2, 1], [1, -1]]);
    // without changes there is no change measure: asking for it gives the overall index
    const plain = mapView(exported, 'change');
    expect(plain.measure).toBe('overall');
    expect(plain.areas.every((area) => area.change === null)).toBe(true);
  });
});

describe('the years of the series an edition compares with', () => {
  it('gives the years before the edition\'s own on the 2025 councils, none on the 2016 districts', () => {
    expect(councilYearOf('open-latest')).toBe(2025);
    expect(councilYearOf('open-series@2019')).toBe(2019);
    expect(councilYearOf('open-2016')).toBeUndefined();
    expect(yearsBefore('open-series@2019')).toEqual([2016, 2017, 2018]);
    expect(yearsBefore('open-latest')).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearsBefore('open-series@2016')).toEqual([]);
    expect(yearsBefore('open-2016')).toEqual([]);
  });
});
