import { describe, expect, it } from 'vitest';
import type { Edition, EditionArea } from '../../src/edition/types.js';
import { SMI_2017 } from '../../src/method/presets.js';
import { groupsReport } from '../../src/report/groups.js';
import { leagueTable } from '../../src/report/leagueTable.js';
import { areaProfile } from '../../src/report/profile.js';
import { scoreEdition } from '../../src/report/scoredEdition.js';
import { exportColumns, exportResult, exportRows } from '../../src/report/exportResult.js';

/**
 * Six areas whose four indicators (one per stage) are all evenly spaced in the same order, so the
 * overall order is simply the order of `quality`: the area with quality 6 is 1st, quality 1 is 6th.
 * Regions alternate so that North has ranks 1, 3, 5 and South ranks 2, 4, 6.
 */
function area(code: string, name: string, quality: number, region: string, county: string | null): EditionArea {
  return {
    code,
    name,
    type: 'Non-metropolitan district',
    regionCode: region === 'North' ? 'E1' : 'E2',
    region,
    countyCode: county === null ? null : `C-${county}`,
    county,
    ruralUrban: quality > 3 ? 'Urban with City and Town' : 'Mainly Rural',
    ruralUrbanBroad: quality > 3 ? 'Predominantly Urban' : 'Predominantly Rural',
    successorCode: code,
    successorName: name,
    predecessorCodes: [],
    values: {
      'ey-fsm-good-development': 40 + quality,
      'fsm-ks2-rwm': 50 + 2 * quality,
      'fsm-not-sustained': 10 - quality, // lower is better
      'median-pay': 400 + 10 * quality,
    },
    provenance: {},
    intervals: {},
  };
}

const edition: Edition = {
  id: 'toy',
  label: 'toy',
  description: '',
  method: SMI_2017,
  areas: [
    area('E0000001', 'Alpha', 6, 'North', 'Shire'),
    area('E0000002', 'Bravo', 5, 'South', 'Shire'),
    area('E0000003', 'Charlie', 4, 'North', null),
    area('E0000004', 'Delta', 3, 'South', 'Wold'),
    area('E0000005', 'Echo', 2, 'North', 'Wold'),
    area('E0000006', 'Foxtrot', 1, 'South', null),
  ],
  indicators: [],
  sources: [{ id: 's', path: 'p', title: 't', publisher: 'ONS', url: 'https://x', licence: 'OGL', attribution: 'ONS. Contains public sector information licensed under the Open Government Licence v3.0.', sha256: '0' }],
  checksums: {},
};
const scored = scoreEdition(edition);

