/**
 * DfE widening participation: % of pupils eligible for FSM at 15 (cohort 2020/21) who entered a
 * high-tariff HE provider by 19, by upper-tier local authority (GSS `new_la_code`).
 */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { readCsvFile } from '../readers/csv.js';
import { parseStatValue } from '../readers/values.js';

export const SELECTIVE_HE_COLUMN = 'fsm_high_tariff_entry_rate_by19';
export const SELECTIVE_HE_PERIOD = '202021';

/** The rate by GSS code of the authority (England under E92000001); null when suppressed. */
export function readSelectiveHe(dataDir: string): Map<string, number | null> {
  const source = sourceFile('dfe-wp-selective-he');
  const table = readCsvFile(sourcePath(dataDir, source), source.path);
  for (const name of ['time_period', 'new_la_code', SELECTIVE_HE_COLUMN]) {
    if (!table.columns.includes(name)) throw new SmiError(`${source.path}: the column "${name}" is missing; check that the file is the publisher's original.`);
  }
  const out = new Map<string, number | null>();
  for (const { cells, line } of table.records) {
    if ((cells.time_period ?? '').trim() !== SELECTIVE_HE_PERIOD) continue;
    const code = (cells.new_la_code ?? '').trim();
    if (out.has(code)) throw new SmiError(`${source.path}, line ${line}: a second row for ${code}; check that the file is the publisher's original.`);
    out.set(code, parseStatValue(cells[SELECTIVE_HE_COLUMN], () => `${source.path}, line ${line}, column "${SELECTIVE_HE_COLUMN}"`));
  }
  if (out.size === 0) throw new SmiError(`${source.path}: no rows for time_period ${SELECTIVE_HE_PERIOD}.`);
  return out;
}
