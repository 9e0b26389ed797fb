/**
 * The uncertainty page's settings: URL text is checked field by field (with the CLI's and the
 * API's parsers and the server's ceiling), and defaults are left out of the URL.
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, DEFAULTS, checkSettings, cliCommand, parseVary, settingsQuery, textOf } from '../../web/src/pages/uncertainty/params.js';
import { formatSet, parseSet } from '../../web/src/state/whatIfSettings.js';
import { formatWeights, parseWeights } from '../../web/src/state/methodChoices.js';

describe('uncertainty settings', () => {
  it('reads the URL, with every assumption varied when `vary` is absent and none for "none"', () => {
    expect(checkSettings(textOf(new URLSearchParams('runs=200&seed=3'))).settings).toEqual({ runs: 200, seed: 3, concentration: 50, omit: 0.25, vary: [...ASSUMPTIONS] });
    expect(checkSettings(textOf(new URLSearchParams('omit=0.5'))).settings?.omit).toBe(0.5);
    expect(parseVary('none')).toEqual([]);
    expect(parseVary('sampling,weights')).toEqual(['weights', 'sampling']);
  });

  it('names each bad field', () => {
    const { settings, errors } = checkSettings({ runs: '0', seed: '-1', concentration: '0', omit: '1.5', vary: [] });
    expect(settings).toBeNull();
    expect(errors.map((error) => error.field)).toEqual(['runs', 'seed', 'concentration', 'omit']);
    expect(errors[3]?.message).toBe('Enter a chance of leaving out that is a number from 0 to 1.');
    expect(checkSettings({ runs: '10001', seed: '1', concentration: '5', omit: '0', vary: [] }).errors.map((error) => error.field)).toEqual(['runs']);
  });

  it('leaves defaults out of the URL and gives the same analysis as a command', () => {
    expect(settingsQuery({ ...DEFAULTS })).toEqual({ runs: null, seed: null, concentration: null, omit: null, vary: null });
    const settings = { runs: 200, seed: 3, concentration: 50, omit: 0.25, vary: ['weights' as const] };
    expect(settingsQuery(settings)).toEqual({ runs: '200', seed: '3', concentration: null, omit: null, vary: 'weights' });
    expect(cliCommand(settings, 'open-latest', 'open-2016')).toBe('npx smi uncertainty --runs 200 --seed 3 --vary weights --edition open-latest');
    expect(cliCommand({ ...settings, omit: 0.5, vary: ['data'] }, 'open-2016', 'open-2016')).toBe('npx smi uncertainty --runs 200 --seed 3 --omit 0.5 --vary data');
    // your own data is a CSV file on the command line
    expect(cliCommand(settings, 'yours', 'open-2016')).toBe('npx smi uncertainty --runs 200 --seed 3 --vary weights --edition your-data.csv');
  });
});

describe('what-if and method choices in the URL', () => {
  it('round-trips `set` in the method\'s order', () => {
    const settings = parseSet('median-pay=30000,fsm-attainment8=best-in-county,broken');
    expect([...settings]).toEqual([
      ['median-pay', '30000'],
      ['fsm-attainment8', 'best-in-county'],
    ]);
    expect(formatSet(settings, ['fsm-attainment8', 'median-pay'])).toBe('fsm-attainment8=best-in-county,median-pay=30000');
    expect(formatSet(new Map(), [])).toBeNull();
  });

  it('writes only the weights that differ from the method\'s', () => {
    const defaults = new Map([
      ['school', 1],
      ['youth', 1],
    ]);
    expect(formatWeights(parseWeights('school=2,youth=1'), defaults)).toBe('school=2');
    expect(formatWeights(new Map([['school', '1']]), defaults)).toBeNull();
  });
});
