/**
 * The data assumption: how much the ranks rest on values that are not the Commission's measure.
 *
 * - Which indicators: those of positive weight with at least one value whose level stands in for
 *   the Commission's measure — `exact-county`, `estimated`, `proxy`, `proxy-county` (LEVEL in
 *   method/vocabulary.ts: `standIn`, less `missing`, which has no value to leave out). In `open-2016`
 *   that is ten of the twelve indicators with data; only median pay and the house price ratio are
 *   exact. A dataset of `exact` or `supplied` values has none, and the assumption adds nothing.
 * - draw, per run: each such indicator is left out with probability `omit` (weight 0 for the run:
 *   its stage is then the mean of its other indicators, as for a missing value), independently,
 *   except that a run never leaves a ranked area without a value in a stage (nor a stage without
 *   indicators), so the same areas are ranked in every run. That is drawn exactly, per stage: from
 *   the subsets D of the stage's stand-in indicators that leave every ranked area a value, with
 *   P(D) ∝ omit^|D| (1 − omit)^(k − |D|) (one uniform number per stage; none when omit = 0, so
 *   that omit = 0 without an adjustment to switch gives exactly the runs of an analysis without data). When omit = 1 and the
 *   whole set is not allowed, the largest allowed subsets are equally likely.
 *   Then, when the edition was built with the small-area adjustment (EditionArea.unadjusted), it is
 *   switched off with probability ½ (one more uniform number): the adjusted districts carry their
 *   county's value again. Should a value also be drawn by `sampling`, the switched-off run uses the
 *   county value without the sampling draw.
 * - record: one regressor per stand-in indicator (1 when left out) and one for the switch (1 when
 *   off); share: the adjusted R² of the area's rank regressed on them (./linearShare.ts). It is a
 *   linear, first-order share: the effect of leaving out two indicators together beyond the sum of
 *   each alone is an interaction and not counted.
 */
import { LEVEL, type Level } from '../../method/vocabulary.js';
import type { AnalysisContext, AssumptionModel, RunDraft, VariedAssumption } from './assumption.js';
import { linearShare } from './linearShare.js';

/** The levels whose values the data assumption may leave out. */
export const DATA_LEVELS: readonly Level[] = LEVEL.choices.filter((choice) => choice.standIn && choice.id !== 'missing').map((choice) => choice.id);

/** The subsets of a stage's stand-in indicators are enumerated: 2¹² at most. */
export const MAX_STAND_INS = 12;

/** One stage's stand-in indicators and the allowed subsets to leave out, with their cumulative probabilities. */
interface StageDraw {
  /** Method positions of the stage's stand-in indicators. */
  indicators: Int32Array;
  /** Regressor slots of those indicators. */
  slots: Int32Array;
  /** Allowed subsets (bit j: indicators[j] left out) and their cumulative probabilities (last = 1). */
  subsets: Int32Array;
  cumulative: Float64Array;
}

/**
 * The allowed subsets of a stage: D is allowed when every ranked area keeps a value of positive
 * weight in the stage (`present`: the areas' distinct masks over `indicators`, bit j set when the
 * area has a value for indicators[j]; `others`: whether the area has a value of a non-stand-in
 * indicator of the stage, which nothing can take away).
 */
export function allowedSubsets(k: number, masks: ReadonlyArray<{ present: number; others: boolean }>): number[] {
  const allowed: number[] = [];
  for (let d = 0; d < 1 << k; d++) if (masks.every(({ present, others }) => others || (present & ~d) !== 0)) allowed.push(d);
  return allowed;
}

/** Cumulative probabilities of the allowed subsets under independent omissions with probability `omit`. */
export function subsetCumulative(allowed: readonly number[], k: number, omit: number): Float64Array {
  const size = (d: number): number => {
    let bits = 0;
    for (let j = 0; j < k; j++) if ((d >> j) & 1) bits++;
    return bits;
  };
  let weights = allowed.map((d) => omit ** size(d) * (1 - omit) ** (k - size(d)));
  let total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) {
    // omit = 1 and the whole set is not allowed: the largest allowed subsets, equally likely
    const largest = Math.max(...allowed.map(size));
    weights = allowed.map((d) => (size(d) === largest ? 1 : 0));
    total = weights.reduce((a, b) => a + b, 0);
  }
  const cumulative = new Float64Array(allowed.length);
  let running = 0;
  weights.forEach((w, s) => {
    running += w / total;
    cumulative[s] = running;
  });
  cumulative[allowed.length - 1] = 1;
  return cumulative;
}

