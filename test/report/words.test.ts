/**
 * Honest words (issue 9, deliverable 2): stand-in labels against each indicator's level, county-wide
 * values named in every sentence about them, thin stages flagged, and the one caveat line. On the
 * real editions, with hand-written expectations for the phrases.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { driverSentence, explain } from '../../src/analysis/explain.js';
import type { Edition } from '../../src/edition/types.js';
import { SMI_2017 } from '../../src/method/presets.js';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { loadEdition } from '../../src/pipeline/editions/index.js';
import { CAVEAT, caveatLine } from '../../src/report/attribution.js';
import { exportResult } from '../../src/report/exportResult.js';
import { indicatorCatalogue } from '../../src/report/indicatorCatalogue.js';
import { countWord, countyValuePhrase, indicatorLabel, stageCoverage, stageCoveragePhrase } from '../../src/report/indicatorWords.js';
import { leagueTable } from '../../src/report/leagueTable.js';
import { areaProfile } from '../../src/report/profile.js';
import { scoreEdition, type ScoredEdition } from '../../src/report/scoredEdition.js';

/** The levels whose values are another measure than the Commission's (README, "Data and its limits"). */
const PROXY_LEVELS = new Set(['proxy', 'proxy-county']);
const EXACT_LEVELS = new Set(['exact', 'exact-county', 'estimated']);

const editions: Record<string, ScoredEdition> = {};
beforeAll(async () => {
  for (const id of ['open-2016', 'open-latest']) editions[id] = scoreEdition(await loadEdition(id, { dataDir: resolveDataDir() }));
}, 60_000);

const scored = (id: string): ScoredEdition => editions[id]!;

describe('indicator labels say what the values measure', () => {
  for (const id of ['open-2016', 'open-latest']) {
    it(`${id}: every proxy-level label says "stand-in", no exact-level label does, and the method's wording stays the definition`, () => {
      const { edition, method } = scored(id);
      const catalogue = indicatorCatalogue(edition, method);
      let proxies = 0;
      for (const entry of catalogue) {
        const definition = method.indicators.find((indicator) => indicator.id === entry.id)!.label;
        expect(entry.definition).toBe(definition);
        if (PROXY_LEVELS.has(entry.level)) {
          proxies += 1;
          expect(entry.label, entry.id).toMatch(/ — stand-in for /);
          expect(entry.label).not.toBe(definition);
        } else {
          expect(entry.label, entry.id).not.toMatch(/stand-in/i);
          if (EXACT_LEVELS.has(entry.level)) expect(entry.label).toBe(definition);
        }
      }
      // open-2016: 1, 7, 8, 14 (Census 2011, the contract's second edition), 15 and 16 are stand-ins;
      // open-latest has living-wage data at level exact and 14 from Census 2021, exact.
      expect(proxies).toBe(id === 'open-2016' ? 6 : 4);
    });

    it(`${id}: each area's value is labelled by its own level too (profile rows)`, () => {
      const s = scored(id);
      for (const entry of s.areas.slice(0, 40)) {
        for (const row of areaProfile(s, entry).indicators) {
          if (row.level === 'missing') continue;
          expect(row.label.includes('stand-in'), `${entry.area.code} ${row.id} ${row.level}`).toBe(PROXY_LEVELS.has(row.level));
        }
      }
    });
  }

  it('names indicator 7 in open-2016 as the issue asks, keeping the method\'s wording as its definition', () => {
    const { edition, method } = scored('open-2016');
    const seven = method.indicators.find((indicator) => indicator.number === 7)!;
    expect(indicatorLabel(edition, seven)).toBe('All pupils not in a sustained destination after KS4 — stand-in for FSM pupils');
    expect(seven.label).toBe('FSM young people not in a sustained destination after KS4');
    const eight = method.indicators.find((indicator) => indicator.number === 8)!;
    expect(indicatorLabel(edition, eight)).toBe('A-level point score per entry of all students — stand-in for FSM students');
  });

  it('the export carries the same labels for the map and Compare', () => {
    const s = scored('open-2016');
    const labels = exportResult(s).labels;
    for (const entry of indicatorCatalogue(s.edition, s.method)) expect(labels[entry.id]).toBe(entry.label);
  });

  it('falls back on the method\'s label where the edition has none (a user dataset)', () => {
    const edition = { indicators: [{ indicator: 'x', level: 'supplied', year: '', source: null, measure: '', note: '', coverage: 1 }] } as Pick<Edition, 'indicators'>;
    expect(indicatorLabel(edition, { id: 'x', label: 'Method wording' })).toBe('Method wording');
  });
});

