/**
 * The choropleth: one SVG path per area, filled by its decile on the mapped measure. Every path
 * carries `data-area-code`, is focusable, and is a link to the area's page (click or Enter); its
 * accessible name says the name and rank. Hover or focus shows a tooltip and a highlight outline.
 */
import { useMemo, useState } from 'preact/hooks';
import { decileColour } from '../colour.js';
import { classLabel, formatRank, formatValue } from '../format.js';
import type { Measure, Standing } from '../measures.js';
import { areaHref, navigate } from '../state/url.js';
import type { AreaClass } from '../types.js';
import type { ProjectedMap } from './geometry.js';

export const NO_DATA_PATTERN_ID = 'map-no-data';

interface Props {
  map: ProjectedMap;
  measure: Measure;
  standings: Map<string, Standing>;
  classes: Map<string, AreaClass | null>;
  edition: string;
  label: string;
}

interface Active {
  code: string;
  x: number;
  y: number;
  /** Width of the map's frame, to keep the tooltip inside it. */
  width: number;
}

/** Tooltip placement: anchored left, centred or right so it stays inside the frame; below the point near the top. */
function tooltipStyle({ x, y, width }: Active): Record<string, string> {
  const horizontal = x < width / 3 ? '0%' : x > (2 * width) / 3 ? '-100%' : '-50%';
  const vertical = y < 48 ? '16px' : 'calc(-100% - 12px)';
  return { left: `${x}px`, top: `${y}px`, transform: `translate(${horizontal}, ${vertical})` };
}

/** "Carlisle: ranked 318th of 324, coldspot" (overall), "… school ranked 324th of 324" (stage), "… 42%, 319th of 324" (indicator). */
export function describeStanding(name: string, measure: Measure, standing: Standing | undefined, areaClass: AreaClass | null | undefined): string {
  if (standing === undefined || standing.rank === null) {
    return measure.kind === 'indicator' ? `${name}: no data` : `${name}: not ranked`;
  }
  const rank = formatRank(standing.rank, standing.of);
  if (measure.kind === 'overall') return `${name}: ranked ${rank}, ${classLabel(areaClass)}`;
  if (measure.kind === 'stage') return `${name}: ${measure.label.toLowerCase()} ranked ${rank}`;
  return `${name}: ${formatValue(standing.value, measure.unit ?? '')}, ranked ${rank}`;
}

export function AreaMap({ map, measure, standings, classes, edition, label }: Props) {
  const [active, setActive] = useState<Active | null>(null);
  const shapes = useMemo(
    () =>
      map.shapes.map((shape) => {
        const standing = standings.get(shape.code);
        return { ...shape, decile: standing?.decile ?? null, label: describeStanding(shape.name, measure, standing, classes.get(shape.code)) };
      }),
    [map, standings, measure, classes],
  );
  const activeShape = active === null ? undefined : shapes.find((shape) => shape.code === active.code);

  const place = (code: string, target: Element, clientX?: number, clientY?: number): void => {
    const box = target.closest('.map-frame')?.getBoundingClientRect();
    if (box === undefined) return;
    if (clientX !== undefined && clientY !== undefined) {
      setActive({ code, x: clientX - box.left, y: clientY - box.top, width: box.width });
    } else {
      const shapeBox = target.getBoundingClientRect();
      setActive({ code, x: shapeBox.left + shapeBox.width / 2 - box.left, y: shapeBox.top - box.top, width: box.width });
    }
  };
  const open = (code: string): void => navigate(areaHref(code, edition));

  return (
    <div class="map-frame">
      <svg class="area-map" viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-label={label} onMouseLeave={() => setActive(null)}>
        <defs>
          <pattern id={NO_DATA_PATTERN_ID} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill="#d9d9d9" />
            <path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke="#6f6f6f" stroke-width="1" />
          </pattern>
        </defs>
        <g>
          {shapes.map((shape) => (
            <path
              key={shape.code}
              d={shape.d}
              data-area-code={shape.code}
              tabIndex={0}
              role="link"
              aria-label={shape.label}
              fill={shape.decile === null ? `url(#${NO_DATA_PATTERN_ID})` : decileColour(shape.decile)}
              onClick={() => open(shape.code)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  open(shape.code);
                }
              }}
              onMouseMove={(event) => place(shape.code, event.currentTarget, event.clientX, event.clientY)}
              onFocus={(event) => place(shape.code, event.currentTarget)}
              onBlur={() => setActive(null)}
            />
          ))}
        </g>
        {activeShape !== undefined && (
          <g class="map-highlight" aria-hidden="true">
            <path d={activeShape.d} class="map-highlight-outer" />
            <path d={activeShape.d} class="map-highlight-inner" />
          </g>
        )}
      </svg>
      {active !== null && activeShape !== undefined && (
        <div class="map-tooltip" aria-hidden="true" style={tooltipStyle(active)}>
          {activeShape.label}
        </div>
      )}
    </div>
  );
}
