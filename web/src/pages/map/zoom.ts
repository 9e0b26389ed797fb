/**
 * Zooming and panning the map: the part of the drawing in view, as a scale `k` (1 = the whole map)
 * and the top-left corner `x`, `y` of the visible region, in the drawing's units. The SVG's viewBox
 * is that region. Pure, so the arithmetic is tested on its own.
 */
export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const WHOLE_MAP: View = { k: 1, x: 0, y: 0 };
/** The deepest zoom: at 16× the smallest district of England is a few millimetres across on a phone. */
export const MAX_ZOOM = 16;

/** The view kept inside the drawing, with 1 ≤ k ≤ MAX_ZOOM. */
export function clampView(view: View, size: Size): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, Number.isFinite(view.k) ? view.k : 1));
  const w = size.width / k;
  const h = size.height / k;
  const x = Math.min(size.width - w, Math.max(0, Number.isFinite(view.x) ? view.x : 0));
  const y = Math.min(size.height - h, Math.max(0, Number.isFinite(view.y) ? view.y : 0));
  return { k, x, y };
}

/** Zoomed by `factor` about the point (`px`, `py`) of the drawing, which stays where it is on screen. */
export function zoomAbout(view: View, factor: number, px: number, py: number, size: Size): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
  const ratio = view.k / k;
  return clampView({ k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio }, size);
}

/** Zoomed by `factor` about the middle of the view (the + and − buttons). */
export function zoomCentre(view: View, factor: number, size: Size): View {
  return zoomAbout(view, factor, view.x + size.width / view.k / 2, view.y + size.height / view.k / 2, size);
}

/** Moved by (`dx`, `dy`) in the drawing's units (a drag moves the drawing the other way). */
export function panBy(view: View, dx: number, dy: number, size: Size): View {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, size);
}

/** The view moved, at its scale, so that the box (`x`, `y`, `width`, `height`) is inside it (centred on it when it was not). */
export function showBox(view: View, box: { x: number; y: number; width: number; height: number }, size: Size): View {
  const w = size.width / view.k;
  const h = size.height / view.k;
  const inside = box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + w && box.y + box.height <= view.y + h;
  if (inside) return view;
  return clampView({ k: view.k, x: box.x + box.width / 2 - w / 2, y: box.y + box.height / 2 - h / 2 }, size);
}

/** The SVG viewBox of the view. */
export function viewBoxOf(view: View, size: Size): string {
  return `${view.x} ${view.y} ${size.width / view.k} ${size.height / view.k}`;
}
