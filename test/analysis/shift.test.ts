import { describe, expect, it } from 'vitest';
import { shift } from '../../src/analysis/shift.js';
import { applyChoices } from '../../src/method/choices.js';
import { scoreEdition } from '../../src/report/scoredEdition.js';
import { FIVE_AREAS, TWO_STAGE, editionOf } from './fixtures.js';

describe('shift', () => {
  const edition = editionOf(TWO_STAGE, FIVE_AREAS);
  const base = scoreEdition(edition, TWO_STAGE);

  it('reports moves against the default, largest first', () => {
    // B = 0: overall = stage A = 50 for everyone, so the code order decides: P 1, Q 2, R 3, S 4, T 5.
    // Default ranks P 5, Q 1, R 2, S 3, T 4 → moves P +4, Q −1, R −1, S −1, T −1.
    const changed = scoreEdition(edition, applyChoices(TWO_STAGE, { weights: { B: 0 } }));
    const r = shift(base, changed);
    expect(r.areas.map((row) => [row.name, row.defaultRank, row.rank, row.move])).toEqual([
      ['P', 5, 1, 4],
      ['Q', 1, 2, -1],
      ['R', 2, 3, -1],
      ['S', 3, 4, -1],
      ['T', 4, 5, -1],
    ]);
    expect(r.moved).toBe(5);
    expect(r.maxAbsMove).toBe(4);
    expect(r.meanAbsMove).toBeCloseTo(8 / 5, 12);
    // classes: P coldspot → hotspot, Q hotspot → neither, T neither → coldspot
    expect(r.classChanges).toBe(3);
    // ρ: d = 4, −1, −1, −1, −1, Σd² = 20, 1 − 6·20/(5·24) = 0
    expect(r.spearman).toBeCloseTo(0, 12);
  });

  it('shows no move for the same method', () => {
    const r = shift(base, scoreEdition(edition, applyChoices(TWO_STAGE, { weights: { A: 1, B: 1 } })));
    expect(r.moved).toBe(0);
    expect(r.spearman).toBe(1);
    expect(r.classChanges).toBe(0);
  });
});
