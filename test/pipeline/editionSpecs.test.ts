import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_2016, OPEN_SERIES } from '../../src/pipeline/editions/definitions.js';
import type { Contract2016Row, ContractSeriesRow } from '../../src/pipeline/editions/spec.js';
import { sourceFile } from '../../src/pipeline/manifest.js';
import { DATA_DIR } from './helpers.js';

const contract = readFileSync(join(DATA_DIR, 'EDITIONS.md'), 'utf8');

/** The rows of the first markdown table after `heading` (header and separator left out), as cells. */
function tableAfter(heading: string): string[][] {
  const lines = contract.slice(contract.indexOf(heading)).split('\n').slice(1);
  const start = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines.slice(start + 2, end).map((line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(' | ').map((cell) => cell.trim()));
}

describe('the edition specifications against EDITIONS.md', () => {
  it('render as the open-2016 table, row for row', () => {
    const rendered = OPEN_2016.specs.map((spec) => {
      const row = spec.contract as Contract2016Row;
      return [String(spec.number), row.source, row.measure, row.year, row.level];
    });
    expect(rendered).toEqual(tableAfter('## Edition `open-2016`'));
  });

  it('render as the open-series table, row for row', () => {
    const rows = new Map<string, string[]>();
    for (const spec of OPEN_SERIES.specs) {
      const row = spec.contract as ContractSeriesRow | undefined;
      if (row !== undefined) rows.set(row.numbers, [row.numbers, row.source, row.year, row.level, row.breaks]);
    }
    expect([...rows.values()]).toEqual(tableAfter('## Series `open-series`'));
  });

  it('say in words what the code does: file, measure, level, year rule and breaks', () => {
    for (const spec of OPEN_2016.specs) {
      const row = spec.contract as Contract2016Row;
      expect(row.level.startsWith(spec.level), `open-2016 ${spec.number}`).toBe(true);
      if (spec.source.kind === 'missing') continue;
      // The first file the specification reads is named in its row (or "same"/"LAIT parquet" as the row above).
      const [first] = spec.source.sourceIds;
      const path = sourceFile(first!).path.replace(/^sources\//, '');
      if (spec.source.kind === 'lait') {
        expect(row.measure.startsWith(`\`${spec.source.measure}\``)).toBe(true);
        expect(['same', 'LAIT parquet', `\`${path}\``]).toContain(row.source);
      } else if (spec.source.kind !== 'occupation' && spec.source.kind !== 'tenure') expect(row.source).toContain(path);
      else expect(row.source).toContain(sourceFile(spec.source.sourceIds[0]).path.replace(/^sources\//, ''));
    }
    for (const spec of OPEN_SERIES.specs) {
      const row = spec.contract as ContractSeriesRow | undefined;
      if (row === undefined) {
        expect(spec.level).toBe('missing');
        continue;
      }
      expect(row.level, `series ${spec.number}`).toContain(spec.level);
      if (spec.levelFrom !== undefined) expect(row.level).toContain(`${spec.levelFrom.level} (${spec.levelFrom.year})`);
      if (spec.source.kind === 'lait') expect(row.source).toContain(`\`${spec.source.measure}\``);
      if (spec.source.kind === 'els') expect(row.source).toContain(sourceFile(spec.source.sourceIds[0]).path.replace(/^sources\//, ''));
      if (spec.year.kind === 'fixed') expect(row.year).toMatch(/in every year \(carried\)/);
      for (const b of spec.breaks ?? []) {
        const words = b.text.split(/[:(]/)[0]!.trim();
        expect(row.breaks === '—' ? '' : `${row.breaks} ${b.text}`).toContain(words.slice(0, 12));
      }
      if (row.breaks === '—') expect(spec.breaks ?? []).toEqual([]);
    }
  });

  it("match the open-latest paragraph: each file it names is read by the series' specification for that indicator", () => {
    const paragraph = contract.slice(contract.indexOf('## Edition `open-latest`'), contract.indexOf('## Series `open-series`'));
    for (const [number, path] of [[11, 'selective_he/dfe_wp_fsm_high_tariff_by19_la_202021.csv'], [14, 'census_occupation/census2021_ts063_occupation_lad23.csv'], [16, 'census_tenure/census2021_ts054_tenure_ltla.csv'], [12, 'lad_pay_ashe/els_gross-median-weekly-pay.csv'], [13, 'lad_affordability/els_housing-affordability-ratio.csv']] as const) {
      expect(paragraph).toContain(`${number} from \`${path}\``);
      const spec = OPEN_SERIES.specs.find((s) => s.number === number)!;
      expect(spec.source.sourceIds.map((id) => sourceFile(id).path)).toContain(`sources/${path}`);
    }
    expect(paragraph).toMatch(/3 and 5 stay missing/);
    expect(OPEN_SERIES.specs.filter((s) => s.level === 'missing').map((s) => s.number)).toEqual([3, 5]);
  });
});
