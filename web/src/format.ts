/**
 * Plain number formatting for people: ranks as ordinals ("318th of 324"), values by their unit
 * (%, £, ratio, points), shares as percentages, classes as words.
 */
import { formatIndicatorValue } from '../../src/report/formatValue.js';
import { ordinal } from '../../src/report/ordinal.js';
import { rankText } from '../../src/report/rankText.js';
export { formatNumber, formatSigned, placesPhrase } from '../../src/report/numberWords.js';
export { listAnd as listInWords } from '../../src/method/vocabulary.js';
import type { AreaClass } from './types.js';

export { ordinal };

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** An indicator's value in its unit, as the CLI and the analyses' sentences write it (src/report/formatValue.ts); "no data" when there is none. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return 'no data';
  return formatIndicatorValue(value, unit);
}

/** "318th of 324"; "=21st of 324" when shared (src/report/rankText.ts, as the CLI writes it). */
export const formatRank = rankText;

export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${whole.format(share * 100)}%`;
}

export function classLabel(value: AreaClass | null | undefined): string {
  if (value === 'hotspot') return 'hotspot';
  if (value === 'coldspot') return 'coldspot';
  if (value === 'neither') return 'neither';
  return 'not ranked';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1st decile (best)", "10th decile (worst)". */
export function decileLabel(decile: number): string {
  return `${ordinal(decile)} decile${decile === 1 ? ' (best)' : decile === 10 ? ' (worst)' : ''}`;
}

