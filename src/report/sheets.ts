/**
 * The tables of the groups and the uncertainty results as rows of cells, for their CSV and XLSX
 * downloads (the league table's and the tidy values' are beside their views). Column names are
 * snake_case, as in every download; shares are 0–1 as in the JSON.
 */
import type { PatternAreaRow, PatternsReport } from '../analysis/patterns.js';
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

const yesNo = (flag: boolean | null): string | null => (flag === null ? null : flag ? 'yes' : 'no');

/**
 * The patterns download, one row per area (rank order, unranked last): its rank and class beside
 * its region, rural-urban class, coast and deprivation, and the third of deprivation and the
 * affluent-coldspot / deprived-hotspot flags the patterns count.
 */
export function patternAreasSheet(rows: readonly PatternAreaRow[]): SheetRows {
  return {
    header: [
      'code', 'name', 'rank', 'class', 'region', 'rural_urban', 'coastal',
      'imd2015_score', 'imd2015_most_deprived_10pc_share', 'imd2019_score', 'imd2019_most_deprived_10pc_share',
      'deprivation_third', 'affluent_coldspot', 'deprived_hotspot',
    ],
    rows: rows.map((row) => [
      row.code, row.name, row.rank, row.class, row.region, row.ruralUrban, yesNo(row.coastal),
      row.imd2015Score, row.imd2015MostDeprived10, row.imd2019Score, row.imd2019MostDeprived10,
      row.deprivationThird, yesNo(row.affluentColdspot), yesNo(row.deprivedHotspot),
    ]),
  };
}

/** The patterns' shares by region, rural-urban class and coast, one row per group: `grouping, group, ranked, hotspots, hotspot_share, coldspots, coldspot_share, lower_half_share`. */
export function patternSharesSheet(report: PatternsReport): SheetRows {
  const groupings = [['region', report.byRegion], ['rural_urban', report.byRuralUrban], ['coast', report.byCoastal]] as const;
  return {
    header: ['grouping', 'group', 'ranked', 'hotspots', 'hotspot_share', 'coldspots', 'coldspot_share', 'lower_half_share'],
    rows: groupings.flatMap(([grouping, shares]) => shares.map((row) => [grouping, row.group, row.ranked, row.hotspots, row.hotspotShare, row.coldspots, row.coldspotShare, row.lowerHalfShare])),
  };
}

/** The patterns' rank correlations, one row per score and deprivation measure: `score, measure, rho, pairs`. */
export function patternCorrelationsSheet(report: PatternsReport): SheetRows {
  const label = new Map(report.measures.map((measure) => [measure.id, measure.label]));
  return {
    header: ['score', 'measure', 'spearman_rho', 'pairs'],
    rows: report.correlations.flatMap((row) => Object.entries(row.rho).map(([measure, { rho, n }]) => [row.label, label.get(measure) ?? measure, rho, n])),
  };
}
