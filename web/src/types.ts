/**
 * Shapes of the JSON API's responses (/api/v1). Row and profile types come from the pure report
 * modules the server itself uses, so the app and the API cannot drift apart unnoticed.
 */
import type { AreaClass } from '../../src/engine/types.js';
import type { Level } from '../../src/edition/types.js';
import type { MethodDescription } from '../../src/method/types.js';
import type { ExportedArea } from '../../src/report/exportResult.js';
import type { GroupRow } from '../../src/report/groups.js';
import type { LeagueRow } from '../../src/report/leagueTable.js';
import type { AreaProfile, ProfileIndicator, ProfileStage, TieRange } from '../../src/report/profile.js';

export type { AreaClass, ExportedArea, GroupRow, LeagueRow, Level, MethodDescription, AreaProfile, ProfileIndicator, ProfileStage, TieRange };

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

export interface Peer {
  code: string;
  name: string;
  rank: number | null;
  class: AreaClass | null;
}

export interface AreaResponse extends AreaProfile {
  context?: { county?: Peer[]; region?: Peer[] };
  attribution: Attribution;
}

export interface ExportResponse {
  edition: string;
  method: MethodDescription;
  rankedCount: number;
  attribution: Attribution;
  areas: ExportedArea[];
}

export type GroupBy = 'region' | 'county' | 'rural-urban' | 'rural-urban-broad';

export interface GroupsResponse {
  edition: string;
  by: GroupBy;
  rankedCount: number;
  groups: GroupRow[];
  ungrouped: number;
  attribution: Attribution;
}

export interface IndicatorInfo {
  number: number | null;
  id: string;
  label: string;
  description: string;
  stage: string;
  stageLabel: string;
  direction: 'higher' | 'lower';
  unit: string;
  weight: number;
  level: Level;
  year: string | null;
  source: string | null;
  publisher: string | null;
  licence: string | null;
  measure: string | null;
  note: string | null;
  coverage: number;
}

export interface IndicatorsResponse {
  edition: string;
  areas: number;
  indicators: IndicatorInfo[];
  attribution: Attribution;
}

export interface SourceInfo {
  id: string;
  path: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  sha256: string;
}

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
