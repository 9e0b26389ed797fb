/**
 * Step 2 of the engine: decide which areas are ranked, by the method's missing-value rule.
 */
import type { PreparedIndex } from './prepare.js';

export interface RankedSelection {
  /** ranked[c] = 1 when the area at canonical position c is ranked. */
  ranked: Uint8Array;
  /** Canonical positions of the ranked areas, ascending (so in code order). */
  rankedAreas: Int32Array;
  /** Why each area (canonical order) is unranked, or null when it is ranked. */
  reasons: (string | null)[];
}

/**
 * - `available`: an area is ranked iff every non-absent stage has at least one indicator of
 *   positive weight with a value for it; otherwise the reason names the stages it has no value in
 *   ("no value in the Youth stage", "no value in the Youth and Adulthood stages").
 * - `exclude`: an area is ranked iff it has a value for every non-absent indicator; otherwise the
 *   reason names the labels of the indicators it lacks ("no value for Median pay of residents").
 */
export function selectRankedAreas(prepared: PreparedIndex): RankedSelection {
  const { method, n, values, indicatorWeights, stageIndicators, stageAbsent } = prepared;
  const ranked = new Uint8Array(n);
  const reasons: (string | null)[] = new Array<string | null>(n).fill(null);
  const rankedList: number[] = [];
  for (let c = 0; c < n; c++) {
    const lacking: string[] = [];
    for (let k = 0; k < stageIndicators.length; k++) {
      if (stageAbsent[k] === 1) continue;
      const members = stageIndicators[k] as Int32Array;
      if (method.missing === 'exclude') {
        for (const i of members) {
          if (Number.isNaN(values[i]![c]!)) lacking.push(method.indicators[i]!.label);
        }
      } else {
        let has = false;
        for (const i of members) {
          if (indicatorWeights[i]! > 0 && !Number.isNaN(values[i]![c]!)) {
            has = true;
            break;
          }
        }
        if (!has) lacking.push(method.stages[k]!.label);
      }
    }
    if (lacking.length === 0) {
      ranked[c] = 1;
      rankedList.push(c);
    } else if (method.missing === 'exclude') {
      reasons[c] = `no value for ${joinAnd(lacking)}`;
    } else {
      reasons[c] = `no value in the ${joinAnd(lacking)} stage${lacking.length > 1 ? 's' : ''}`;
    }
  }
  return { ranked, rankedAreas: Int32Array.from(rankedList), reasons };
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
