/**
 * The sampling assumption: values published with a 95% confidence interval drawn within it.
 *
 * - draw: every such value (EditionArea.intervals) from a normal distribution centred on the value
 *   with SD (upper − lower) / (2 · 1.96), in method order of indicators, then code order of areas.
 *   Only ONS ASHE pay in `open-latest` has intervals; in `open-2016` nothing does, and sampling then
 *   adds no variation (`perturbs.values` is 0).
 * - record: per area, its own standardised draws summed and oriented so that higher is better
 *   (a lower-is-better indicator's draw counts negated), u; Σu, Σu² and Σu·d.
 * - share: the R² of the area's rank regressed on u, (Sud)² / (Suu · Syy), adjusted for 1
 *   regressor. Other areas' draws also move an area's rank, and that is not counted: a lower
 *   bound. 0 for an area with no value drawn.
 */
import { adjustedRSquared } from '../../stats/adjustedRSquared.js';
import { normalSample } from '../../stats/normalSample.js';
import { atMostOne, type AnalysisContext, type AssumptionModel, type VariedAssumption } from './assumption.js';

/** z of the 95% interval: SD = (upper − lower) / (2 · 1.96). */
const Z95 = 1.96;

export const samplingAssumption: AssumptionModel = {
  id: 'sampling',
  start({ prepared, areas, rankedAreas, runs }: AnalysisContext): VariedAssumption {
    const { n, values, indicatorIds, indicatorAbsent, inputIndex } = prepared;
    const m = values.length;
    // the values drawn from their intervals: (indicator, canonical position, SD)
    const indicators: string[] = [];
    const sampleIndicator: number[] = [];
    const samplePosition: number[] = [];
    const sampleSd: number[] = [];
    for (let i = 0; i < m; i++) {
      if (indicatorAbsent[i] === 1) continue;
      const id = indicatorIds[i]!;
      let any = false;
      for (let c = 0; c < n; c++) {
        const value = values[i]![c]!;
        const interval = areas[inputIndex[c]!]!.intervals?.[id];
        if (Number.isNaN(value) || interval === undefined) continue;
        const sd = (interval.upper - interval.lower) / (2 * Z95);
        if (!(Number.isFinite(sd) && sd > 0)) continue;
        sampleIndicator.push(i);
        samplePosition.push(c);
        sampleSd.push(sd);
        any = true;
      }
      if (any) indicators.push(id);
    }
    const count = sampleIndicator.length;
    const columns: (Float64Array | null)[] = new Array<Float64Array | null>(m).fill(null);
    for (const i of sampleIndicator) columns[i] ??= Float64Array.from(values[i]!);
    const orientation = prepared.method.indicators.map((indicator) => (indicator.direction === 'lower' ? -1 : 1));

    const N = rankedAreas.length;
    const ownDraw = new Float64Array(n);
    const hasOwnDraw = new Uint8Array(n);
    for (const c of samplePosition) hasOwnDraw[c] = 1;
    const sumU = new Float64Array(N);
    const sumU2 = new Float64Array(N);
    const sumUD = new Float64Array(N);

    return {
      perturbs: { indicators, values: count },
      draw(random, draft) {
        if (count === 0) return;
        const replaced = (draft.columns ??= new Array<Float64Array | null>(m).fill(null));
        for (let i = 0; i < m; i++) if (columns[i] !== null) replaced[i] = columns[i]!;
        ownDraw.fill(0);
        for (let s = 0; s < count; s++) {
          const i = sampleIndicator[s]!;
          const c = samplePosition[s]!;
          const z = normalSample(random);
          columns[i]![c] = values[i]![c]! + sampleSd[s]! * z;
          ownDraw[c] = ownDraw[c]! + orientation[i]! * z;
        }
      },
      record(deviation) {
        if (count === 0) return;
        for (let r = 0; r < N; r++) {
          const c = rankedAreas[r]!;
          if (hasOwnDraw[c] === 0) continue;
          const u = ownDraw[c]!;
          const d = deviation[r]!;
          sumU[r] = sumU[r]! + u;
          sumU2[r] = sumU2[r]! + u * u;
          sumUD[r] = sumUD[r]! + u * d;
        }
      },
      share(r, sumDeviation, syy) {
        if (hasOwnDraw[rankedAreas[r]!] === 0) return 0;
        const suu = sumU2[r]! - (sumU[r]! * sumU[r]!) / runs;
        const sud = sumUD[r]! - (sumU[r]! * sumDeviation) / runs;
        return suu > 0 ? adjustedRSquared(atMostOne((sud * sud) / suu / syy), runs, 1) : 0;
      },
    };
  },
};
