import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, smi } from './smi.js';

describe('smi indicators, sources and method', () => {
  it('indicators: 16 definitions with direction and the level used in the edition', async () => {
    const json = JSON.parse((await smi(['indicators', '--format', 'json'])).stdout) as { indicators: Array<{ number: number; id: string; direction: string; level: string; coverage: number }> };
    expect(json.indicators.map((indicator) => indicator.number)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    const lower = json.indicators.filter((indicator) => indicator.direction === 'lower').map((indicator) => indicator.number);
    expect(lower).toEqual([7, 13, 15]); // EDITIONS.md: NEET, house price ratio and low pay are "lower is better"
    const missing = json.indicators.filter((indicator) => indicator.level === 'missing').map((indicator) => indicator.number);
    expect(missing).toEqual([3, 5, 11]); // the contract's second edition: 14 comes from Census 2011
    expect(json.indicators.find((indicator) => indicator.number === 16)?.coverage).toBe(324);
    expect(json.indicators.find((indicator) => indicator.number === 2)).toMatchObject({ publisher: "Department for Education", licence: "Open Government Licence v3.0" });
  });

  it('sources: every file with publisher, licence and a SHA-256', async () => {
    const json = JSON.parse((await smi(['sources', '--format', 'json'])).stdout) as { sources: Array<{ path: string; publisher: string; licence: string; sha256: string; url: string }> };
    expect(json.sources.length).toBeGreaterThanOrEqual(6);
    for (const source of json.sources) {
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(source.licence).toMatch(/Open Government Licence/);
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.publisher).not.toBe('');
    }
    expect(json.sources.map((source) => source.path)).toContain('sources/lait_upper_tier/lait_bds_long_0.parquet');
  });

  it('method: the description in force, which fed back with --method gives the same ranks', async () => {
    const method = await smi(['method', '--format', 'json']);
    expect(method.status, method.stderr).toBe(0);
    const parsed = JSON.parse(method.stdout) as { id: string; stages: unknown[]; indicators: unknown[]; normalisation: string };
    expect(parsed.id).toBe('smi-2017');
    expect(parsed.stages).toHaveLength(4);
    expect(parsed.indicators).toHaveLength(16);
    const dir = mkdtempSync(join(tmpdir(), 'smi-method-'));
    const file = join(dir, 'method.json');
    writeFileSync(file, method.stdout);
    expect((await smi(['rank', '--method', file, '--format', 'csv'])).stdout).toBe((await smi(['rank', '--format', 'csv'])).stdout);
  });

  it('a re-weighted method changes the ranking', async () => {
    const parsed = JSON.parse((await smi(['method', '--format', 'json'])).stdout) as { stages: Array<{ id: string; weight: number }> };
    parsed.stages = parsed.stages.map((stage) => ({ ...stage, weight: stage.id === 'adulthood' ? 3 : 1 }));
    const dir = mkdtempSync(join(tmpdir(), 'smi-method-'));
    const file = join(dir, 'adult.json');
    writeFileSync(file, JSON.stringify(parsed));
    const run = await smi(['rank', '--method', file, '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toBe((await smi(['rank', '--format', 'csv'])).stdout);
  });

  it('every command has --help', async () => {
    for (const command of ['rank', 'area', 'compare', 'groups', 'indicators', 'sources', 'method', 'export']) {
      const run = await smi([command, '--help']);
      expect(run.status, command).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Usage: smi ${command}`));
    }
    expect((await smi(['--help'])).stdout).toMatch(/Commands:/);
  });
});

describe('bad method files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smi-badmethod-'));
  it('not JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "stages": [');
    expectOneLineError(await smi(['rank', '--method', file]), /broken\.json: not valid JSON/);
  });
  it('not JSON, with the parser quoting lines of it, is still one line', async () => {
    // V8 quotes the start of the text ("Unexpected token …, "{\n  "form"... is not valid JSON"): a byte-order mark is an unexpected token
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF{\n  "format": 1\n}\n');
    expectOneLineError(await smi(['rank', '--method', file]), /bom\.json: not valid JSON \(.*\\n/);
  });
  it('a wrong direction names the path in the JSON', async () => {
    const method = JSON.parse((await smi(['method', '--format', 'json'])).stdout) as { indicators: Array<{ direction: string }> };
    method.indicators[3]!.direction = 'up';
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify(method));
    expectOneLineError(await smi(['rank', '--method', file]), /wrong\.json: indicators\[3\]\.direction/);
  });
  it('negative weights', async () => {
    const method = JSON.parse((await smi(['method', '--format', 'json'])).stdout) as { stages: Array<{ weight: number }> };
    method.stages[0]!.weight = -1;
    const file = join(dir, 'negative.json');
    writeFileSync(file, JSON.stringify(method));
    expectOneLineError(await smi(['rank', '--method', file]), /negative\.json: stages\[0\]\.weight/);
  });
  it('an unknown preset', async () => {
    expectOneLineError(await smi(['rank', '--method', 'smi-2099']), /unknown method "smi-2099"/);
  });
});
