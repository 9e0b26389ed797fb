/**
 * The index kept beside the editions (src/pipeline/scoredCache.ts): read back, it is exactly what
 * the engine computes now, with the engine's working still there for a re-run; another method is
 * another entry; a damaged entry is computed again, never served.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/edition/types.js';
import { applyChoices, parseMethodChoices } from '../../src/method/choices.js';
import { loadEdition } from '../../src/pipeline/editions/index.js';
import { scoreEditionCached } from '../../src/pipeline/scoredCache.js';
import { rescoreEdition, scoreEdition } from '../../src/report/scoredEdition.js';
import { DATA_DIR, makeTemp, removeTemp } from './helpers.js';

const temp = makeTemp('smi-scored-');
let edition: Edition;
beforeAll(async () => {
  edition = await loadEdition('open-2016', { dataDir: DATA_DIR });
});
afterAll(() => removeTemp(temp));

const entries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('the index kept beside the editions', () => {
  it('is written on the first call and read back on the next as exactly what the engine computes', () => {
    const dir = join(temp, 'kept');
    const first = scoreEditionCached(edition, edition.method, dir);
    expect(entries(dir)).toHaveLength(1);
    const second = scoreEditionCached(edition, edition.method, dir);
    const fresh = scoreEdition(edition);
    expect(second.result).toEqual(fresh.result);
    expect(second.result).toEqual(first.result);
    expect(second.byCode.get('E07000028')!.result.overall.rank).toBe(fresh.byCode.get('E07000028')!.result.overall.rank);
    // a re-run under another method starts from the engine's working, computed when first asked for
    const doubled = applyChoices(edition.method, parseMethodChoices({ weights: 'school=2' }));
    expect(doubled.stages.find((stage) => stage.id === 'school')!.weight).not.toBe(edition.method.stages.find((stage) => stage.id === 'school')!.weight);
    expect(rescoreEdition(second, doubled).result).toEqual(rescoreEdition(fresh, doubled).result);
  });

  it('keeps another method apart, and computes a damaged entry again instead of serving it', () => {
    const dir = join(temp, 'apart');
    scoreEditionCached(edition, edition.method, dir);
    const rankMethod = applyChoices(edition.method, parseMethodChoices({ normalise: 'rank' }));
    expect(rankMethod.normalisation).toBe('rank');
    const underRanks = scoreEditionCached(edition, rankMethod, dir);
    expect(entries(dir)).toHaveLength(2);
    expect(underRanks.result).toEqual(scoreEdition(edition, rankMethod).result);
    // one byte changed in every entry's value: its own SHA-256 no longer matches, so it is computed again
    for (const name of entries(dir)) {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const at = text.indexOf('"rank":1,');
      writeFileSync(path, `${text.slice(0, at)}"rank":2,${text.slice(at + '"rank":1,'.length)}`);
    }
    expect(scoreEditionCached(edition, edition.method, dir).result).toEqual(scoreEdition(edition).result);
  });
});
