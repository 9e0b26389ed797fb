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
import type { AreaClass } from '../engine/types.js';
import type { ScoredEdition } from '../report/scoredEdition.js';
import { spearman } from '../stats/index.js';

export interface ShiftRow {
  code: string;
  name: string;
  default_rank: number | null;
  rank: number | null;
  /** default_rank − rank: positive = up; null when unranked under either method. */
  move: number | null;
  default_class: AreaClass | null;
  class: AreaClass | null;
}

export interface ShiftReport {
  edition: string;
  default_method: string;
  method: string;
  ranked_count: { default: number; new: number };
  moved: number;
  mean_abs_move: number | null;
  max_abs_move: number | null;
  class_changes: number;
  /** Spearman's ρ between the two rankings over areas ranked under both. */
  spearman: number | null;
  areas: ShiftRow[];
}

/** The shift from `base` to `changed`, two scorings of the same edition (same areas, same order). */
export function shift(base: ScoredEdition, changed: ScoredEdition): ShiftReport {
  const rows = base.areas.map((entry): ShiftRow => {
    const other = changed.byCode.get(entry.area.code);
    const before = entry.result.overall.rank;
    const after = other?.result.overall.rank ?? null;
    return {
      code: entry.area.code,
      name: entry.area.name,
      default_rank: before,
      rank: after,
      move: before === null || after === null ? null : before - after,
      default_class: entry.result.overall.class,
      class: other?.result.overall.class ?? null,
    };
  });
  rows.sort((a, b) => {
    if (a.move === null || b.move === null) return a.move === b.move ? a.code.localeCompare(b.code) : a.move === null ? 1 : -1;
    return Math.abs(b.move) - Math.abs(a.move) || (a.default_rank as number) - (b.default_rank as number);
  });
  const moves = rows.flatMap((row) => (row.move === null ? [] : [Math.abs(row.move)]));
  const both = rows.filter((row) => row.move !== null);
  return {
    edition: base.edition.id,
    default_method: base.method.id,
    method: changed.method.id,
    ranked_count: { default: base.result.rankedCount, new: changed.result.rankedCount },
    moved: moves.filter((move) => move > 0).length,
    mean_abs_move: moves.length === 0 ? null : moves.reduce((total, move) => total + move, 0) / moves.length,
    max_abs_move: moves.length === 0 ? null : Math.max(...moves),
    class_changes: rows.filter((row) => row.default_class !== row.class).length,
    spearman: spearman(both.map((row) => row.default_rank as number), both.map((row) => row.rank as number)),
    areas: rows,
  };
}
