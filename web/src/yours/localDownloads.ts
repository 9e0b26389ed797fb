/**
 * The downloads of edition `yours` (a dataset of your own), made in the browser: a link to an API
 * download of that edition (`…/yours/areas?format=csv`, `…/values?format=xlsx`, `…/groups`,
 * `…/uncertainty`) is answered by the page's own answerer (localApi.ts) and laid out by the same
 * sheet functions as the server's downloads (src/report), written as CSV or XLSX by SheetJS. Every
 * row says where its values came from (your file, computed in this browser), in place of the open
 * editions' caveat and credit. Nothing is sent.
 */
import { leagueTableSheet } from '../../../src/report/leagueTable.js';
import { groupsSheet, uncertaintySheet, type SheetRows } from '../../../src/report/sheets.js';
import { tidySheet } from '../../../src/report/tidyValues.js';
import type { GroupsResponse, LeagueTableResponse, UncertaintyResponse, ValuesResponse } from '../../../src/contract/responses.js';
import { saveBlob } from '../image/chartImage.js';
import { answerLocally, routeOfUrl, yourData } from './localApi.js';

/** A table to write: the shape of the server's sheets (src/report/sheets.ts). */
export type SheetFile = SheetRows;

/** The sheet as a CSV (RFC 4180, CRLF) or an XLSX workbook (the rows, and a "Sources" sheet with `source`), with `source` as the last column of every row. */
export async function sheetBlob(sheet: SheetFile, format: 'csv' | 'xlsx', sheetName: string, source: string | null): Promise<Blob> {
  const { utils, write } = await import('xlsx');
  const rows = [[...sheet.header, ...(source === null ? [] : ['source'])], ...sheet.rows.map((row) => [...row.map((cell) => cell ?? ''), ...(source === null ? [] : [source])])];
  if (format === 'csv') return new Blob([`${utils.sheet_to_csv(utils.aoa_to_sheet(rows), { RS: '\r\n' })}\r\n`], { type: 'text/csv;charset=utf-8' });
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), sheetName.slice(0, 31));
  if (source !== null) utils.book_append_sheet(book, utils.aoa_to_sheet([[source]]), 'Sources');
  return new Blob([write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** What the rows of a download of your data say of their source. */
export function yourSource(): string {
  const own = yourData();
  return own === null ? 'your dataset' : `${own.data.edition.label}, computed in this browser with the method ${own.scored.method.id}; not the Social Mobility Commission's index`;
}

/** Saves the download an API URL of edition `yours` names — a table as CSV or XLSX, any other answer as JSON (false when the URL is no route of the contract). */
export async function saveLocally(url: string): Promise<boolean> {
  const parsed = new URL(url, 'http://local');
  const format = parsed.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  parsed.searchParams.delete('format');
  const name = routeOfUrl(parsed.pathname);
  const own = yourData();
  if (name === null || own === null) return false;
  const body = await answerLocally(`${parsed.pathname}${parsed.search}`);
  let sheet: SheetFile;
  let title: string;
  switch (name) {
    case 'areas':
      sheet = leagueTableSheet(body as LeagueTableResponse, own.scored.method.stages.map((stage) => stage.id));
      title = 'League table';
      break;
    case 'values':
      sheet = tidySheet((body as ValuesResponse).rows);
      title = 'Values';
      break;
    case 'groups':
      sheet = groupsSheet(body as GroupsResponse);
      title = 'Groups';
      break;
    case 'uncertainty':
      sheet = uncertaintySheet(body as UncertaintyResponse);
      title = 'Uncertainty';
      break;
    default: {
      // any other answer (an API link on a page) as the JSON the server would give
      const file = new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
      saveBlob(file, `smi-yours-${name}.json`);
      return true;
    }
  }
  saveBlob(await sheetBlob(sheet, format, title, yourSource()), `smi-yours-${title.toLowerCase().replace(/\s+/g, '-')}.${format}`);
  return true;
}
