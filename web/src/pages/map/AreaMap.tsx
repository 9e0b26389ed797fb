/**
 * The choropleth: one SVG path per area, filled by its decile on the mapped measure. Every path
 * carries `data-area-code` and is a link to the area's page (click or Enter); its accessible name
 * says the name and rank. The map is one tab stop (a roving tabindex): the arrow keys move to the
 * neighbouring area that way (nextArea.ts), and the page's "Go to an area" box focuses a named one
 * (`focus`). Hover or focus shows a highlight outline and a tooltip, placed beside the shape (never
 * over it) and inside the map's frame (see tooltipPlacement.ts). Areas outside `selected` (the coast
 * filter) are drawn faint.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decileColour } from '../../colour.js';
import { classLabel, formatRank, formatValue } from '../../format.js';
import type { Measure, Standing } from '../../measures.js';
import type { MethodParams } from '../../state/methodChoices.js';
import { areaHref, navigate } from '../../state/url.js';
import type { AreaClass } from '../../types.js';
import type { ProjectedMap } from '../../../../src/geo/projectAreas.js';
import { placeTooltip, type Box } from './tooltipPlacement.js';
import { arrowDirection, nextArea, type Centre } from './nextArea.js';

export const NO_DATA_PATTERN_ID = 'map-no-data';

interface Props {
  map: ProjectedMap;
  measure: Measure;
  standings: Map<string, Standing>;
  classes: Map<string, AreaClass | null>;
  edition: string;
  /** The page's method choices: opening an area keeps them. */
  choices: MethodParams;
  label: string;
  /** Called once every shape is drawn. */
  onDrawn?: () => void;
  /** The areas the page's filter keeps (all when null); the others are drawn faint. */
  selected?: ReadonlySet<string> | null;
  /** An area to move the focus to (a new object each time it is asked). */
  focus?: { code: string } | null;
}

interface Active {
  code: string;
  /** The shape's bounding box in the frame's pixels: the tooltip must not cover it. */
  shape: Box;
  /** Where to centre the tooltip across: the pointer, or the shape's middle when focused. */
  x: number;
  /** Size of the map's frame, to keep the tooltip inside it. */
  width: number;
  height: number;
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

/** Shapes drawn per task on first drawing, so that creating 324 paths is not one long task. */
const SHAPES_PER_TASK = 110;

export function AreaMap({ map, measure, standings, classes, edition, choices, label, onDrawn, selected = null, focus = null }: Props) {
  const [active, setActive] = useState<Active | null>(null);
  // the one shape in the tab order: the last one focused (the first shape until then)
  const [current, setCurrent] = useState<string | null>(null);
  const tabStop = current !== null && map.shapes.some((shape) => shape.code === current) ? current : (map.shapes[0]?.code ?? null);
  const svg = useRef<SVGSVGElement>(null);
  // the shapes' centres, measured from the drawn paths on the first arrow key (per map)
  const centres = useRef<{ map: ProjectedMap; centres: Map<string, Centre> } | null>(null);
  const shapeElement = (code: string): SVGPathElement | null => svg.current?.querySelector<SVGPathElement>(`path[data-area-code="${CSS.escape(code)}"]`) ?? null;
  const centresOf = (): Map<string, Centre> => {
    if (centres.current?.map !== map) {
      const measured = new Map<string, Centre>();
      for (const element of svg.current?.querySelectorAll<SVGPathElement>('path[data-area-code]') ?? []) {
        const box = element.getBBox();
        measured.set(element.dataset.areaCode ?? '', { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      }
      centres.current = { map, centres: measured };
    }
    return centres.current.centres;
  };
  const moveTo = (code: string): void => {
    setCurrent(code);
    shapeElement(code)?.focus();
  };
  useEffect(() => {
    if (focus === null) return;
    moveTo(focus.code);
  }, [focus]);
  const [drawn, setDrawn] = useState(SHAPES_PER_TASK);
  useEffect(() => {
    if (drawn >= map.shapes.length) {
      onDrawn?.();
      return;
    }
    const timer = setTimeout(() => setDrawn((count) => count + SHAPES_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [drawn, map]);
  const shapes = useMemo(
    () =>
      map.shapes.map((shape) => {
        const standing = standings.get(shape.code);
        return { ...shape, decile: standing?.decile ?? null, label: describeStanding(shape.name, measure, standing, classes.get(shape.code)) };
      }),
    [map, standings, measure, classes],
  );
  const activeShape = active === null ? undefined : shapes.find((shape) => shape.code === active.code);
  const tooltip = useRef<HTMLDivElement>(null);
  // Placed once the tooltip is drawn and its size known, before the browser paints it.
  useLayoutEffect(() => {
    const element = tooltip.current;
    if (element === null || active === null) return;
    const { left, top, side } = placeTooltip(active.shape, active.x, { width: active.width, height: active.height }, { width: element.offsetWidth, height: element.offsetHeight });
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
    element.dataset.side = side;
  }, [active, activeShape?.label]);

  const place = (code: string, target: Element, clientX?: number): void => {
    const frame = target.closest('.map-frame')?.getBoundingClientRect();
    if (frame === undefined) return;
    const box = target.getBoundingClientRect();
    const shape = { left: box.left - frame.left, top: box.top - frame.top, right: box.right - frame.left, bottom: box.bottom - frame.top };
    const x = clientX === undefined ? (shape.left + shape.right) / 2 : clientX - frame.left;
    setActive({ code, shape, x, width: frame.width, height: frame.height });
  };
  const open = (code: string): void => navigate(areaHref(code, edition, choices));

  return (
    <div class="map-frame">
      <svg ref={svg} class="area-map" viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-label={label} aria-describedby="map-keys" onMouseLeave={() => setActive(null)}>
        <defs>
          <pattern id={NO_DATA_PATTERN_ID} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill="#d9d9d9" />
            <path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke="#6f6f6f" stroke-width="1" />
          </pattern>
        </defs>
        <g>
          {(drawn >= shapes.length ? shapes : shapes.slice(0, drawn)).map((shape) => (
            <path
              key={shape.code}
              d={shape.d}
              data-area-code={shape.code}
              tabindex={shape.code === tabStop ? 0 : -1}
              role="link"
              aria-label={selected !== null && !selected.has(shape.code) ? `${shape.label} (not in the selection)` : shape.label}
              class={selected !== null && !selected.has(shape.code) ? 'map-faint' : undefined}
              fill={shape.decile === null ? `url(#${NO_DATA_PATTERN_ID})` : decileColour(shape.decile)}
              onClick={() => open(shape.code)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  open(shape.code);
                  return;
                }
                const direction = arrowDirection(event.key);
                if (direction === null) return;
                event.preventDefault();
                const next = nextArea(centresOf(), shape.code, direction);
                if (next !== null) moveTo(next);
              }}
              onMouseMove={(event) => place(shape.code, event.currentTarget, event.clientX)}
              onFocus={(event) => {
                setCurrent(shape.code);
                place(shape.code, event.currentTarget);
              }}
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
        <div class="map-tooltip" id="map-tooltip" aria-hidden="true" ref={tooltip}>
          {activeShape.label}
        </div>
      )}
    </div>
  );
}