describe('league table', () => {
  it('ranks best first and alphabetically on request', () => {
    expect(leagueTable(scored).rows.map((row) => row.name)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']);
    expect(leagueTable(scored).rows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const byName = leagueTable(scored, { sort: 'name' }).rows;
    expect(byName.map((row) => row.name)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']);
  });
  it('filters by region, county, rural-urban class and class', () => {
    expect(leagueTable(scored, { region: 'north' }).rows.map((row) => row.rank)).toEqual([1, 3, 5]);
    expect(leagueTable(scored, { county: 'WOLD' }).rows.map((row) => row.name)).toEqual(['Delta', 'Echo']);
    expect(leagueTable(scored, { ruralUrban: 'predominantly rural' }).rows.map((row) => row.name)).toEqual(['Delta', 'Echo', 'Foxtrot']);
    // round(6 × 0.2) = 1 hotspot and 1 coldspot
    expect(leagueTable(scored, { class: 'hotspot' }).rows.map((row) => row.name)).toEqual(['Alpha']);
    expect(leagueTable(scored, { class: 'coldspot' }).rows.map((row) => row.name)).toEqual(['Foxtrot']);
  });
  it('ranks on one stage', () => {
    const youth = leagueTable(scored, { stage: 'youth' });
    expect(youth.stage).toBe('youth');
    expect(youth.rows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('sorts in descending order: worst first, Z to A, and on a stage', () => {
    expect(leagueTable(scored, { order: 'descending' }).rows.map((row) => row.rank)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(leagueTable(scored, { sort: 'name', order: 'descending' }).rows.map((row) => row.name)).toEqual(['Foxtrot', 'Echo', 'Delta', 'Charlie', 'Bravo', 'Alpha']);
    expect(leagueTable(scored, { sort: 'youth', order: 'descending' }).rows.map((row) => row.stages.youth?.rank)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(leagueTable(scored, { region: 'south', order: 'descending' }).rows.map((row) => row.rank)).toEqual([6, 4, 2]);
  });
  it('keeps an unranked area last in either order', () => {
    // Golf has no value at all: it cannot be ranked (and ranks the others 1–6 as before)
    const withUnranked = scoreEdition({ ...edition, areas: [...edition.areas, { ...area('E99', 'Golf', 3, 'North', null), values: {} }] });
    const up = leagueTable(withUnranked).rows;
    const down = leagueTable(withUnranked, { order: 'descending' }).rows;
    expect(up.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(down.map((row) => row.rank)).toEqual([6, 5, 4, 3, 2, 1, null]);
    expect(down.at(-1)?.name).toBe('Golf');
  });
  it('filters coastal or inland areas by the flags it is given', () => {
    const flags = new Map(['Alpha', 'Delta', 'Echo'].map((name) => [scored.areas.find((entry) => entry.area.name === name)!.area.code, { coastal: true }]));
    expect(leagueTable(scored, { coast: 'coastal' }, flags).rows.map((row) => row.name)).toEqual(['Alpha', 'Delta', 'Echo']);
    // an area missing from the flags counts as inland
    expect(leagueTable(scored, { coast: 'inland' }, flags).rows.map((row) => row.name)).toEqual(['Bravo', 'Charlie', 'Foxtrot']);
    expect(() => leagueTable(scored, { coast: 'beach' as never }, flags)).toThrow(/coast: must be one of coastal, inland \(got "beach"\)/);
    expect(() => leagueTable(scored, { order: 'sideways' as never })).toThrow(/order: must be one of ascending, descending \(got "sideways"\)/);
  });
  it('rejects unknown filters, listing the choices', () => {
    expect(() => leagueTable(scored, { region: 'East' })).toThrow('unknown region "East"; choose one of North, South.');
    expect(() => leagueTable(scored, { stage: 'teens' })).toThrow(/stage: must be one of the stages of the method smi-2017, early-years, school, youth, adulthood \(got "teens"\)/);
  });
});

describe('groups', () => {
  it('counts, shares and ranks per region, worked by hand', () => {
    const report = groupsReport(scored, 'region');
    // North: ranks 1, 3, 5 → 1 hotspot, lower half (rank > 3) = {5} → 1/3, mean 3, median 3.
    // South: ranks 2, 4, 6 → 1 coldspot, lower half = {4, 6} → 2/3, mean 4, median 4.
    expect(report.groups).toEqual([
      { group: 'North', areas: 3, ranked: 3, hotspots: 1, coldspots: 0, lowerHalfShare: 1 / 3, meanRank: 3, medianRank: 3 },
      { group: 'South', areas: 3, ranked: 3, hotspots: 0, coldspots: 1, lowerHalfShare: 2 / 3, meanRank: 4, medianRank: 4 },
    ]);
  });
  it('leaves areas without a county out of county groups, and says how many', () => {
    const report = groupsReport(scored, 'county');
    expect(report.groups.map((g) => [g.group, g.areas, g.meanRank, g.medianRank])).toEqual([
      ['Shire', 2, 1.5, 1.5],
      ['Wold', 2, 4.5, 4.5],
    ]);
    expect(report.ungrouped).toBe(2);
  });
});

describe('area profile', () => {
  it('has a headline, stage phrases and strongest/weakest indicators', () => {
    const profile = areaProfile(scored, scored.byCode.get('E0000006')!);
    expect(profile.headline).toBe('Foxtrot is ranked 6th of 6: a social mobility coldspot (worst 10%).');
    expect(profile.stages.every((stage) => stage.rank === 6 && stage.decilePhrase === 'worst 10%')).toBe(true);
    const pay = profile.indicators.find((indicator) => indicator.id === 'median-pay')!;
    expect(pay.value).toBe(410);
    expect(pay.median).toBe(435); // median of 410…460 in steps of 10
    expect(pay.rank).toBe(6);
    expect(profile.indicators.find((indicator) => indicator.id === 'professional-jobs')?.level).toBe('missing');
    expect(pay.level).toBe('supplied'); // a value with no provenance came from the user
  });
});

describe('export', () => {
  it('has one CSV cell per documented column', () => {
    const exported = exportResult(scored);
    const rows = exportRows(exported);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row).toHaveLength(exportColumns(SMI_2017).length);
    expect(exported.attribution.statements[0]).toMatch(/Open Government Licence/);
    expect(exported.attribution.text).toMatch(/Licence: https:\/\/www.nationalarchives.gov.uk/);
  });
});

describe('ties in a profile', () => {
  it('name the ranks that equal scores share, whatever the tie rule', () => {
    // Alpha and Bravo have identical values, so every score of theirs is equal: they share ranks 1–2.
    const twins: Edition = { ...edition, areas: [area('E0000001', 'Alpha', 6, 'North', 'Shire'), area('E0000002', 'Bravo', 6, 'South', 'Shire'), ...edition.areas.slice(2)] };
    const tied = scoreEdition(twins);
    const alpha = areaProfile(tied, tied.byCode.get('E0000001')!);
    const bravo = areaProfile(tied, tied.byCode.get('E0000002')!);
    expect([alpha.overall.rank, bravo.overall.rank]).toEqual([1, 2]); // ties: 'code' orders them by code
    expect(alpha.overall.tie).toEqual({ best: 1, worst: 2, others: 1 });
    expect(bravo.stages[0]?.tie).toEqual({ best: 1, worst: 2, others: 1 });
    expect(bravo.indicators.find((indicator) => indicator.id === 'median-pay')?.tie).toEqual({ best: 1, worst: 2, others: 1 });
    expect(bravo.strongest[0]).toMatchObject({ rank: 1, tied: true });
    expect(areaProfile(tied, tied.byCode.get('E0000003')!).overall.tie).toBeNull();
  });
});
