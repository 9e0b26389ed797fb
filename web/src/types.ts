/**
 * Shapes of the JSON API's responses (/api/v1). Row and profile types come from the pure report
 * modules the server itself uses, so the app and the API cannot drift apart unnoticed.
 */
import type { AreaClass } from '../../src/engine/types.js';
import type { Level } from '../../src/edition/types.js';
import type { MethodDescription } from '../../src/method/types.js';
import type { SourceFile } from '../../src/edition/types.js';
import type { ExportedArea } from '../../src/report/exportResult.js';
import type { GroupBy, GroupRow } from '../../src/report/groups.js';
import type { CatalogueIndicator } from '../../src/report/indicatorCatalogue.js';
import type { LeagueRow } from '../../src/report/leagueTable.js';
import type { Peer, Peers } from '../../src/report/peers.js';
import type { AreaProfile, ProfileIndicator, ProfileStage, TieRange } from '../../src/report/profile.js';

export type { AreaClass, ExportedArea, GroupBy, GroupRow, LeagueRow, Level, MethodDescription, AreaProfile, Peer, ProfileIndicator, ProfileStage, TieRange };

/** Every JSON response carries the licence attribution, as lines or one paragraph. */
export type Attribution = string[] | string;

export interface EditionInfo {
  id: string;
  label: string;
  description: string;
  geography: string;
  areaCount: number;
  rankedCount: number;
  years: string[];
  levels: Record<string, number>;
}

export interface EditionsResponse {
  default: string;
  editions: EditionInfo[];
  attribution: Attribution;
}

export interface AreasResponse {
  edition: string;
  stage: string | null;
  sort: string;
  rankedCount: number;
  total: number;
  rows: LeagueRow[];
  attribution: Attribution;
}

export interface AreaResponse extends AreaProfile {
  context: Peers;
  attribution: Attribution;
}

export interface ExportResponse {
  edition: string;
  method: MethodDescription;
  rankedCount: number;
  attribution: Attribution;
  areas: ExportedArea[];
}

export interface GroupsResponse {
  edition: string;
  by: GroupBy;
  rankedCount: number;
  groups: GroupRow[];
  ungrouped: number;
  attribution: Attribution;
}

/** One indicator as GET …/indicators describes it. */
export type IndicatorInfo = CatalogueIndicator;

export interface IndicatorsResponse {
  edition: string;
  areas: number;
  indicators: IndicatorInfo[];
  attribution: Attribution;
}

/** One source file as GET …/sources lists it. */
export type SourceInfo = SourceFile;

export interface SourcesResponse {
  edition: string;
  sources: SourceInfo[];
  attribution: Attribution;
  licence?: string;
}

export type MethodResponse = MethodDescription & { attribution?: Attribution };

/** TopoJSON as the geometry route sends it: one GeometryCollection `areas`, each with its code and name. */
export interface AreaTopology {
  type: 'Topology';
  objects: { areas: { type: 'GeometryCollection'; geometries: Array<{ type: string; properties: { code: string; name: string } }> } };
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  attribution?: Attribution;
}
