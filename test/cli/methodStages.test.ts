/**
 * `smi rank --stage` and `--sort <stage>` take the stages of the method in force: a method file
 * with a stage renamed ranks on the new id and refuses the old one, listing its own stages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodDescription } from '../../src/method/types.js';
import { expectOneLineError, parseCsv, smi } from './smi.js';

type Row = Record<string, string>;
let file: string;

async function csv(args: string[]): Promise<Row[]> {
  const run = await smi([...args, '--format', 'csv']);
  expect(run.status, run.stderr).toBe(0);
  return parseCsv(run.stdout, { columns: true }) as Row[];
}

beforeAll(async () => {
  const method = JSON.parse((await smi(['method', '--format', 'json'])).stdout) as MethodDescription;
  expect(method.stages.map((stage) => stage.id)).toContain('school');
  // the same method with its school stage called "schooling"
  const rename = (id: string) => (id === 'school' ? 'schooling' : id);
  const renamed = {
    ...method,
    id: 'renamed-stages',
    stages: method.stages.map((stage) => ({ ...stage, id: rename(stage.id) })),
    indicators: method.indicators.map((indicator) => ({ ...indicator, stage: rename(indicator.stage) })),
  };
  file = join(mkdtempSync(join(tmpdir(), 'smi-stages-')), 'renamed.json');
  writeFileSync(file, JSON.stringify(renamed));
});

describe('a method file with its own stage ids', () => {
  it('--stage takes the new id and ranks as the old stage did (renaming changes no value)', async () => {
    const renamed = await csv(['rank', '--method', file, '--stage', 'schooling']);
    const original = await csv(['rank', '--stage', 'school']);
    expect(Object.keys(renamed[0]!)).toContain('schooling_rank');
    expect(renamed.map((row) => [row.code, row.rank])).toEqual(original.map((row) => [row.code, row.rank]));
  });

  it('--sort takes the new id too', async () => {
    const renamed = await csv(['rank', '--method', file, '--sort', 'schooling']);
    const original = await csv(['rank', '--sort', 'school']);
    expect(renamed.map((row) => row.code)).toEqual(original.map((row) => row.code));
  });

  it('--stage with an id the method does not have is one line, exit 2, listing the method\'s stages', async () => {
    const run = await smi(['rank', '--method', file, '--stage', 'school']);
    expectOneLineError(run, /--stage must be one of the stages of the method renamed-stages, early-years, schooling, youth, adulthood \(got "school"\)\.$/);
    expect(run.status).toBe(2);
  });

  it('--sort with an id the method does not have is one line, exit 2, listing the sorts', async () => {
    const run = await smi(['rank', '--method', file, '--sort', 'school']);
    expectOneLineError(run, /--sort must be one of rank, name, early-years, schooling, youth, adulthood \(rank, name or a stage of the method renamed-stages; got "school"\)\.$/);
    expect(run.status).toBe(2);
  });

  it('the default method still refuses the renamed id', async () => {
    const run = await smi(['rank', '--stage', 'schooling']);
    expectOneLineError(run, /--stage must be one of the stages of the method smi-2017, early-years, school, youth, adulthood \(got "schooling"\)\.$/);
    expect(run.status).toBe(2);
  });
});
