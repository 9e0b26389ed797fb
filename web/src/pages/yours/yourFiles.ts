/**
 * The files the "Your own data" page makes in the browser: the template to fill in (one row per
 * area of a geography, a column per indicator id, as `smi --edition FILE.csv` reads it) and the
 * result (the league table of your data), as CSV written by SheetJS, loaded with the upload.
 */
import { leagueTableSheet } from '../../../../src/report/leagueTable.js';
import type { ScoredEdition } from '../../../../src/report/scoredEdition.js';
import { CODE_COLUMN, NAME_COLUMN } from '../../../../src/report/userDataset.js';
import { leagueTableResponse } from '../../../../src/views/responses.js';

type Cell = string | number | null;

async function csvText(rows: ReadonlyArray<ReadonlyArray<Cell>>): Promise<string> {
  const { utils } = await import('xlsx');
  return `${utils.sheet_to_csv(utils.aoa_to_sheet(rows.map((row) => row.map((cell) => cell ?? ''))), { RS: '\r\n' })}\r\n`;
}

/** The template: `code`, `name` and every indicator id, one row per area with its code and name and empty values. */
export function templateRows(areas: ReadonlyArray<{ code: string; name: string }>, indicatorIds: readonly string[]): Cell[][] {
  return [[CODE_COLUMN, NAME_COLUMN, ...indicatorIds], ...areas.map((area) => [area.code, area.name, ...indicatorIds.map(() => '')])];
}

export function templateCsv(areas: ReadonlyArray<{ code: string; name: string }>, indicatorIds: readonly string[]): Promise<string> {
  return csvText(templateRows(areas, indicatorIds));
}

/** The league table of your data, as the API's league table download lays it out, with where its values came from on every row. */
export function resultRows(scored: ScoredEdition, source: string): Cell[][] {
  const sheet = leagueTableSheet(leagueTableResponse(scored, {}), scored.method.stages.map((stage) => stage.id));
  return [[...sheet.header, 'source'], ...sheet.rows.map((row) => [...row, source])];
}

export function resultCsv(scored: ScoredEdition, source: string): Promise<string> {
  return csvText(resultRows(scored, source));
}
