/**
 * A deliberately naive reference implementation of the engine's specification (computeIndex.ts),
 * written independently of src/engine and src/stats: per-area objects, plain left-to-right sums,
 * comparator sorts. It is slow and less accurate, so tests compare it with the engine with a
 * tolerance. Used by the property tests only.
 */
import type { MethodDescription } from '../../src/method/types.js';
import type { TieRule } from '../../src/method/vocabulary.js';
import type { AreaInput } from '../../src/engine/types.js';

export interface ReferenceArea {
  code: string;
  ranked: boolean;
  reason: string | null;
  scores: Record<string, number | null>;
  stageContributions: Record<string, number | null>;
  overallContributions: Record<string, number | null>;
  stages: Record<string, number | null>;
  overall: number | null;
  overallRank: number | null;
  stageRanks: Record<string, number | null>;
  indicatorRanks: Record<string, number | null>;
}

export interface ReferenceResult {
  absentIndicators: string[];
  absentStages: string[];
  rankedCount: number;
  hotspotCount: number;
  areas: Map<string, ReferenceArea>;
}

const valueOf = (area: AreaInput, id: string): number | null => {
  const v = Object.hasOwn(area.values, id) ? area.values[id] : undefined;
  return v === undefined || v === null ? null : v;
};

const naiveMean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function normaliseNaive(xs: number[], method: MethodDescription, lower: boolean): number[] {
  const n = xs.length;
  if (method.normalisation === 'zscore') {
    const m = naiveMean(xs);
    const sd = n < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (n - 1));
    const allEqual = xs.every((x) => x === xs[0]);
    return xs.map((x) => (allEqual || sd === 0 ? 0 : ((lower ? -1 : 1) * (x - m)) / sd));
  }
  let raw: number[];
  if (method.normalisation === 'minmax') {
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    raw = xs.map((x) => (hi === lo ? 50 : (100 * (x - lo)) / (hi - lo)));
  } else {
    raw = xs.map((x) => {
      if (n === 1) return 50;
      const below = xs.filter((y) => y < x).length;
      const equal = xs.filter((y) => y === x).length;
      const r = below + (equal + 1) / 2;
      return (100 * (r - 1)) / (n - 1);
    });
  }
  return lower ? raw.map((s) => 100 - s) : raw;
}

