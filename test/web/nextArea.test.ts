import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextArea, type Centre, type Direction } from '../../web/src/pages/map/nextArea.js';

/** A 3 × 3 grid, one unit apart: a b c / d e f / g h i (y downwards). */
const grid = new Map<string, Centre>(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((code, index) => [code, { x: index % 3, y: Math.floor(index / 3) }]));

describe('nextArea (arrow keys on the map)', () => {
  it('moves to the neighbour in each direction on a grid, and nowhere past its edge', () => {
    expect(nextArea(grid, 'e', 'right')).toBe('f');
    expect(nextArea(grid, 'e', 'left')).toBe('d');
    expect(nextArea(grid, 'e', 'up')).toBe('b');
    expect(nextArea(grid, 'e', 'down')).toBe('h');
    expect(nextArea(grid, 'c', 'right')).toBeNull();
    expect(nextArea(grid, 'a', 'up')).toBeNull();
    expect(nextArea(grid, 'nowhere', 'up')).toBeNull();
  });

  it('prefers an area straight ahead to a nearer one off to the side', () => {
    // from o: p is 2 to the right; q is 1.5 away at 40° above the horizontal (cost 1.5 × (1 + 2 × (1 − cos 40°)) ≈ 2.20 > 2)
    const centres = new Map<string, Centre>([
      ['o', { x: 0, y: 0 }],
      ['p', { x: 2, y: 0 }],
      ['q', { x: 1.5 * Math.cos((40 * Math.PI) / 180), y: -1.5 * Math.sin((40 * Math.PI) / 180) }],
    ]);
    expect(nextArea(centres, 'o', 'right')).toBe('p');
    // and a nearer one only slightly off wins: r at 1 unit, 10° off (cost ≈ 1.03)
    centres.set('r', { x: Math.cos((10 * Math.PI) / 180), y: Math.sin((10 * Math.PI) / 180) });
    expect(nextArea(centres, 'o', 'right')).toBe('r');
  });

  it('always moves the way asked (within 60° of it), never to the area it starts from', () => {
    const point = fc.record({ x: fc.integer({ min: -50, max: 50 }), y: fc.integer({ min: -50, max: 50 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 30 }), fc.constantFrom<Direction>('left', 'right', 'up', 'down'), (points, direction) => {
        const centres = new Map(points.map((centre, index) => [`a${index}`, centre]));
        const next = nextArea(centres, 'a0', direction);
        if (next === null) return;
        expect(next).not.toBe('a0');
        const from = centres.get('a0')!;
        const to = centres.get(next)!;
        const along = { left: from.x - to.x, right: to.x - from.x, up: from.y - to.y, down: to.y - from.y }[direction];
        expect(along).toBeGreaterThan(0);
        expect(along / Math.hypot(to.x - from.x, to.y - from.y)).toBeGreaterThanOrEqual(0.5 - 1e-12);
      }),
    );
  });
});
