/**
 * Which indicators to name first in "What drives this result?" — on the area page and in the PDF
 * briefing alike: the drivers of an explanation (src/analysis/explain.ts) ordered by the places
 * they cost, and the few that cost and that gain the area the most places.
 */

/** What ordering needs of a driver: the places it costs (negative) or gains. */
export interface PlacedDriver {
  places: number | null;
}

/** The drivers ordered by places, most places cost first (the explanation's order among equals). */
export function byPlaces<D extends PlacedDriver>(drivers: readonly D[]): D[] {
  return [...drivers].sort((a, b) => (a.places ?? 0) - (b.places ?? 0));
}

/** The `count` drivers that cost the most places and the `count` that gain the most, each most first. */
export function topDrivers<D extends PlacedDriver>(drivers: readonly D[], count = 3): { costs: D[]; gains: D[] } {
  const ordered = byPlaces(drivers);
  return {
    costs: ordered.filter((driver) => (driver.places ?? 0) < 0).slice(0, count),
    gains: ordered.filter((driver) => (driver.places ?? 0) > 0).reverse().slice(0, count),
  };
}
