import { describe, expect, it } from 'vitest';
import { expectOneLineError, smi } from './smi.js';

interface Profile {
  code: string;
  name: string;
  headline: string;
  rankedCount: number;
  county: string | null;
  region: string;
  successor: { code: string; name: string } | null;
  overall: { rank: number; decile: number; decilePhrase: string; class: string };
  stages: Array<{ id: string; rank: number; decile: number; decilePhrase: string }>;
  indicators: Array<{ id: string; value: number | null; median: number | null; rank: number | null; rankOf: number | null; level: string; year: string | null }>;
  strongest: Array<{ id: string; rank: number; rankOf: number }>;
  weakest: Array<{ id: string; rank: number; rankOf: number }>;
}

describe('smi area', async () => {
  const run = await smi(['area', 'Carlisle', '--format', 'json']);
  const profile = JSON.parse(run.stdout) as Profile;

  it('finds Carlisle in Cumbria, North West, now part of Cumberland', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(profile.code).toBe('E07000028');
    expect(profile.county).toBe('Cumbria');
    expect(profile.region).toBe('North West');
    expect(profile.successor).toEqual({ code: 'E06000063', name: 'Cumberland' });
  });

  it('states its rank in a headline consistent with its class and decile', () => {
    const { rank, decile, class: areaClass, decilePhrase } = profile.overall;
    expect(profile.headline.startsWith(`Carlisle is ranked ${rank}`)).toBe(true);
    expect(profile.headline).toContain('of 324');
    expect(decile).toBe(Math.ceil((10 * rank) / 324));
    expect(areaClass).toBe(rank <= 65 ? 'hotspot' : rank > 259 ? 'coldspot' : 'neither');
    if (areaClass !== 'neither') expect(profile.headline).toContain(`a social mobility ${areaClass}`);
    expect(profile.headline).toContain(decilePhrase);
  });

  it('gives each stage a rank and a decile phrase', () => {
    expect(profile.stages.map((stage) => stage.id)).toEqual(['early-years', 'school', 'youth', 'adulthood']);
    for (const stage of profile.stages) {
      expect(stage.decile).toBe(Math.ceil((10 * stage.rank) / 324));
      expect(stage.decilePhrase).toMatch(/^(best|worst) /);
    }
  });

  it('lists all 16 indicators with value, median, rank, level and year', () => {
    expect(profile.indicators).toHaveLength(16);
    const missing = profile.indicators.filter((indicator) => indicator.level === 'missing').map((indicator) => indicator.id);
    expect(missing).toEqual(expect.arrayContaining(['fsm-primary-good', 'fsm-secondary-good', 'fsm-selective-he']));
    for (const indicator of profile.indicators.filter((item) => item.value !== null)) {
      expect(indicator.median).not.toBeNull();
      expect(indicator.rank).toBeGreaterThanOrEqual(1);
      expect(indicator.rank).toBeLessThanOrEqual(indicator.rankOf as number);
      expect(indicator.year).toBeTruthy();
    }
  });

  it('names three strongest and three weakest indicators, best and worst first', () => {
    expect(profile.strongest).toHaveLength(3);
    expect(profile.weakest).toHaveLength(3);
    const share = (s: { rank: number; rankOf: number }) => (s.rank - 1) / (s.rankOf - 1);
    expect(share(profile.strongest[0]!)).toBeLessThanOrEqual(share(profile.strongest[2]!));
    expect(share(profile.weakest[0]!)).toBeGreaterThanOrEqual(share(profile.weakest[2]!));
    expect(share(profile.strongest[2]!)).toBeLessThanOrEqual(share(profile.weakest[2]!));
  });

  it('matches names case-insensitively and by code, and prints a readable profile', async () => {
    expect(JSON.parse((await smi(['area', 'CARLISLE', '--format', 'json'])).stdout).code).toBe('E07000028');
    expect(JSON.parse((await smi(['area', 'e07000028', '--format', 'json'])).stdout).code).toBe('E07000028');
    const text = await smi(['area', 'South', 'Lakeland']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^South Lakeland is ranked \d+(st|nd|rd|th) of 324/);
    expect(text.stdout).toMatch(/Life stages/);
    expect(text.stdout).toMatch(/Open Government Licence/);
  });

  it('suggests the closest name for a near miss', async () => {
    expectOneLineError(await smi(['area', 'Carlsle']), /no area called "Carlsle" in open-2016; did you mean Carlisle/);
  });

  it('rejects an unknown code', async () => {
    expectOneLineError(await smi(['area', 'E07999999']), /no area has the code E07999999/);
  });

  it('answers for a 2025 council in open-latest', async () => {
    const latest = JSON.parse((await smi(['area', 'Cumberland', '--edition', 'open-latest', '--format', 'json'])).stdout) as Profile;
    expect(latest.code).toBe('E06000063');
    expect(latest.rankedCount).toBeGreaterThan(280);
  });
});