/** Descending ranks by the tie rule; `items` are [code, score]. */
function rankNaive(items: [string, number][], ties: TieRule): Map<string, number> {
  const out = new Map<string, number>();
  if (ties === 'shared') {
    for (const [code, s] of items) out.set(code, 1 + items.filter(([, t]) => t > s).length);
    return out;
  }
  const sorted = [...items].sort((a, b) => (b[1] !== a[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : 1));
  sorted.forEach(([code], k) => out.set(code, k + 1));
  return out;
}

export function referenceIndex(method: MethodDescription, areas: AreaInput[]): ReferenceResult {
  const indicators = method.indicators;
  // left out: no value anywhere, or no spread (two or more values, all equal)
  const distinct = (id: string) => new Set(areas.map((a) => valueOf(a, id)).filter((v) => v !== null));
  const count = (id: string) => areas.filter((a) => valueOf(a, id) !== null).length;
  const absent = new Set(indicators.filter((ind) => count(ind.id) === 0 || (count(ind.id) >= 2 && distinct(ind.id).size === 1)).map((ind) => ind.id));
  const live = indicators.filter((ind) => !absent.has(ind.id));
  const absentStages = method.stages.filter((st) => !live.some((ind) => ind.stage === st.id && ind.weight > 0)).map((st) => st.id);
  const liveStages = method.stages.filter((st) => !absentStages.includes(st.id));

  const result = new Map<string, ReferenceArea>();
  for (const area of areas) {
    const lacking: string[] = [];
    if (method.missing === 'exclude') {
      for (const st of liveStages) {
        for (const ind of live) if (ind.stage === st.id && valueOf(area, ind.id) === null) lacking.push(ind.label);
      }
    } else {
      for (const st of liveStages) {
        if (!live.some((ind) => ind.stage === st.id && ind.weight > 0 && valueOf(area, ind.id) !== null)) lacking.push(st.label);
      }
    }
    const list = lacking.length <= 1 ? lacking.join('') : `${lacking.slice(0, -1).join(', ')} and ${lacking.at(-1)}`;
    const reason = lacking.length === 0 ? null
      : method.missing === 'exclude' ? `no value for ${list}` : `no value in the ${list} stage${lacking.length > 1 ? 's' : ''}`;
    const nulls = Object.fromEntries(indicators.map((ind) => [ind.id, null]));
    result.set(area.code, {
      code: area.code, ranked: reason === null, reason,
      scores: { ...nulls }, stageContributions: { ...nulls }, overallContributions: { ...nulls },
      stages: Object.fromEntries(method.stages.map((st) => [st.id, null])),
      overall: null, overallRank: null,
      stageRanks: Object.fromEntries(method.stages.map((st) => [st.id, null])),
      indicatorRanks: { ...nulls },
    });
  }
  const ranked = areas.filter((a) => result.get(a.code)!.ranked);

  // normalise
  for (const ind of live) {
    const withValue = ranked.filter((a) => valueOf(a, ind.id) !== null);
    const scores = normaliseNaive(withValue.map((a) => valueOf(a, ind.id)!), method, ind.direction === 'lower');
    withValue.forEach((a, j) => (result.get(a.code)!.scores[ind.id] = scores[j]!));
  }
  // shift for geometric
  const minima = new Map<string, number>();
  for (const ind of live) {
    const s = ranked.map((a) => result.get(a.code)!.scores[ind.id]).filter((x): x is number => x !== null);
    if (s.length > 0) minima.set(ind.id, Math.min(...s));
  }
  const geometric = method.aggregation === 'geometric';
  const term = (id: string, s: number) => (geometric ? Math.log(s - minima.get(id)! + 1) : s);
  const totalW = liveStages.reduce((a, st) => a + st.weight, 0);
  for (const a of ranked) {
    const r = result.get(a.code)!;
    let overallLog = 0;
    for (const st of liveStages) {
      const members = live.filter((ind) => ind.stage === st.id);
      const present = members.filter((ind) => ind.weight > 0 && r.scores[ind.id] !== null);
      const sw = present.reduce((acc, ind) => acc + ind.weight, 0);
      let mean = 0;
      for (const ind of present) mean += (ind.weight * term(ind.id, r.scores[ind.id]!)) / sw;
      r.stages[st.id] = geometric ? Math.exp(mean) : mean;
      overallLog += (st.weight / totalW) * mean;
      for (const ind of members) {
        if (r.scores[ind.id] === null) continue;
        const c = ind.weight > 0 ? (ind.weight * term(ind.id, r.scores[ind.id]!)) / sw : 0;
        r.stageContributions[ind.id] = c;
        r.overallContributions[ind.id] = (st.weight / totalW) * c;
      }
    }
    r.overall = geometric ? Math.exp(overallLog) : overallLog;
  }
  // ranks
  const overallRanks = rankNaive(ranked.map((a) => [a.code, result.get(a.code)!.overall!]), method.ties);
  for (const [code, rank] of overallRanks) result.get(code)!.overallRank = rank;
  for (const st of liveStages) {
    const ranks = rankNaive(ranked.map((a) => [a.code, result.get(a.code)!.stages[st.id]!]), method.ties);
    for (const [code, rank] of ranks) result.get(code)!.stageRanks[st.id] = rank;
  }
  for (const ind of live) {
    const items = ranked.filter((a) => result.get(a.code)!.scores[ind.id] !== null)
      .map((a): [string, number] => [a.code, result.get(a.code)!.scores[ind.id]!]);
    for (const [code, rank] of rankNaive(items, method.ties)) result.get(code)!.indicatorRanks[ind.id] = rank;
  }
  const n = ranked.length;
  return {
    absentIndicators: indicators.filter((ind) => absent.has(ind.id)).map((ind) => ind.id),
    absentStages,
    rankedCount: n,
    hotspotCount: Math.min(Math.round(method.hotspotShare * n), Math.floor(n / 2)),
    areas: result,
  };
}