export const dataAssumption: AssumptionModel = {
  id: 'data',
  start({ prepared, areas, rankedAreas, runs, omit }: AnalysisContext): VariedAssumption {
    const { n, values, indicatorIds, indicatorAbsent, inputIndex, stageIndicators, stageAbsent, indicatorWeights } = prepared;
    const m = values.length;
    const levelOf = (i: number, c: number): Level | undefined => areas[inputIndex[c]!]!.levels?.[indicatorIds[i]!];

    // the stand-in indicators: positive weight, some value at a stand-in level
    const standIn = new Uint8Array(m);
    for (let i = 0; i < m; i++) {
      if (indicatorAbsent[i] === 1 || !(indicatorWeights[i]! > 0)) continue;
      for (let c = 0; c < n; c++) {
        const level = levelOf(i, c);
        if (!Number.isNaN(values[i]![c]!) && level !== undefined && DATA_LEVELS.includes(level)) {
          standIn[i] = 1;
          break;
        }
      }
    }

    // per stage: its stand-in indicators and the subsets that may be left out
    const stages: StageDraw[] = [];
    const leftOut: string[] = [];
    let slot = 0;
    for (let k = 0; k < stageIndicators.length; k++) {
      if (stageAbsent[k] === 1) continue;
      const members = Array.from(stageIndicators[k]!).filter((i) => indicatorWeights[i]! > 0);
      const own = members.filter((i) => standIn[i] === 1);
      if (own.length === 0) continue;
      if (own.length > MAX_STAND_INS) {
        throw new RangeError(`the data assumption leaves out at most ${MAX_STAND_INS} stand-in indicators of a stage, and ${prepared.method.stages[k]!.label} has ${own.length}; leave data out of vary.`);
      }
      const others = members.filter((i) => standIn[i] === 0);
      const masks = new Map<string, { present: number; others: boolean }>();
      for (const c of rankedAreas) {
        let present = 0;
        own.forEach((i, j) => {
          if (!Number.isNaN(values[i]![c]!)) present |= 1 << j;
        });
        const hasOther = others.some((i) => !Number.isNaN(values[i]![c]!));
        masks.set(`${present}:${hasOther}`, { present, others: hasOther });
      }
      const allowed = allowedSubsets(own.length, [...masks.values()]);
      stages.push({
        indicators: Int32Array.from(own),
        slots: Int32Array.from(own, (_, j) => slot + j),
        subsets: Int32Array.from(allowed),
        cumulative: subsetCumulative(allowed, own.length, omit),
      });
      slot += own.length;
      for (const i of own) leftOut.push(indicatorIds[i]!);
    }

    // the switch: the columns with the adjustment off, for the indicators it adjusted
    const unadjusted: (Float64Array | null)[] = new Array<Float64Array | null>(m).fill(null);
    let unadjustedValues = 0;
    for (let i = 0; i < m; i++) {
      if (indicatorAbsent[i] === 1) continue;
      const id = indicatorIds[i]!;
      for (let c = 0; c < n; c++) {
        const county = areas[inputIndex[c]!]!.unadjusted?.[id];
        if (county === undefined || Number.isNaN(values[i]![c]!) || !Number.isFinite(county)) continue;
        const column = (unadjusted[i] ??= Float64Array.from(values[i]!));
        column[c] = county;
        unadjustedValues++;
      }
    }
    const switchSlot = unadjustedValues > 0 ? slot++ : -1;
    const estimator = linearShare(slot, rankedAreas.length, runs);
    const { x } = estimator;

    return {
      data: { indicators: leftOut, unadjustedValues },
      draw(random, draft: RunDraft) {
        x.fill(0);
        for (const stage of stages) {
          // omit = 0: nothing is left out, and no random number is used (the other draws are those of a run without data)
          if (stage.cumulative[0] === 1) continue;
          const u = random.next();
          let s = 0;
          while (stage.cumulative[s]! <= u && s < stage.cumulative.length - 1) s++;
          const subset = stage.subsets[s]!;
          for (let j = 0; j < stage.indicators.length; j++) {
            if (((subset >> j) & 1) === 0) continue;
            draft.indicatorWeights[stage.indicators[j]!] = 0;
            x[stage.slots[j]!] = 1;
          }
        }
        if (switchSlot >= 0 && random.next() < 0.5) {
          x[switchSlot] = 1;
          const columns = (draft.columns ??= new Array<Float64Array | null>(m).fill(null));
          for (let i = 0; i < m; i++) if (unadjusted[i] !== null) columns[i] = unadjusted[i]!;
        }
      },
      record: (deviation) => estimator.record(deviation),
      share: (r, sumDeviation, syy) => estimator.share(r, sumDeviation, syy),
    };
  },
};
