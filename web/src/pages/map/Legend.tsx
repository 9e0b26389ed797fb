/**
 * The map's legend, in words as well as colours: one entry per decile ("1st decile (best)" …
 * "10th decile (worst)"), with hotspots and coldspots named, and "no data" for areas without a value.
 * On the change measure, one entry per band of places gained or lost ("Up 5 to 19 places").
 * The same entries make the key of the map's downloaded image (mapImage.ts).
 */
import { changeColour, decileColour } from '../../colour.js';
import { capitalise, decileLabel } from '../../format.js';
import { CHANGE_BANDS, type Measure } from '../../measures.js';
import type { KeyEntry } from '../../image/chartImage.js';
import { NO_DATA_PATTERN_ID } from './AreaMap.js';

const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The legend's title: "Key: decile of the overall rank". */
export function legendTitle(measure: Measure): string {
  if (measure.kind === 'change') return `Key: ${measure.label.toLowerCase()} in overall rank`;
  return `Key: decile of ${measure.kind === 'overall' ? 'the overall rank' : measure.label.toLowerCase()}`;
}

/** The legend's entries: each decile's swatch and words, then "No data" when some area has none. */
export function legendEntries(measure: Measure, hasNoData: boolean): KeyEntry[] {
  const entries = measure.kind === 'change' ? CHANGE_BANDS.map((band, index) => ({ fill: changeColour(index), label: capitalise(band.label) })) : DECILES.map((decile) => ({
    fill: decileColour(decile),
    label: `${decileLabel(decile)}${measure.kind === 'overall' && decile === 2 ? ': hotspots are the best 20%' : ''}${measure.kind === 'overall' && decile === 9 ? ': coldspots are the worst 20%' : ''}`,
  }));
  return hasNoData ? [...entries, { fill: `url(#${NO_DATA_PATTERN_ID})`, label: 'No data' }] : entries;
}

export function Legend({ measure, hasNoData }: { measure: Measure; hasNoData: boolean }) {
  return (
    <div class="legend">
      <p class="legend-title" id="legend-title">
        {legendTitle(measure)}
      </p>
      <ul aria-labelledby="legend-title">
        {legendEntries(measure, hasNoData).map((entry) => (
          <li key={entry.label}>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={entry.fill} stroke="#505a5f" />
            </svg>
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
