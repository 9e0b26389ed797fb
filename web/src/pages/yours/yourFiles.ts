/**
 * The template to fill in (written as CSV in the browser by the page, localDownloads.ts's sheetBlob): one row per area of a geography with its code and
 * name, and an empty column per indicator id — the CSV `smi --edition FILE.csv` reads, and this
 * page too.
 */
import { CODE_COLUMN, NAME_COLUMN } from '../../../../src/report/userDataset.js';
import type { SheetRows } from '../../../../src/report/sheets.js';

export function templateSheet(areas: ReadonlyArray<{ code: string; name: string }>, indicatorIds: readonly string[]): SheetRows {
  return { header: [CODE_COLUMN, NAME_COLUMN, ...indicatorIds], rows: areas.map((area) => [area.code, area.name, ...indicatorIds.map(() => '')]) };
}
