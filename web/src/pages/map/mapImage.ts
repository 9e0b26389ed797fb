/**
 * The map as a downloadable image: its title (what is mapped, in which edition and layout), the
 * map as drawn, the legend's entries as its key, how to read it, the caveat, and the page's
 * source line and the boundaries' ONS/OS credit.
 */
import { CAVEAT } from '../../../../src/report/attribution.js';
import { TREND_NOTE } from '../../../../src/report/trendNotes.js';
import type { ChartImage } from '../../image/chartImage.js';
import type { Measure } from '../../measures.js';
import { legendEntries, legendTitle } from './Legend.js';

interface MapImageInputs {
  svg: SVGSVGElement;
  edition: string;
  measure: Measure;
  layout: 'map' | 'hex';
  hasNoData: boolean;
  /** The boundaries' credit (ImageDownloads adds the page's attribution lines). */
  credits: string[];
  areas: number;
  /** The ranks are under weights tried in the page (or method choices), not the edition's own method. */
  changedMethod: boolean;
}

export function mapImage({ svg, edition, measure, layout, hasNoData, credits, areas, changedMethod }: MapImageInputs): ChartImage {
  const what = measure.kind === 'overall' ? 'decile of the overall rank' : measure.kind === 'change' ? `${measure.label.toLowerCase()} in overall rank` : `decile of ${measure.label.toLowerCase()}`;
  const reading = measure.kind === 'change' ? 'Dark green is the most places gained, dark purple the most lost.' : 'Dark red is the best decile, dark blue the worst.';
  return {
    title: `Social Mobility Index, ${edition}: ${areas} areas by ${what}${layout === 'hex' ? ' (one hexagon per area)' : ''}`,
    chart: { svg },
    key: legendEntries(measure, hasNoData),
    notes: [
      `${legendTitle(measure)}. ${reading}${changedMethod ? ' Ranked with a changed method, not the edition\'s own.' : ''}`,
      // a change over time carries the notes on comparing ranks across years, as the page does
      ...(measure.kind === 'change' ? Object.values(TREND_NOTE) : []),
      CAVEAT.text,
    ],
    credits,
  };
}
