import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, smi } from './smi.js';

describe('bad usage gets one line and a non-zero exit', () => {
  it('an unknown command', () => expectOneLineError(smi(['rnak']), /unknown command 'rnak'/));
  it('an unknown flag', () => expectOneLineError(smi(['rank', '--colour', 'red']), /unknown option '--colour'/));
  it('an unknown edition', () => expectOneLineError(smi(['rank', '--edition', 'open-1999']), /unknown edition "open-1999"; choose open-2016 or open-latest/));
  it('a bad format', () => expectOneLineError(smi(['rank', '--format', 'xml']), /--format.*xml.*table, csv, json/));
  it('a bad stage', () => expectOneLineError(smi(['rank', '--stage', 'teens']), /teens.*early-years, school, youth, adulthood/));
  it('an unknown region', () => expectOneLineError(smi(['rank', '--region', 'Mercia']), /unknown region "Mercia"; choose one of East Midlands/));
  it('an unknown county', () => expectOneLineError(smi(['rank', '--county', 'Wessex']), /unknown county "Wessex"/));
  it('a bad grouping', () => expectOneLineError(smi(['groups', '--by', 'planet']), /planet.*region, county, rural-urban/));
  it('a missing area argument', () => expectOneLineError(smi(['area']), /missing required argument 'area'/));
  it('a missing CSV file', () => expectOneLineError(smi(['rank', '--edition', 'no-such-file.csv']), /no-such-file\.csv: no such file/));
});

describe('exit status', () => {
  it('is 2 for bad usage, 0 for help', () => {
    expect(smi(['rank', '--colour', 'red']).status).toBe(2);
    expect(smi(['area', 'Carlsle']).status).toBe(2);
    expect(smi(['rank', '--help']).status).toBe(0);
  });
});

describe('a missing data directory', () => {
  it('says which folder was looked for and how to set it', () => {
    const nowhere = join(mkdtempSync(join(tmpdir(), 'smi-nodata-')), 'nothing-here');
    expectOneLineError(smi(['rank'], { SMI_DATA_DIR: nowhere }), /SMI_DATA_DIR/);
  });
});
