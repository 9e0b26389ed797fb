/**
 * The map's legend, in words as well as colours: one entry per decile ("1st decile (best)" …
 * "10th decile (worst)"), with hotspots and coldspots named, and "no data" for areas without a value.
 */
import { decileColour } from '../../colour.js';
import { decileLabel } from '../../format.js';
import type { Measure } from '../../measures.js';
import { NO_DATA_PATTERN_ID } from './AreaMap.js';

const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function Legend({ measure, hasNoData }: { measure: Measure; hasNoData: boolean }) {
  return (
    <div class="legend">
      <p class="legend-title" id="legend-title">
        Key: decile of {measure.kind === 'overall' ? 'the overall rank' : measure.label.toLowerCase()}
      </p>
      <ul aria-labelledby="legend-title">
        {DECILES.map((decile) => (
          <li key={decile}>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={decileColour(decile)} stroke="#505a5f" />
            </svg>
            {decileLabel(decile)}
            {measure.kind === 'overall' && decile === 2 ? ': hotspots are the best 20%' : ''}
            {measure.kind === 'overall' && decile === 9 ? ': coldspots are the worst 20%' : ''}
          </li>
        ))}
        {hasNoData && (
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={`url(#${NO_DATA_PATTERN_ID})`} stroke="#505a5f" />
            </svg>
            No data
          </li>
        )}
      </ul>
    </div>
  );
}
