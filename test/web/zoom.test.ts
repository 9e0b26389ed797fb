import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, WHOLE_MAP, clampView, panBy, showBox, viewBoxOf, zoomAbout, zoomCentre, type View } from '../../web/src/pages/map/zoom.js';

const size = { width: 400, height: 600 };

describe('map zoom', () => {
  it('doubles about the middle of the whole map: the middle quarter is in view', () => {
    // 400 × 600 at 2×: a 200 × 300 window centred on (200, 300) starts at (100, 150)
    expect(zoomCentre(WHOLE_MAP, 2, size)).toEqual({ k: 2, x: 100, y: 150 });
    expect(viewBoxOf(zoomCentre(WHOLE_MAP, 2, size), size)).toBe('100 150 200 300');
  });

  it('keeps the point zoomed about where it was on screen', () => {
    const view = zoomAbout(WHOLE_MAP, 4, 100, 120, size);
    // the point was at 25% across and 20% down the view; it still is
    expect((100 - view.x) / (size.width / view.k)).toBeCloseTo(0.25, 12);
    expect((120 - view.y) / (size.height / view.k)).toBeCloseTo(0.2, 12);
  });

  it('never zooms out past the whole map or in past the limit, and stays inside the drawing', () => {
    const anyView = fc.record({ k: fc.double({ min: -5, max: 100, noNaN: true }), x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) });
    fc.assert(
      fc.property(anyView, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), (start, factor, dx, dy) => {
        for (const view of [clampView(start, size), zoomAbout(clampView(start, size), factor, 200, 300, size), panBy(clampView(start, size), dx, dy, size)]) {
          expect(view.k).toBeGreaterThanOrEqual(1);
          expect(view.k).toBeLessThanOrEqual(MAX_ZOOM);
          expect(view.x).toBeGreaterThanOrEqual(0);
          expect(view.y).toBeGreaterThanOrEqual(0);
          expect(view.x + size.width / view.k).toBeLessThanOrEqual(size.width + 1e-9);
          expect(view.y + size.height / view.k).toBeLessThanOrEqual(size.height + 1e-9);
        }
      }),
    );
  });

  it('pans a zoomed map, and brings a box out of view into it', () => {
    const zoomed: View = { k: 4, x: 0, y: 0 };
    expect(panBy(zoomed, 30, 40, size)).toEqual({ k: 4, x: 30, y: 40 });
    expect(panBy(zoomed, -30, 0, size)).toEqual({ k: 4, x: 0, y: 0 });
    const box = { x: 300, y: 500, width: 10, height: 10 };
    const shown = showBox(zoomed, box, size);
    expect(box.x).toBeGreaterThanOrEqual(shown.x);
    expect(box.x + box.width).toBeLessThanOrEqual(shown.x + size.width / shown.k);
    expect(box.y + box.height).toBeLessThanOrEqual(shown.y + size.height / shown.k);
    // a box already in view does not move it
    expect(showBox(zoomed, { x: 10, y: 10, width: 5, height: 5 }, size)).toBe(zoomed);
  });
});
