/**
 * # How far areas move under other method choices (`smi shift`)
 *
 * Compares the ranking of the same edition under two methods: the default (the edition's own, or
 * `--method`) and the same with the choices of `--weights`, `--normalise`, `--aggregate` and
 * `--missing` applied (method/choices.ts). For each area: move = default rank − new rank
 * (positive = the area moves up, towards rank 1), and its class under both. Rows are sorted by
 * |move|, largest first, then by default rank; areas ranked under only one of the methods come
 * last, with a null move.
 *
 * Summary: the number of areas that move, the mean and largest |move|, the number that change
 * class, and Spearman's ρ between the two rankings (over areas ranked under both).
 *
 * @example
 * // Three areas ranked A 1, B 2, C 3 by default and B 1, A 2, C 3 after: moves A −1, B +1, C 0;
 * // rows A (−1), B (+1) (equal |move|, so by default rank), then C; mean |move| 2/3;
 * // ρ between (1, 2, 3) and (2, 1, 3): d = −1, 1, 0, ρ = 1 − 6·2/(3·8) = 0.5.
 */
import type { ShiftResponse, ShiftRow } from '../contract/responses.js';
import type { ScoredEdition } from '../report/scoredEdition.js';
import { spearman } from '../stats/index.js';

export type { ShiftRow };

/** How far areas move (the API's response less the choices in words and the attribution). */
export type ShiftReport = Omit<ShiftResponse, 'attribution' | 'changes'>;

/** The shift from `base` to `changed`, two scorings of the same edition (same areas, same order). */
export function shift(base: ScoredEdition, changed: ScoredEdition): ShiftReport {
  const rows = base.areas.map((entry): ShiftRow => {
    const other = changed.byCode.get(entry.area.code);
    const before = entry.result.overall.rank;
    const after = other?.result.overall.rank ?? null;
    return {
      code: entry.area.code,
      name: entry.area.name,
      defaultRank: before,
      rank: after,
      move: before === null || after === null ? null : before - after,
      defaultClass: entry.result.overall.class,
      class: other?.result.overall.class ?? null,
    };
  });
  rows.sort((a, b) => {
    if (a.move === null || b.move === null) return a.move === b.move ? a.code.localeCompare(b.code) : a.move === null ? 1 : -1;
    return Math.abs(b.move) - Math.abs(a.move) || (a.defaultRank as number) - (b.defaultRank as number);
  });
  const moves = rows.flatMap((row) => (row.move === null ? [] : [Math.abs(row.move)]));
  const both = rows.filter((row) => row.move !== null);
  return {
    edition: base.edition.id,
    defaultMethod: base.method.id,
    method: changed.method.id,
    rankedCount: { default: base.result.rankedCount, new: changed.result.rankedCount },
    moved: moves.filter((move) => move > 0).length,
    meanAbsMove: moves.length === 0 ? null : moves.reduce((total, move) => total + move, 0) / moves.length,
    maxAbsMove: moves.length === 0 ? null : Math.max(...moves),
    classChanges: rows.filter((row) => row.defaultClass !== row.class).length,
    spearman: spearman(both.map((row) => row.defaultRank as number), both.map((row) => row.rank as number)),
    areas: rows,
  };
}