describe('county-wide values say whose they are', () => {
  const CUMBRIA = ['Allerdale', 'Barrow-in-Furness', 'Carlisle', 'Copeland', 'Eden', 'South Lakeland'];

  it('phrases: whole county, part of it, numbers in words up to ten', () => {
    expect(countyValuePhrase({ county: 'Cumbria', sharedBy: 6, districts: 6 })).toBe("Cumbria's value, shared by its six districts");
    expect(countyValuePhrase({ county: 'Cumbria', sharedBy: 5, districts: 6 })).toBe("Cumbria's value, shared by five of its six districts");
    expect(countyValuePhrase({ county: 'Kent', sharedBy: 12, districts: 12 })).toBe("Kent's value, shared by its 12 districts");
    expect(countyValuePhrase({ county: 'Leicestershire', sharedBy: 7, districts: 7 })).toBe("Leicestershire's value, shared by its seven districts");
    expect([countWord(2), countWord(10), countWord(11)]).toEqual(['two', 'ten', '11']);
  });

  it("Carlisle's early-years FSM good-development value is Cumbria's, shared by its six districts", () => {
    const s = scored('open-2016');
    const carlisle = s.byCode.get('E07000028')!;
    const value = carlisle.area.values['ey-fsm-good-development'];
    expect(s.areas.filter((entry) => entry.area.values['ey-fsm-good-development'] === value && entry.area.county === 'Cumbria').map((entry) => entry.area.name).sort()).toEqual(CUMBRIA);
    const profile = areaProfile(s, carlisle);
    const row = profile.indicators.find((indicator) => indicator.id === 'ey-fsm-good-development')!;
    expect(row.countyValue).toEqual({ county: 'Cumbria', sharedBy: 6, districts: 6 });
    // An estimated value (the small-area adjustment) is the district's own.
    expect(profile.indicators.find((indicator) => indicator.id === 'fsm-ks2-rwm')!.countyValue).toBeNull();

    const driver = explain(s, carlisle).drivers.find((entry) => entry.indicator === 'ey-fsm-good-development')!;
    expect(driver.sentence).toMatch(/^Early years: FSM children with a good level of development — Cumbria's value, shared by its six districts — is the joint 3rd worst in England and costs \d+ places\.$/);
  });

  it('a unitary authority\'s county-level value is its own: no county phrase (Torbay)', () => {
    const s = scored('open-2016');
    const torbay = areaProfile(s, s.byCode.get('E06000027')!);
    expect(torbay.indicators.every((indicator) => indicator.countyValue === null)).toBe(true);
  });

  it('in open-2016 every driver sentence and standing says "shared by" exactly when the value is at a county level in a two-tier county', () => {
    const s = scored('open-2016');
    let countySentences = 0;
    for (const entry of s.areas) {
      if (!entry.result.ranked) continue;
      const twoTier = entry.area.countyCode !== null;
      const profile = areaProfile(s, entry);
      for (const standing of [...profile.strongest, ...profile.weakest]) {
        const level = entry.area.provenance[standing.id]?.level ?? 'missing';
        expect(standing.countyValue !== null, `${entry.area.code} ${standing.id}`).toBe(twoTier && (level === 'exact-county' || level === 'proxy-county'));
      }
      if (entry.area.county !== 'Cumbria' && entry.area.code !== 'E06000027' && entry.area.code.localeCompare('E07000100') > 0) continue; // explain is slower: a sample
      for (const driver of explain(s, entry).drivers) {
        const level = entry.area.provenance[driver.indicator]?.level ?? 'missing';
        const county = twoTier && (level === 'exact-county' || level === 'proxy-county');
        expect(driver.sentence.includes(`${entry.area.county}'s value, shared by`), `${entry.area.code} ${driver.indicator}`).toBe(county);
        if (county) countySentences += 1;
      }
    }
    expect(countySentences).toBeGreaterThan(100);
  });

  it('a stand-in label goes in brackets in a sentence', () => {
    expect(driverSentence('Youth', 'All pupils not in a sustained destination after KS4 — stand-in for FSM pupils', '12th worst', -4, null)).toBe(
      'Youth: all pupils not in a sustained destination after KS4 (stand-in for FSM pupils) is the 12th worst in England and costs 4 places.',
    );
    expect(driverSentence('Youth', 'A-level point score per entry of all students — stand-in for FSM students', 'joint best', 3, { county: 'Surrey', sharedBy: 11, districts: 11 })).toBe(
      "Youth: A-level point score per entry of all students (stand-in for FSM students) — Surrey's value, shared by its 11 districts — is the joint best in England and gains 3 places.",
    );
  });
});

describe('a stage resting on fewer than half of its indicators is flagged', () => {
  it("Torbay's School stage rests on one of its four indicators (profile and league table)", () => {
    const s = scored('open-2016');
    const torbay = s.byCode.get('E06000027')!;
    const schoolIds = SMI_2017.indicators.filter((indicator) => indicator.stage === 'school').map((indicator) => indicator.id);
    expect(schoolIds).toHaveLength(4);
    expect(schoolIds.filter((id) => torbay.area.values[id] !== null)).toHaveLength(1);
    const school = areaProfile(s, torbay).stages.find((stage) => stage.id === 'school')!;
    expect(school).toMatchObject({ indicatorsUsed: 1, indicatorsTotal: 4, thin: true });
    expect(school.rank).not.toBeNull();
    expect(stageCoveragePhrase(school)).toBe('rests on 1 of its 4 indicators');
    const row = leagueTable(s, { search: 'Torbay' }).rows[0]!;
    expect(row.stages.school).toMatchObject({ thin: true, indicatorsUsed: 1, indicatorsTotal: 4 });
    expect(exportResult(s).areas.find((area) => area.code === 'E06000027')!.stages.school!.thin).toBe(true);
  });

  it("Carlisle's stages are not thin: school rests on 2 of 4 (exactly half is not fewer)", () => {
    const s = scored('open-2016');
    const stages = areaProfile(s, s.byCode.get('E07000028')!).stages;
    expect(stages.map((stage) => [stage.id, stage.indicatorsUsed, stage.indicatorsTotal, stage.thin])).toEqual([
      ['early-years', 2, 2, false],
      ['school', 2, 4, false],
      ['youth', 4, 5, false],
      ['adulthood', 5, 5, false],
    ]);
  });

  it('property: thin exactly when 2 × used < total, counting only indicators weighted above 0', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ weight: fc.constantFrom(0, 0.5, 1), stage: fc.constantFrom('a', 'b'), has: fc.boolean() }), { maxLength: 12 }), (specs) => {
        const indicators = specs.map((spec, i) => ({ id: `i${i}`, label: '', stage: spec.stage, weight: spec.weight }));
        const result = { indicators: Object.fromEntries(specs.map((spec, i) => [`i${i}`, { value: spec.has ? 1 : null }])) } as never;
        const coverage = stageCoverage({ indicators } as never, result, 'a');
        const counted = specs.filter((spec) => spec.stage === 'a' && spec.weight > 0);
        const used = counted.filter((spec) => spec.has).length;
        expect(coverage).toEqual({ indicatorsUsed: used, indicatorsTotal: counted.length, thin: used < counted.length / 2 });
      }),
    );
  });
});

describe('the caveat line', () => {
  it('is one sentence with a pointer to the limits, defined once', () => {
    expect(caveatLine()).toBe(
      'An open edition rebuilt from public data — not the Social Mobility Commission\'s published index. See the limits: /method#limits (README, "Data and its limits").',
    );
    expect(CAVEAT.limitsPath).toBe('/method#limits');
  });

  it('travels in every attribution object (so with every API response and export)', () => {
    expect(exportResult(scored('open-2016')).attribution.caveat).toBe(caveatLine());
  });
});
