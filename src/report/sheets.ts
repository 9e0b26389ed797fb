/**
 * The tables of the groups and the uncertainty results as rows of cells, for their CSV and XLSX
 * downloads (the league table's and the tidy values' are beside their views). Column names are
 * snake_case, as in every download; shares are 0–1 as in the JSON.
 */
import type { GroupsResponse, UncertaintyResponse } from '../contract/responses.js';

type Cell = string | number | null;

export interface SheetRows {
  header: string[];
  rows: Cell[][];
}

/** One row per group: `group, areas, ranked, hotspots, coldspots, lower_half_share, mean_rank, median_rank`. */
export function groupsSheet(groups: GroupsResponse): SheetRows {
  return {
    header: [groups.by, 'areas', 'ranked', 'hotspots', 'coldspots', 'lower_half_share', 'mean_rank', 'median_rank'],
    rows: groups.groups.map((row) => [row.group, row.areas, row.ranked, row.hotspots, row.coldspots, row.lowerHalfShare, row.meanRank, row.medianRank]),
  };
}

/** One row per area: its point rank, the median and 90% interval of its rank over the runs, and its chances of being a hotspot and a coldspot. */
export function uncertaintySheet(result: UncertaintyResponse): SheetRows {
  return {
    header: ['code', 'name', 'rank', 'median_rank', 'rank_p05', 'rank_p95', 'p_hotspot', 'p_coldspot', 'runs', 'seed'],
    rows: result.areas.map((area) => [area.code, area.name, area.rank, area.medianRank, area.p05, area.p95, area.pHotspot, area.pColdspot, result.runs, result.seed]),
  };
}
