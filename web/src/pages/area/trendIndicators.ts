/** The indicators of a trend with a value in at least one year, in the method's order (the charts and the table show these). */
import type { TrendResponse } from '../../types.js';

export function indicatorIds(years: TrendResponse['years']): string[] {
  return (years[0]?.indicators ?? []).map((p) => p.id).filter((id) => years.some((y) => y.indicators.find((p) => p.id === id)?.value !== null));
}
