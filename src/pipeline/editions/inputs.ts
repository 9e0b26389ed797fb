/**
 * The source files of the open editions, each read at most once per build run: the series reads
 * its files once for all ten years. Every reader of the pipeline goes through `Inputs`.
 */
import { readDistricts2016, type District2016 } from '../geography.js';
import { readLait, type LaitData } from '../lait.js';
import { readCensusOccupation, readCensusTenure, type OccupationCounts, type TenureCounts } from '../sources/census.js';
import { readEls, type ElsTable } from '../sources/els.js';
import { readKs4Destinations, type Ks4Counts } from '../sources/ks4.js';
import { readAffordability2018, readAsheTable8of2017, readLivingWage2022, type Ashe2017Row, type LivingWageRow, type YearTable } from '../sources/onsSpreadsheets.js';
import { readSelectiveHe } from '../sources/selectiveHe.js';

/** Every LAIT measure an edition uses (read in one pass of the parquet file). */
export const LAIT_MEASURES: readonly string[] = ['3&4yr_Ofsted_rating', 'FSP_Gooddev_FSM', 'FSM_NEW_KS2_RWM', 'FSM_AVG_Attain8_Score', 'APSE_Alevel', 'Level3_FMS_Attain', 'HE_19_FSM'];

export class Inputs {
  private readonly memo = new Map<string, unknown>();
  constructor(readonly dataDir: string) {}

  private once<T>(key: string, read: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, read());
    return this.memo.get(key) as T;
  }

  lait(): Promise<LaitData> {
    return this.once('lait', () => readLait(this.dataDir, LAIT_MEASURES));
  }
  districts(): District2016[] {
    return this.once('districts', () => readDistricts2016(this.dataDir));
  }
  els(sourceId: string): ElsTable {
    return this.once(`els:${sourceId}`, () => readEls(this.dataDir, sourceId));
  }
  ks4(): Map<string, Map<string, Ks4Counts>> {
    return this.once('ks4', () => readKs4Destinations(this.dataDir));
  }
  affordability2018(): { earnings: YearTable; ratio: YearTable } {
    return this.once('affordability-2018', () => readAffordability2018(this.dataDir));
  }
  ashe2017(): Map<string, Ashe2017Row> {
    return this.once('ashe-2017', () => readAsheTable8of2017(this.dataDir));
  }
  livingWage(): Map<string, LivingWageRow> {
    return this.once('lwf', () => readLivingWage2022(this.dataDir));
  }
  occupation(sourceId: 'census-2011-ks608ew' | 'census-2021-ts063'): Map<string, OccupationCounts> {
    return this.once(`occupation:${sourceId}`, () => readCensusOccupation(this.dataDir, sourceId));
  }
  tenure(sourceId: 'census-2011-qs405ew' | 'census-2021-ts054'): Map<string, TenureCounts> {
    return this.once(`tenure:${sourceId}`, () => readCensusTenure(this.dataDir, sourceId));
  }
  selectiveHe(): Map<string, number | null> {
    return this.once('selective-he', () => readSelectiveHe(this.dataDir));
  }
}
