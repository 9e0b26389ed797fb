/**
 * The engine's guard on its own arithmetic: every normalised score, stage score and overall
 * score of a ranked area must be a finite number. Values
 * in their domains can still be too large to compute with (a pay of £1e155 has a variance beyond
 * the largest double), and without this check such an indicator would silently drop to a neutral
 * score, or every area score 0 and the ranks fall back to code order.
 */
import { NotComputableError } from '../errors.js';
import type { StageAggregation } from './aggregateStages.js';
import type { OverallAggregation } from './aggregateOverall.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';

/** A short form of a number for a message: "1e+155", "42.5". */
function short(x: number): string {
  return Math.abs(x) >= 1e6 || (x !== 0 && Math.abs(x) < 1e-4) ? x.toExponential(3) : String(Math.round(x * 1000) / 1000);
}

/**
 * @throws NotComputableError naming the indicator, stage or area whose score is not finite.
 */
export function checkComputed(prepared: PreparedIndex, selection: RankedSelection, scores: readonly Float64Array[], stages: StageAggregation, overall: OverallAggregation): void {
  const { rankedAreas } = selection;
  const { method } = prepared;
  for (let i = 0; i < scores.length; i++) {
    if (prepared.indicatorAbsent[i] === 1) continue;
    const column = scores[i]!;
    const values = prepared.values[i]!;
    for (let r = 0; r < rankedAreas.length; r++) {
      const c = rankedAreas[r]!;
      if (Number.isNaN(values[c]!) || Number.isFinite(column[c]!)) continue;
      const indicator = method.indicators[i]!;
      let low = Infinity;
      let high = -Infinity;
      for (let q = 0; q < rankedAreas.length; q++) {
        const x = values[rankedAreas[q]!]!;
        if (x < low) low = x;
        if (x > high) high = x;
      }
      throw new NotComputableError(
        `the index cannot be computed: the scores of ${indicator.id} (${indicator.label}) are not finite numbers; its values, from ${short(low)} to ${short(high)}, are too large for their mean and spread to be computed`,
      );
    }
  }
  for (let k = 0; k < stages.stageScores.length; k++) {
    const column = stages.stageScores[k]!;
    for (let r = 0; r < rankedAreas.length; r++) {
      const c = rankedAreas[r]!;
      const x = column[c]!;
      if (x === Infinity || x === -Infinity) {
        throw new NotComputableError(`the index cannot be computed: the ${method.stages[k]!.label} stage score of ${prepared.codes[c]} (${prepared.names[c]}) is not a finite number`);
      }
    }
  }
  const { overallScores } = overall;
  for (let r = 0; r < rankedAreas.length; r++) {
    const c = rankedAreas[r]!;
    const x = overallScores[c]!;
    if (!Number.isFinite(x)) {
      throw new NotComputableError(`the index cannot be computed: the overall score of ${prepared.codes[c]} (${prepared.names[c]}) is not a finite number (got ${String(x)})`);
    }
  }
}
