/**
 * The choropleth: one SVG path per area, filled by its decile on the mapped measure. Every path
 * carries `data-area-code` and is a link to the area's page (click or Enter); its accessible name
 * says the name and rank. The map is one tab stop (a roving tabindex): the arrow keys move to the
 * neighbouring area that way (nextArea.ts), and the page's "Go to an area" box focuses a named one
 * (`focus`). Hover or focus shows a highlight outline and a tooltip, placed beside the shape (never
 * over it) and inside the map's frame (see tooltipPlacement.ts). Areas outside `selected` (the coast
 * filter) are drawn faint.
 *
 * On a phone: the + / − / Whole map buttons and a two-finger pinch zoom the map (zoom.ts); one finger
 * drags a zoomed map; a tap on an area shows it (tooltip and highlight) and a second tap opens it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { changeColour, decileColour } from '../../colour.js';
import { classLabel, formatRank, formatValue } from '../../format.js';
import { changeBand, changeWords, type Measure, type Standing } from '../../measures.js';
import type { MethodParams } from '../../state/methodChoices.js';
import { areaHref, navigate } from '../../state/url.js';
import type { AreaClass } from '../../types.js';
import type { ProjectedMap } from '../../../../src/geo/projectAreas.js';
import { placeTooltip, type Box } from './tooltipPlacement.js';
import { arrowDirection, nextArea, type Centre } from './nextArea.js';
import { WHOLE_MAP, panBy, showBox, viewBoxOf, zoomAbout, zoomCentre, type View } from './zoom.js';

/** A press that moves less than this (CSS pixels) is a tap, not a drag. */
const TAP_SLOP = 6;
/** What one press of + or − zooms by. */
const ZOOM_STEP = 2;

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
  /** What opening an area does (default: go to its page in the explorer; the embedded map opens a new tab). */
  onOpen?: (code: string) => void;
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

/**
 * "Carlisle: ranked 318th of 324, coldspot" (overall), "… school ranked 324th of 324" (stage), "… 42%, 319th of 324" (indicator),
 * "Cumberland: up 12 places since 2016 (from 200th), now 188th of 294" (change).
 */
export function describeStanding(name: string, measure: Measure, standing: Standing | undefined, areaClass: AreaClass | null | undefined): string {
  if (measure.kind === 'change') {
    const change = standing?.change ?? null;
    if (standing === undefined || change?.places == null) return `${name}: ${changeWords(change)}`;
    return `${name}: ${changeWords(change)}, now ${formatRank(standing.rank, standing.of)}`;
  }
  if (standing === undefined || standing.rank === null) {
    return measure.kind === 'indicator' ? `${name}: no data` : `${name}: not ranked`;
  }
  const rank = formatRank(standing.rank, standing.of);
  if (measure.kind === 'overall') return `${name}: ranked ${rank}, ${classLabel(areaClass)}`;
  if (measure.kind === 'stage') return `${name}: ${measure.label.toLowerCase()} ranked ${rank}`;
  return `${name}: ${formatValue(standing.value, measure.unit ?? '')}, ranked ${rank}`;
}

/** An area's fill: its decile's colour, or on the change measure its band's; the hatching where it has none. */
export function fillOf(measure: Measure, standing: Standing | undefined): string {
  if (measure.kind === 'change') {
    const band = changeBand(standing?.change?.places ?? null);
    return band === null ? `url(#${NO_DATA_PATTERN_ID})` : changeColour(band);
  }
  const decile = standing?.decile ?? null;
  return decile === null ? `url(#${NO_DATA_PATTERN_ID})` : decileColour(decile);
}

/** Whether some area has nothing to colour it by on `measure` (the key then shows "No data"). */
export function hasNoDataOn(measure: Measure, standings: Iterable<Standing>): boolean {
  for (const standing of standings) if (measure.kind === 'change' ? standing.change?.places == null : standing.decile === null) return true;
  return false;
}

/** Shapes drawn per task on first drawing, so that creating 324 paths is not one long task. */
const SHAPES_PER_TASK = 110;

