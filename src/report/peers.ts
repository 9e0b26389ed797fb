/**
 * The areas an area is naturally read against: the other districts of its county (on 2025
 * geography, the other councils carved from its former county) and the other areas of its region,
 * best rank first.
 */
import type { Peer, Peers } from '../contract/responses.js';
import { areasInCounty } from './leagueTable.js';
import type { ScoredArea, ScoredEdition } from './scoredEdition.js';

export type { Peer, Peers };

function toPeer(entry: ScoredArea): Peer {
  return { code: entry.area.code, name: entry.area.name, rank: entry.result.overall.rank, class: entry.result.overall.class };
}

function byRank(a: Peer, b: Peer): number {
  if (a.rank === null || b.rank === null) return a.rank === b.rank ? a.name.localeCompare(b.name) : a.rank === null ? 1 : -1;
  return a.rank - b.rank;
}

export function peersOf(scored: ScoredEdition, entry: ScoredArea): Peers {
  const countyName = entry.area.county ?? entry.area.formerCounty ?? null;
  const others = (list: readonly ScoredArea[]) => list.filter((other) => other !== entry).map(toPeer).sort(byRank);
  return {
    countyName,
    county: countyName === null ? [] : others(areasInCounty(scored.areas, countyName)),
    region: others(scored.areas.filter((other) => other.area.region === entry.area.region)),
  };
}
