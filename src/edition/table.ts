/**
 * A table of text cells with a header, as a user's dataset arrives: from a CSV file (the CLI,
 * src/pipeline/readers/csv.ts) or from a sheet of a workbook read in the browser. Plain data, so
 * the one validator of a dataset (src/report/userDataset.ts) reads both.
 */

export interface CsvRecord {
  /** 1-based line number of the record in the file (the header is line 1), or the row number of a sheet. */
  line: number;
  /** Cell text by column name (trimmed of surrounding spaces). */
  cells: Record<string, string>;
}

export interface CsvTable {
  /** The file's name as shown in messages. */
  label: string;
  columns: string[];
  records: CsvRecord[];
}
