/**
 * Areas grouped by region, county or rural-urban class: how many hotspots and coldspots each
 * group has, the share of its areas in the lower half of the ranking, and its mean and median rank.
 */
import { UsageError } from '../errors.js';
import { GROUP_BY, idsOf, isChoice, type GroupBy } from '../method/vocabulary.js';
import { mean, median } from '../stats/index.js';
import type { ScoredArea, ScoredEdition } from './scoredEdition.js';
import type { GroupRow, GroupsResponse } from '../contract/responses.js';

export type { GroupBy };

export type { GroupRow };

/** The groups of an edition (the API's response less its attribution). */
export type GroupsReport = Omit<GroupsResponse, 'attribution'>;

function keyOf(entry: ScoredArea, by: GroupBy): string | null {
  switch (by) {
    case 'region':
      return entry.area.region;
    case 'county':
      return entry.area.county;
    case 'rural-urban':
      return entry.area.ruralUrban;
    case 'rural-urban-broad':
      return entry.area.ruralUrbanBroad;
  }
}

export function groupsReport(scored: ScoredEdition, by: GroupBy): GroupsReport {
  if (!isChoice(GROUP_BY, by)) throw new UsageError(`cannot group by "${String(by)}"; choose one of ${idsOf(GROUP_BY).join(', ')}.`);
  const n = scored.result.rankedCount;
  const members = new Map<string, ScoredArea[]>();
  let ungrouped = 0;
  for (const entry of scored.areas) {
    const key = keyOf(entry, by);
    if (key === null || key === '') {
      ungrouped += 1;
      continue;
    }
    const list = members.get(key) ?? [];
    list.push(entry);
    members.set(key, list);
  }
  const groups = [...members.entries()].map(([group, entries]): GroupRow => {
    const ranks = entries.flatMap((entry) => (entry.result.overall.rank === null ? [] : [entry.result.overall.rank]));
    return {
      group,
      areas: entries.length,
      ranked: ranks.length,
      hotspots: entries.filter((entry) => entry.result.overall.class === 'hotspot').length,
      coldspots: entries.filter((entry) => entry.result.overall.class === 'coldspot').length,
      lowerHalfShare: ranks.length === 0 ? null : ranks.filter((rank) => rank > n / 2).length / ranks.length,
      meanRank: ranks.length === 0 ? null : mean(ranks),
      medianRank: ranks.length === 0 ? null : median(ranks),
    };
  });
  groups.sort((a, b) => (a.meanRank ?? Infinity) - (b.meanRank ?? Infinity) || a.group.localeCompare(b.group));
  return { edition: scored.edition.id, by, rankedCount: n, groups, ungrouped };
}
