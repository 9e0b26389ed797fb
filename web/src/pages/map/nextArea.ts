/**
 * Arrow keys on the map: the area to move to from `from` in a direction — the nearest centre
 * within 60° either side of it, distance weighted by how far off the direction it lies (an area
 * straight to the right beats a nearer one up and to the right). Null when nothing lies that way
 * (the map's edge). Centres are in the SVG's coordinates, y downwards.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Centre {
  x: number;
  y: number;
}

const VECTORS: Readonly<Record<Direction, Centre>> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** cos 60°: candidates further off the direction than this are not "that way". */
const CONE = 0.5;

export function nextArea(centres: ReadonlyMap<string, Centre>, from: string, direction: Direction): string | null {
  const origin = centres.get(from);
  if (origin === undefined) return null;
  const way = VECTORS[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const [code, centre] of centres) {
    if (code === from) continue;
    const dx = centre.x - origin.x;
    const dy = centre.y - origin.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cosine = (dx * way.x + dy * way.y) / distance;
    if (cosine < CONE) continue;
    // straight ahead costs the distance; at the cone's edge, twice it
    const cost = distance * (1 + (1 - cosine) * 2);
    if (cost < bestCost || (cost === bestCost && best !== null && code < best)) {
      best = code;
      bestCost = cost;
    }
  }
  return best;
}

/** The direction of an arrow key, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}
