/**
 * Writing results for people (aligned text tables) and for programs (CSV via csv-stringify,
 * JSON). Commands build plain rows; this module decides how they look.
 */
import { formatIndicatorValue } from '../report/formatValue.js';
import { stringify } from 'csv-stringify/sync';

export type Format = 'table' | 'csv' | 'json';

export interface Column<Row> {
  header: string;
  /** Text of the cell for a table; numbers are right-aligned. */
  cell: (row: Row) => string | number | null;
  align?: 'left' | 'right';
}

/** Columns padded to their widest cell, a rule under the header; "–" for empty cells. */
export function formatTable<Row>(columns: Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => show(column.cell(row))));
  const widths = columns.map((column, index) => Math.max(column.header.length, ...cells.map((line) => (line[index] ?? '').length)));
  const aligns = columns.map((column) => column.align ?? (rows.length > 0 && rows.every((row) => typeof column.cell(row) !== 'string') ? 'right' : 'left'));
  const line = (values: string[]) =>
    values
      .map((value, index) => (aligns[index] === 'right' ? value.padStart(widths[index] ?? 0) : value.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n') + '\n';
}

function show(value: string | number | null): string {
  if (value === null || value === '') return '–';
  return String(value);
}

/** RFC 4180 CSV with a header row; null cells are empty. */
export function formatCsv(header: string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return stringify([header, ...rows.map((row) => row.map((cell) => (cell === null ? '' : cell)))]);
}

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A value in its unit, for people (src/report/formatValue.ts); "–" for no value. */
export function formatValue(value: number | null, unit: string): string {
  return value === null ? '–' : formatIndicatorValue(value, unit);
}

export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(3);
}
