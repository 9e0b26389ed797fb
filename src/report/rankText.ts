/**
 * A rank in words, the one way every view writes it: "318th of 324", "=21st of 324" when other
 * areas share it (an indicator's equal values share the best rank of their group, see
 * IndicatorRanking in the engine), "not ranked" without one.
 *
 * @example
 * rankText(21, 324, true); // "=21st of 324"
 * rankText(318, 324); // "318th of 324"
 * rankText(null, 324); // "not ranked"
 */
import { ordinal } from './ordinal.js';

export function rankText(rank: number | null | undefined, of?: number | null, shared = false): string {
  if (rank === null || rank === undefined) return 'not ranked';
  const place = `${shared ? '=' : ''}${ordinal(rank)}`;
  return of === null || of === undefined ? place : `${place} of ${of}`;
}

/** " (tied with 2 other areas on ranks 40–42)" after a shared rank; "" when it is not shared. */
export function tiePhrase(tie: { best: number; worst: number; others: number } | null): string {
  if (tie === null) return '';
  return ` (tied with ${tie.others} other area${tie.others === 1 ? '' : 's'} on ranks ${tie.best}–${tie.worst})`;
}