describe('smi area: honest words', () => {
  const CAVEAT_LINE = 'An open edition rebuilt from public data — not the Social Mobility Commission\'s published index. See the limits: /method#limits (README, "Data and its limits").';

  it('puts the caveat line right under the headline', async () => {
    const lines = (await smi(['area', 'Carlisle'])).stdout.split('\n');
    expect(lines[0]).toMatch(/^Carlisle is ranked \d+(st|nd|rd|th) of 324/);
    expect(lines[1]).toBe(CAVEAT_LINE);
  });

  it('labels stand-ins as such in the indicator table, and says whose a county-wide value is in the strongest and weakest lists', async () => {
    const text = (await smi(['area', 'Carlisle'])).stdout;
    expect(text).toMatch(/ 7 {2}All pupils not in a sustained destination after KS4 — stand-in for FSM pupils /);
    expect(text).toMatch(/ 8 {2}A-level point score per entry of all students — stand-in for FSM students /);
    expect(text).toMatch(/ 2 {2}FSM children with a good level of development /);
    // Indicator 1 is a county value in Cumbria; Carlisle ranks near the top on it (=21st), so it is among its strongest.
    expect(text).toMatch(/^Strongest: 3- and 4-year-olds at good or outstanding providers — stand-in for nursery providers \(=\d+(st|nd|rd|th) of 324, Cumbria's value, shared by its six districts\);/m);
    const json = JSON.parse((await smi(['area', 'Carlisle', '--format', 'json'])).stdout) as { indicators: Array<{ id: string; label: string; definition: string }> };
    const seven = json.indicators.find((indicator) => indicator.id === 'fsm-not-sustained')!;
    expect([seven.label, seven.definition]).toEqual(['All pupils not in a sustained destination after KS4 — stand-in for FSM pupils', 'FSM young people not in a sustained destination after KS4']);
  });

  it("flags Torbay's School stage, which rests on one of its four indicators", async () => {
    const text = (await smi(['area', 'Torbay'])).stdout;
    expect(text).toMatch(/^ {2}School {7}\d+(st|nd|rd|th) of 324 \((best|worst) [^)]*\) — rests on 1 of its 4 indicators: a rank on so few says little$/m);
    expect(text).not.toMatch(/Early years .*rests on/);
    expect((await smi(['area', 'Carlisle'])).stdout).not.toMatch(/rests on/);
  });

  it('smi explain says that Carlisle\'s early-years value is Cumbria\'s', async () => {
    const text = (await smi(['explain', 'Carlisle'])).stdout;
    expect(text).toMatch(/Early years: FSM children with a good level of development — Cumbria's value, shared by its six districts — is the joint 3rd worst in England and costs \d+ places\./);
  });

  it('smi rank marks thin stage ranks and says what the mark means, under the caveat line', async () => {
    const text = (await smi(['rank', '--search', 'Torbay'])).stdout;
    expect(text.split('\n')[1]).toBe(CAVEAT_LINE);
    expect(text).toMatch(/Torbay .* \d+\* /);
    expect(text).toContain('* the stage\'s score rests on fewer than half of its indicators.');
  });
});

describe('smi compare', () => {
  it('puts every district of Cumbria side by side', async () => {
    const run = await smi(['compare', '--county', 'Cumbria', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { areas: Profile[] };
    expect(json.areas.map((area) => area.name).sort()).toEqual(['Allerdale', 'Barrow-in-Furness', 'Carlisle', 'Copeland', 'Eden', 'South Lakeland']);
  });

  it('finds the councils of a former county on 2025 geography', async () => {
    const run = await smi(['compare', '--county', 'Cumbria', '--edition', 'open-latest', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { areas: Profile[] };
    expect(json.areas.map((area) => area.name).sort()).toEqual(['Cumberland', 'Westmorland and Furness']);
  });

  it('compares named areas in a table', async () => {
    const run = await smi(['compare', 'Carlisle', 'Cotswold', 'Westminster']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('An open edition rebuilt from public data — not the Social Mobility Commission\'s published index. See the limits: /method#limits (README, "Data and its limits").');
    expect(run.stdout.split('\n')[3]).toMatch(/Carlisle\s+Cotswold\s+Westminster/);
    expect(run.stdout).toMatch(/Overall rank/);
  });

  it('needs two areas', async () => {
    expectOneLineError(await smi(['compare', 'Carlisle']), /at least two areas/);
  });
});

describe('smi groups', () => {
  it('by region: nine regions holding all 324 districts, 65 hotspots and 65 coldspots', async () => {
    const run = await smi(['groups', '--by', 'region', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { groups: Array<{ group: string; areas: number; hotspots: number; coldspots: number; lowerHalfShare: number; meanRank: number; medianRank: number }> };
    expect(json.groups).toHaveLength(9);
    expect(json.groups.reduce((sum, g) => sum + g.areas, 0)).toBe(324);
    expect(json.groups.reduce((sum, g) => sum + g.hotspots, 0)).toBe(65);
    expect(json.groups.reduce((sum, g) => sum + g.coldspots, 0)).toBe(65);
    const northWest = json.groups.find((g) => g.group === 'North West');
    expect(northWest?.areas).toBe(39);
    for (const g of json.groups) {
      expect(g.lowerHalfShare).toBeGreaterThanOrEqual(0);
      expect(g.lowerHalfShare).toBeLessThanOrEqual(1);
      expect(g.meanRank).toBeGreaterThanOrEqual(1);
    }
  });

  it('by county and rural-urban class', async () => {
    const county = JSON.parse((await smi(['groups', '--by', 'county', '--format', 'json'])).stdout) as { groups: Array<{ group: string; areas: number }>; ungrouped: number };
    expect(county.groups.find((g) => g.group === 'Cumbria')?.areas).toBe(6);
    expect(county.groups.reduce((sum, g) => sum + g.areas, 0) + county.ungrouped).toBe(324);
    const rural = JSON.parse((await smi(['groups', '--by', 'rural-urban', '--format', 'json'])).stdout) as { groups: Array<{ areas: number }> };
    expect(rural.groups).toHaveLength(6);
    expect(rural.groups.reduce((sum, g) => sum + g.areas, 0)).toBe(324);
  });
});

describe('--no-small-area-adjustment', () => {
  it('gives every Cumbrian district its county FSM values, at level exact-county', async () => {
    const adjusted = JSON.parse((await smi(['compare', '--county', 'Cumbria', '--format', 'json'])).stdout) as { areas: Profile[] };
    const plain = JSON.parse((await smi(['compare', '--county', 'Cumbria', '--no-small-area-adjustment', '--format', 'json'])).stdout) as { areas: Profile[] };
    const ks2 = (profile: Profile) => profile.indicators.find((indicator) => indicator.id === 'fsm-ks2-rwm')!;
    expect(new Set(plain.areas.map((area) => ks2(area).value)).size).toBe(1);
    expect(plain.areas.every((area) => ks2(area).level === 'exact-county')).toBe(true);
    expect(new Set(adjusted.areas.map((area) => ks2(area).value)).size).toBeGreaterThan(1);
    expect(adjusted.areas.every((area) => ks2(area).level === 'estimated')).toBe(true);
  });
});

describe('smi area --interval', () => {
  it("shows the area's 90% rank interval from the default uncertainty run, the same as smi uncertainty with its defaults", async () => {
    const run = JSON.parse((await smi(['uncertainty', '--format', 'json'])).stdout) as { areas: Array<{ code: string; p05: number; p95: number }> };
    const carlisle = run.areas.find((area) => area.code === 'E07000028')!;
    const table = await smi(['area', 'Carlisle', '--interval']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain(`How sure: In 90% of 1,000 runs Carlisle ranks between ${Math.floor(carlisle.p05)}`);
    const json = JSON.parse((await smi(['area', 'Carlisle', '--interval', '--format', 'json'])).stdout) as { rankInterval: { best: number; worst: number } };
    expect([json.rankInterval.best, json.rankInterval.worst]).toEqual([Math.floor(carlisle.p05), Math.ceil(carlisle.p95)]);
    const without = JSON.parse((await smi(['area', 'Carlisle', '--format', 'json'])).stdout) as { rankInterval: unknown };
    expect(without.rankInterval).toBeNull();
  });
});
