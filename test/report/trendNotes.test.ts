import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breaksBefore, trendNoteIds } from '../../src/report/trendNotes.js';

type Point = { id: string; year?: string; carriedFromYear: string | null; seriesBreak: string | null };
const year = (y: number, indicators: Point[]) => ({ year: y, indicators }) as never;

describe('breaksBefore', () => {
  it('marks where a break begins and where it ends (teacher-assessed grades of 2020 and 2021)', () => {
    const tag = 'TAGs';
    const texts = [null, null, tag, tag, null, null];
    expect(breaksBefore(texts.map((seriesBreak) => ({ seriesBreak })))).toEqual([false, false, true, false, true, false]);
  });

  it('never marks the first point, and marks exactly the changes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(null, 'a', 'b'), { maxLength: 12 }), (texts) => {
        const marks = breaksBefore(texts.map((seriesBreak) => ({ seriesBreak })));
        expect(marks.length).toBe(texts.length);
        if (marks.length > 0) expect(marks[0]).toBe(false);
        let changes = 0;
        for (let i = 1; i < texts.length; i += 1) if (texts[i] !== texts[i - 1]) changes += 1;
        expect(marks.filter(Boolean).length).toBe(changes);
      }),
    );
  });
});

describe('trendNoteIds', () => {
  it('says only that ranks are relative when nothing is carried and nothing breaks', () => {
    expect(trendNoteIds({ years: [year(2019, [{ id: 'a', carriedFromYear: null, seriesBreak: null }])] })).toEqual(['relative']);
  });

  it('adds the carried, no-assessment, EYFS and occupation notes where the values show them', () => {
    const trend = {
      years: [
        year(2020, [{ id: 'ks2', year: '2019', carriedFromYear: '2019', seriesBreak: null }]),
        year(2022, [
          { id: 'eyfs', carriedFromYear: null, seriesBreak: 'EYFS profile reformed in 2021/22' },
          { id: 'jobs', carriedFromYear: null, seriesBreak: 'Occupations recoded from SOC 2010 to SOC 2020 in 2021' },
        ]),
      ],
    };
    expect(trendNoteIds(trend)).toEqual(['relative', 'carried', 'noAssessments', 'eyfs', 'occupations']);
  });

  it('does not blame the pandemic for a value carried in another year', () => {
    expect(trendNoteIds({ years: [year(2025, [{ id: 'pay', carriedFromYear: '2024', seriesBreak: null }])] })).toEqual(['relative', 'carried']);
  });
});
