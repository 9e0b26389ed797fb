/**
 * Plain number formatting for people: ranks as ordinals ("318th of 324"), values by their unit
 * (%, £, ratio, points), shares as percentages, classes as words.
 */
import { formatIndicatorValue } from '../../src/report/formatValue.js';
import { ordinal } from '../../src/report/ordinal.js';
import { rankText } from '../../src/report/rankText.js';
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

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
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

/** A signed number with a true minus sign: "+0.140", "−0.285", "0.000". */
export function formatSigned(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** Places won or lost, in words: "costs 46 places", "gains 1 place", "no difference". */
export function placesPhrase(places: number | null | undefined): string {
  if (places === null || places === undefined) return '—';
  if (places === 0) return 'no difference';
  const n = Math.abs(places);
  return `${places < 0 ? 'costs' : 'gains'} ${n} place${n === 1 ? '' : 's'}`;
}

/** "Carlisle", "Carlisle and Eden", "Allerdale, Carlisle and Eden". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
