/**
 * Parquet reading on `hyparquet`, reading only the columns asked for. Errors are SmiErrors
 * naming the file.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { SmiError } from '../../errors.js';
import { readFileBytes } from './file.js';

/** Column-oriented data: one array per requested column, all of the same length. */
export interface ParquetColumns {
  label: string;
  rowCount: number;
  columns: Record<string, unknown[]>;
}

/**
 * Reads the named columns of a parquet file. `label` names the file in messages. A column the
 * file does not have is an SmiError listing the columns it does have.
 */
export async function readParquetColumns(path: string, label: string, columns: readonly string[]): Promise<ParquetColumns> {
  const bytes = readFileBytes(path, label);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(file);
  } catch (error) {
    throw new SmiError(`${label}: not a readable parquet file (${(error as Error).message}); check that it is the publisher's original.`);
  }
  const available = parquetSchema(metadata).children.map((child) => child.element.name);
  const absent = columns.filter((column) => !available.includes(column));
  if (absent.length > 0) {
    throw new SmiError(
      `${label}: the column${absent.length > 1 ? 's' : ''} ${absent.map((c) => `"${c}"`).join(', ')} ${absent.length > 1 ? 'are' : 'is'} missing (the file has ${available.map((c) => `"${c}"`).join(', ')}); check that the file is the publisher's original.`,
    );
  }
  const rowCount = Number(metadata.num_rows);
  const out: Record<string, unknown[]> = {};
  for (const column of columns) out[column] = new Array<unknown>(rowCount);
  await parquetRead({
    file,
    metadata,
    columns: [...columns],
    onChunk(chunk) {
      const target = out[chunk.columnName];
      if (target === undefined) return;
      const data = chunk.columnData;
      for (let i = 0; i < data.length; i += 1) target[chunk.rowStart + i] = data[i];
    },
  });
  return { label, rowCount, columns: out };
}
