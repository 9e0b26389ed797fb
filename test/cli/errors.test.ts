import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, smi } from './smi.js';

describe('bad usage gets one line and a non-zero exit', () => {
  it('an unknown command', async () => expectOneLineError(await smi(['rnak']), /unknown command 'rnak'/));
  it('an unknown flag', async () => expectOneLineError(await smi(['rank', '--colour', 'red']), /unknown option '--colour'/));
  it('an unknown edition', async () => expectOneLineError(await smi(['rank', '--edition', 'open-1999']), /unknown edition "open-1999"; choose open-2016 or open-latest/));
  it('a bad format', async () => expectOneLineError(await smi(['rank', '--format', 'xml']), /--format.*xml.*table, csv, json/));
  it('a bad stage', async () => expectOneLineError(await smi(['rank', '--stage', 'teens']), /--stage must be one of the stages of the method smi-2017, early-years, school, youth, adulthood \(got "teens"\)/));
  it('an unknown region', async () => expectOneLineError(await smi(['rank', '--region', 'Mercia']), /unknown region "Mercia"; choose one of East Midlands/));
  it('an unknown county', async () => expectOneLineError(await smi(['rank', '--county', 'Wessex']), /unknown county "Wessex"/));
  it('a bad grouping', async () => expectOneLineError(await smi(['groups', '--by', 'planet']), /planet.*region, county, rural-urban/));
  it('a missing area argument', async () => expectOneLineError(await smi(['area']), /missing required argument 'area'/));
  it('a value with line breaks in it, quoted in the message', async () => expectOneLineError(await smi(['rank', '--region', 'Mercia\nand\rWessex']), /unknown region "Mercia\\nand\\rWessex"/));
  it('a bad flag value with a carriage return in it', async () => expectOneLineError(await smi(['rank', '--format', 'csv\rjson']), /argument 'csv\\rjson' is invalid/));
  it('a missing CSV file', async () => expectOneLineError(await smi(['rank', '--edition', 'no-such-file.csv']), /no-such-file\.csv: no such file/));
});

describe('exit status', () => {
  it('is 2 for bad usage, 0 for help', async () => {
    expect((await smi(['rank', '--colour', 'red'])).status).toBe(2);
    expect((await smi(['area', 'Carlsle'])).status).toBe(2);
    expect((await smi(['rank', '--help'])).status).toBe(0);
  });
});

describe('a missing data directory', () => {
  it('says which folder was looked for and how to set it', async () => {
    const nowhere = join(mkdtempSync(join(tmpdir(), 'smi-nodata-')), 'nothing-here');
    expectOneLineError(await smi(['rank'], { SMI_DATA_DIR: nowhere }), /SMI_DATA_DIR/);
  });
});
