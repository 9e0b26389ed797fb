/**
 * # How sure a rank is, in words safe to quote
 *
 * One wording for every door (`smi uncertainty`, `smi area`, the uncertainty page, the area page):
 * - ranks are whole numbers: a 90% interval's ends are rounded outward (its 5th percentile down,
 *   its 95th up, so the words never claim a narrower interval than the runs gave), a median rank to
 *   the nearest whole rank;
 * - a probability from a finite number of runs is never written 100% or 0% unless every run (or
 *   none) agreed: 0.999 is "more than 99%", 0.004 "less than 1%".
 * The API keeps the raw quantiles and probabilities; these functions are for what people read.
 */
import { ordinal } from './ordinal.js';
import { groupedWhole } from './formatValue.js';

/** The 90% interval with whole-number ends rounded outward: 1.2–102.1 → 1 to 103. */
export function wholeInterval(p05: number, p95: number): { best: number; worst: number } {
  return { best: Math.floor(p05), worst: Math.ceil(p95) };
}

/** "1 to 103" (an interval of one rank: "318"). */
export function intervalText(p05: number, p95: number): string {
  const { best, worst } = wholeInterval(p05, p95);
  return best === worst ? String(best) : `${best} to ${worst}`;
}

/** A median rank as a whole rank: 9.5 → 10, 71.4 → 71. */
export function wholeRank(rank: number): number {
  return Math.round(rank);
}

/** The places an interval spans, ends rounded outward: 1.2–102.1 → 102. */
export function intervalWidth(p05: number, p95: number): number {
  const { best, worst } = wholeInterval(p05, p95);
  return worst - best;
}

/**
 * A share of runs as a percentage: "100%" and "0%" only when every run or none agreed, "more than
 * 99%" and "less than 1%" near them, else the nearest whole percent ("87%").
 */
export function chanceText(p: number): string {
  if (p >= 1) return '100%';
  if (p <= 0) return '0%';
  if (p > 0.99) return 'more than 99%';
  if (p < 0.01) return 'less than 1%';
  return `${Math.round(100 * p)}%`;
}

/** One area's uncertainty, as the analysis reports it. */
export interface AreaInterval {
  p05: number;
  p95: number;
  pHotspot: number;
  pColdspot: number;
}

/**
 * "In 90% of 1,000 runs Carlisle ranks between 204th and 324th. It is a coldspot in 87% of the
 * runs and a hotspot in 0%."
 */
export function areaIntervalSentence(name: string, area: AreaInterval, runs: number): string {
  const { best, worst } = wholeInterval(area.p05, area.p95);
  const count = groupedWhole(runs);
  const where = best === worst ? `In at least 90% of ${count} runs ${name} ranks ${ordinal(best)}.` : `In 90% of ${count} runs ${name} ranks between ${ordinal(best)} and ${ordinal(worst)}.`;
  return `${where} It is a coldspot in ${chanceText(area.pColdspot)} of the runs and a hotspot in ${chanceText(area.pHotspot)}.`;
}