export function AreaMap({ map, measure, standings, classes, edition, choices, label, onDrawn, selected = null, focus = null, onOpen }: Props) {
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
  const size = { width: map.width, height: map.height };
  const [view, setView] = useState<View>(WHOLE_MAP);
  useEffect(() => setView(WHOLE_MAP), [map]);
  const moveTo = (code: string): void => {
    setCurrent(code);
    const element = shapeElement(code);
    if (element === null) return;
    // a zoomed map follows the focus
    setView((shown) => showBox(shown, element.getBBox(), size));
    element.focus();
  };
  // pointers down on the map (client pixels), for dragging and pinching, and what the last press was
  const gesture = useRef<{ pointers: Map<number, { x: number; y: number }>; start: View; startPointers: Map<number, { x: number; y: number }>; moved: boolean; touch: boolean }>({
    pointers: new Map(),
    start: WHOLE_MAP,
    startPointers: new Map(),
    moved: false,
    touch: false,
  });
  const unitsPerPixel = (shown: View): number => size.width / shown.k / (svg.current?.getBoundingClientRect().width || size.width);
  const onPointerDown = (event: PointerEvent): void => {
    const g = gesture.current;
    g.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    g.start = view;
    g.startPointers = new Map(g.pointers);
    if (g.pointers.size === 1) g.moved = false;
    g.touch = event.pointerType === 'touch';
  };
  const onPointerMove = (event: PointerEvent): void => {
    const g = gesture.current;
    if (!g.pointers.has(event.pointerId)) return;
    g.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const [a, b] = [...g.pointers.values()];
    const [a0, b0] = [...g.startPointers.values()];
    if (a === undefined || a0 === undefined) return;
    if (b !== undefined && b0 !== undefined) {
      // pinch: the scale of the fingers' distance, about their starting midpoint
      g.moved = true;
      const factor = Math.hypot(b.x - a.x, b.y - a.y) / Math.max(1, Math.hypot(b0.x - a0.x, b0.y - a0.y));
      const frame = svg.current?.getBoundingClientRect();
      if (frame === undefined) return;
      const perPixel = unitsPerPixel(g.start);
      const px = g.start.x + ((a0.x + b0.x) / 2 - frame.left) * perPixel;
      const py = g.start.y + ((a0.y + b0.y) / 2 - frame.top) * perPixel;
      setView(zoomAbout(g.start, factor, px, py, size));
      return;
    }
    const dx = a.x - a0.x;
    const dy = a.y - a0.y;
    if (!g.moved && Math.hypot(dx, dy) < TAP_SLOP) return;
    if (g.start.k <= 1) return;
    g.moved = true;
    const perPixel = unitsPerPixel(g.start);
    setView(panBy(g.start, -dx * perPixel, -dy * perPixel, size));
  };
  const onPointerEnd = (event: PointerEvent): void => {
    const g = gesture.current;
    g.pointers.delete(event.pointerId);
    g.startPointers = new Map(g.pointers);
    g.start = view;
  };
  const tapped = useRef<string | null>(null);
  /** A click (or tap) on an area: a tap first shows it, a second tap opens it; the end of a drag does nothing. */
  const pressed = (code: string, target: Element): void => {
    const g = gesture.current;
    if (g.moved) {
      g.moved = false;
      return;
    }
    // by touch, the first tap on an area shows it and the next tap on the same area opens it (the
    // mouse events a browser adds to a tap move the highlight too, so the tap is remembered apart)
    if (g.touch && tapped.current !== code) {
      tapped.current = code;
      setCurrent(code);
      place(code, target);
      return;
    }
    tapped.current = null;
    open(code);
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
        return { ...shape, fill: fillOf(measure, standing), label: describeStanding(shape.name, measure, standing, classes.get(shape.code)) };
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
  const open = (code: string): void => (onOpen === undefined ? navigate(areaHref(code, edition, choices)) : onOpen(code));

  return (
    <div class="map-frame">
      <svg
        ref={svg}
        class={view.k > 1 ? 'area-map zoomed' : 'area-map'}
        viewBox={viewBoxOf(view, size)}
        data-zoom={view.k}
        role="group"
        aria-label={label}
        aria-describedby="map-keys"
        onMouseLeave={() => setActive(null)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
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
              fill={shape.fill}
              onClick={(event) => pressed(shape.code, event.currentTarget)}
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
      <div class="map-zoom" role="group" aria-label="Zoom the map">
        <button type="button" class="button-secondary" onClick={() => setView((shown) => zoomCentre(shown, ZOOM_STEP, size))} disabled={view.k >= 16} aria-label="Zoom in">
          +
        </button>
        <button type="button" class="button-secondary" onClick={() => setView((shown) => zoomCentre(shown, 1 / ZOOM_STEP, size))} disabled={view.k <= 1} aria-label="Zoom out">
          −
        </button>
        <button type="button" class="button-secondary" onClick={() => setView(WHOLE_MAP)} disabled={view.k <= 1}>
          Whole map
        </button>
      </div>
      {active !== null && activeShape !== undefined && (
        <div class="map-tooltip" id="map-tooltip" aria-hidden="true" ref={tooltip}>
          {activeShape.label}
        </div>
      )}
    </div>
  );
}
