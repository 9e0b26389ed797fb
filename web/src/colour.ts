/**
 * The diverging colour scale of the map and charts: ColorBrewer RdBu with 10 classes, which is
 * colour-blind safe. Decile 1 (best) is the darkest red, decile 10 (worst) the darkest blue, so
 * hotspots read as reds and coldspots as blues. Text on a swatch takes white or black for contrast.
 */
export const DECILE_COLOURS: readonly string[] = [
  '#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7',
  '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061',
];

export const NO_DATA_COLOUR = '#bdbdbd';
export const HOTSPOT_COLOUR = DECILE_COLOURS[1] ?? '#b2182b';
export const COLDSPOT_COLOUR = DECILE_COLOURS[8] ?? '#2166ac';

export function decileColour(decile: number | null): string {
  if (decile === null || decile < 1 || decile > 10) return NO_DATA_COLOUR;
  return DECILE_COLOURS[decile - 1] ?? NO_DATA_COLOUR;
}

/** Black or white, whichever reads better on the decile's colour. */
export function decileTextColour(decile: number | null): string {
  return decile !== null && (decile <= 2 || decile >= 8) ? '#ffffff' : '#0b0c0c';
}

/**
 * The change measure's diverging scale (places gained or lost since a year, src/views/measures.ts
 * CHANGE_BANDS): ColorBrewer PRGn with 9 classes, colour-blind safe, greens for places gained and
 * purples for places lost, so it is never read as the hotspot reds and coldspot blues.
 */
export const CHANGE_COLOURS: readonly string[] = ['#1b7837', '#5aae61', '#a6dba0', '#d9f0d3', '#f7f7f7', '#e7d4e8', '#c2a5cf', '#9970ab', '#762a83'];

/** The colour of a band of CHANGE_BANDS (most places gained first). */
export function changeColour(band: number | null): string {
  if (band === null) return NO_DATA_COLOUR;
  return CHANGE_COLOURS[band] ?? NO_DATA_COLOUR;
}
