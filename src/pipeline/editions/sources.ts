/**
 * Which manifest files each open edition is built from. Kept apart from the builders so that
 * the cache path (editions/index.ts) can verify checksums without loading the parquet and Excel
 * readers.
 */
export const OPEN_2016_SOURCES: readonly string[] = [
  'lait', 'ks4-destinations', 'ons-affordability-2018', 'ons-lwf-2022', 'els-ks2-expected', 'els-gcse-english-maths',
  'census-2011-qs405ew', 'geo-lad16-lookup', 'geo-ons-topojson',
];

export const OPEN_LATEST_SOURCES: readonly string[] = [
  'lait', 'ks4-destinations', 'els-weekly-pay', 'els-affordability', 'ons-lwf-2022', 'els-ks2-expected', 'els-gcse-english-maths',
  'census-2011-qs405ew', 'geo-lad16-lookup', 'geo-ruc-2011', 'geo-ons-topojson',
];
