/** The year control's URL changes (web/src/state/seriesYear.ts): expected values by hand. */
import { describe, expect, it } from 'vitest';
import { yearChanges } from '../../web/src/state/seriesYear.js';

describe('switching to another year of the series', () => {
  it('switches the year, keeping a since before it and dropping one that is not, with what needs it', () => {
    expect(yearChanges(2019, new URLSearchParams('since=2016&sort=change&measure=change'))).toEqual({ edition: 'open-series@2019' });
    expect(yearChanges(2019, new URLSearchParams('since=2020&sort=change'))).toEqual({ edition: 'open-series@2019', since: null, sort: null });
    expect(yearChanges(2018, new URLSearchParams('since=2018&sort=name'))).toEqual({ edition: 'open-series@2018', since: null });
    expect(yearChanges(2016, new URLSearchParams('measure=change&since=2016'))).toEqual({ edition: 'open-series@2016', since: null, measure: null });
  });
});
