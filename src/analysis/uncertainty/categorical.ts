/**
 * An assumption that picks one of a vocabulary's choices at random, each with the same
 * probability (normalisation, aggregation): the categories are the vocabulary's own
 * (method/vocabulary.ts, ASSUMPTION_CATEGORIES), never a count written here.
 *
 * - draw: index ⌊u · k⌋ for u uniform on [0, 1), k the number of choices;
 * - record: per category, the number of runs and, per area, the sum of the deviations;
 * - share: one mean per category, so the R² is the correlation ratio η² (`correlationRatio`: the
 *   between-category share of the variance, the classical estimate of Var(E[rank | X]) / Var(rank)),
 *   adjusted for G − 1 regressors, G the categories drawn at least once.
 */
import type { Assumption, Vocabulary } from '../../method/vocabulary.js';
import { adjustedRSquared } from '../../stats/adjustedRSquared.js';
import { correlationRatio } from '../../stats/correlationRatio.js';
import { atMostOne, type AnalysisContext, type AssumptionModel, type RunDraft, type VariedAssumption } from './assumption.js';

export function categoricalAssumption<Id extends string>(
  id: Assumption,
  vocabulary: Vocabulary<Id>,
  set: (draft: RunDraft, choice: Id) => void,
): AssumptionModel {
  const choices = vocabulary.choices.map((choice) => choice.id);
  const k = choices.length;
  return {
    id,
    start({ rankedAreas, runs }: AnalysisContext): VariedAssumption {
      const N = rankedAreas.length;
      const counts = new Float64Array(k);
      const sums = new Float64Array(k * N);
      const groupSums = new Float64Array(k);
      let drawn = 0;
      return {
        draw(random, draft) {
          drawn = Math.floor(random.next() * k);
          set(draft, choices[drawn]!);
        },
        record(deviation) {
          counts[drawn]! += 1;
          const base = drawn * N;
          for (let r = 0; r < N; r++) sums[base + r] = sums[base + r]! + deviation[r]!;
        },
        share(r, _sumDeviation, syy) {
          let groups = 0;
          for (let g = 0; g < k; g++) {
            groupSums[g] = sums[g * N + r]!;
            if (counts[g]! > 0) groups++;
          }
          const eta2 = correlationRatio(groupSums, counts, syy);
          return eta2 === null ? 0 : adjustedRSquared(atMostOne(eta2), runs, groups - 1);
        },
      };
    },
  };
}
