/**
 * # An area's own "how sure?": its 90% rank interval and chances, from the edition's default run
 *
 * The default run is the uncertainty analysis with every setting at its documented default
 * (UNCERTAINTY in method/vocabulary.ts: 1,000 runs, seed 1, concentration 50, omit 0.25, every
 * assumption varied, the data included) under the edition's own method. The server computes it
 * once per edition (EditionStore.defaultUncertainty) and every area page reads its area's row;
 * `smi area --interval` runs the same analysis, so both say the same.
 */
import { uncertainty, type UncertaintyResult } from '../analysis/uncertainty.js';
import { editionUncertaintyInputs } from '../analysis/uncertainty/input.js';
import { ASSUMPTION, UNCERTAINTY, idsOf, type Assumption } from '../method/vocabulary.js';
import type { ScoredEdition } from './scoredEdition.js';
import { areaIntervalSentence, wholeInterval, wholeRank } from './uncertaintyWords.js';

/** The settings of the default run. */
export const DEFAULT_UNCERTAINTY = {
  runs: UNCERTAINTY.serverRuns.default,
  seed: UNCERTAINTY.seed.default,
  concentration: UNCERTAINTY.concentration.default,
  omit: UNCERTAINTY.omit.default,
  vary: idsOf(ASSUMPTION) as Assumption[],
} as const;

/** The default run over the edition's areas under its own method. */
export function defaultUncertainty(scored: Pick<ScoredEdition, 'edition'>): UncertaintyResult {
  return uncertainty(scored.edition.method, editionUncertaintyInputs(scored.edition.areas), { ...DEFAULT_UNCERTAINTY, vary: [...DEFAULT_UNCERTAINTY.vary] });
}

/** One area's row of a run, with whole-number ranks and the sentence people read. */
export interface RankInterval {
  runs: number;
  vary: Assumption[];
  /** The 5th and 95th percentile ranks as computed (they can be fractions). */
  p05: number;
  p95: number;
  /** The interval's ends as whole ranks, rounded outward. */
  best: number;
  worst: number;
  /** The median rank, to the nearest whole rank. */
  medianRank: number;
  pHotspot: number;
  pColdspot: number;
  /** "In 90% of 1,000 runs Carlisle ranks between 203rd and 324th. It is a coldspot in 87% …" */
  sentence: string;
}

/** The area's interval in `result`; null for an unranked area or one the run does not hold. */
export function areaInterval(result: UncertaintyResult, code: string): RankInterval | null {
  const area = result.areas.find((entry) => entry.code === code);
  if (area === undefined || area.rank === null || area.p05 === null || area.p95 === null || area.medianRank === null || area.pHotspot === null || area.pColdspot === null) return null;
  const { best, worst } = wholeInterval(area.p05, area.p95);
  const interval = { p05: area.p05, p95: area.p95, pHotspot: area.pHotspot, pColdspot: area.pColdspot };
  return { runs: result.runs, vary: [...result.vary], ...interval, best, worst, medianRank: wholeRank(area.medianRank), sentence: areaIntervalSentence(area.name, interval, result.runs) };
}
