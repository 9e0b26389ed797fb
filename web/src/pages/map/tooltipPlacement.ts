/**
 * Where the map's tooltip goes: never over the shape it names, and always inside the map's frame.
 * It goes above the shape when there is room, else below it, else to its right, else to its left;
 * above or below, it is centred on the pointer (or the shape's middle when focused by keyboard),
 * moved sideways as far as needed to stay inside the frame.
 */

/** A rectangle in the frame's pixels (0, 0 at its top-left corner). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Which side of the shape it is on ("over" only when no side has room, for a shape nearly as large as the frame). */
  side: 'above' | 'below' | 'right' | 'left' | 'over';
}

/** Space between the shape and the tooltip, clear of the highlight outline. */
export const TOOLTIP_GAP = 10;

/**
 * @param shape the shape's bounding box in the frame
 * @param x where to centre the tooltip across (the pointer, or the shape's middle)
 * @param frame the frame's width and height
 * @param tooltip the tooltip's width and height
 */
export function placeTooltip(shape: Box, x: number, frame: { width: number; height: number }, tooltip: { width: number; height: number }): Placement {
  const across = Math.max(0, Math.min(x - tooltip.width / 2, frame.width - tooltip.width));
  const down = Math.max(0, Math.min((shape.top + shape.bottom) / 2 - tooltip.height / 2, frame.height - tooltip.height));
  if (shape.top - TOOLTIP_GAP - tooltip.height >= 0) return { left: across, top: shape.top - TOOLTIP_GAP - tooltip.height, side: 'above' };
  if (shape.bottom + TOOLTIP_GAP + tooltip.height <= frame.height) return { left: across, top: shape.bottom + TOOLTIP_GAP, side: 'below' };
  if (shape.right + TOOLTIP_GAP + tooltip.width <= frame.width) return { left: shape.right + TOOLTIP_GAP, top: down, side: 'right' };
  if (shape.left - TOOLTIP_GAP - tooltip.width >= 0) return { left: shape.left - TOOLTIP_GAP - tooltip.width, top: down, side: 'left' };
  return { left: across, top: 0, side: 'over' };
}
