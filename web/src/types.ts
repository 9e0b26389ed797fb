/**
 * Shapes of the JSON API's responses (/api/v1), taken from the API contract's schemas
 * (src/contract/responses.ts) that the server's views are typed by: the app, the API and the
 * OpenAPI document cannot drift apart unnoticed.
 */
export type {
  AreaProfile,
  AreaResponse,
  CatalogueIndicator as IndicatorInfo,
  Driver,
  EditionInfo,
  EditionsResponse,
  ExplainResponse,
  ExportedArea,
  ExportResponse,
  GeometryResponse,
  GeographyResponse,
  MapResponse,
  PathsResponse,
  GroupRow,
  GroupsResponse,
  IndicatorsResponse,
  LeagueRow,
  LeagueTableResponse,
  NeighboursResponse,
  PatternsResponse,
  Peer,
  Peers,
  ProfileIndicator,
  ProfileStage,
  SearchResponse,
  TrendResponse,
  MoversResponse,
  SearchResult,
  ShiftResponse,
  ShiftRow,
  SourcesResponse,
  StageExplanation,
  TieRange,
  UncertaintyArea,
  UncertaintyResponse,
  WhatIfResponse,
} from '../../src/contract/responses.js';
export type { Attribution } from '../../src/contract/common.js';
export type { AreaClass, GroupBy, Layout, Level } from '../../src/method/vocabulary.js';
export type { MethodDescription } from '../../src/method/types.js';
export type { Change, Snapshot } from '../../src/analysis/whatIf.js';
export type { GroupShare, NamedCheck, PatternArea } from '../../src/analysis/patterns.js';

import type { MethodDescription } from '../../src/method/types.js';

/** GET …/method: the method description (it holds no data, so it has no attribution). */
export type MethodResponse = MethodDescription;
