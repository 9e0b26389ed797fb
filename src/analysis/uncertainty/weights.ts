/**
 * The weights assumption.
 *
 * - draw: the stage weights ~ Dirichlet(C · W / ΣW) over the stages of positive weight that have
 *   indicators, then, stage by stage (method order), the weights of its indicators of positive
 *   weight ~ Dirichlet(C · w / Σw); a simplex of one component is not drawn. The mean is the
 *   method's weights and each share p has SD √(p (1 − p) / (C + 1)): with the default C = 50 a
 *   stage's ¼ varies with SD 0.061 (95% of draws within about 0.14–0.37, i.e. roughly half to one
 *   and a half times its default) and each of two indicators' ½ with SD 0.070. Weights of 0 stay 0,
 *   so the set of ranked areas is the same in every run (a drawn weight that underflows to 0,
 *   possible only for tiny C, is replaced by the smallest positive double for the same reason).
 * - record: the drawn shares minus their means, per simplex all components but the last (which
 *   the others determine), as p regressors x; their sums Σx and cross-products Σxxᵀ, and per area Σx·d.
 * - share: the R² of the area's rank regressed linearly on x, Sxyᵀ Sxx⁻¹ Sxy / Syy
 *   (./linearShare.ts), adjusted for p regressors. That is the variance of the best *linear*
 *   predictor, a lower bound of Var(E[rank | weights]): non-linear effects of the weights are not
 *   counted. Null when Sxx is singular to rounding or the runs are too few (runs ≤ p + 1).
 */
import { dirichletSample } from '../../stats/dirichletSample.js';
import type { AnalysisContext, AssumptionModel, RunDraft, VariedAssumption } from './assumption.js';
import { linearShare } from './linearShare.js';

/** One simplex of weights drawn together: the slots it sets and its mean shares. */
interface Simplex {
  /** Stage or indicator weights. */
  kind: 'stageWeights' | 'indicatorWeights';
  slots: Int32Array;
  mean: Float64Array;
  alpha: Float64Array;
  draw: Float64Array;
}

/** The simplices of a prepared method: the live stages, then each live stage's indicators of positive weight (two or more each). */
function simplicesOf({ prepared, concentration }: AnalysisContext): Simplex[] {
  const simplices: Simplex[] = [];
  const add = (kind: Simplex['kind'], slots: number[], weights: Float64Array): void => {
    if (slots.length < 2) return;
    let total = 0;
    for (const s of slots) total += weights[s]!;
    const mean = Float64Array.from(slots, (s) => weights[s]! / total);
    simplices.push({ kind, slots: Int32Array.from(slots), mean, alpha: mean.map((p) => concentration * p), draw: new Float64Array(slots.length) });
  };
  const liveStages: number[] = [];
  for (let k = 0; k < prepared.stageWeights.length; k++) {
    if (prepared.stageAbsent[k] === 0 && prepared.stageWeights[k]! > 0) liveStages.push(k);
  }
  add('stageWeights', liveStages, prepared.stageWeights);
  for (const k of liveStages) {
    const members = Array.from(prepared.stageIndicators[k]!).filter((i) => prepared.indicatorWeights[i]! > 0);
    add('indicatorWeights', members, prepared.indicatorWeights);
  }
  return simplices;
}

export const weightsAssumption: AssumptionModel = {
  id: 'weights',
  start(context): VariedAssumption {
    const { rankedAreas, runs } = context;
    const simplices = simplicesOf(context);
    const p = simplices.reduce((total, simplex) => total + simplex.slots.length - 1, 0);
    const estimator = linearShare(p, rankedAreas.length, runs);
    const { x } = estimator;

    return {
      draw(random, draft: RunDraft) {
        let xi = 0;
        for (const simplex of simplices) {
          dirichletSample(simplex.alpha, random, simplex.draw);
          const target = draft[simplex.kind];
          for (let j = 0; j < simplex.slots.length; j++) {
            const w = simplex.draw[j]!;
            target[simplex.slots[j]!] = w > 0 ? w : Number.MIN_VALUE;
            if (j < simplex.slots.length - 1) x[xi++] = w - simplex.mean[j]!;
          }
        }
      },
      record: (deviation) => estimator.record(deviation),
      share: (r, sumDeviation, syy) => estimator.share(r, sumDeviation, syy),
    };
  },
};
