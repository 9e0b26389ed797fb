/**
 * One bar of a diverging bar chart, drawn in a table cell beside its number: it starts at a zero
 * line in the middle and runs right for a positive value (blue) and left for a negative one
 * (orange). Bars in one column share `extent`, so the column reads as a chart. The number is in
 * the same cell as text, so the SVG is hidden from assistive technology.
 */
export const GAIN_COLOUR = '#1d70b8';
export const LOSS_COLOUR = '#b35806';

interface Props {
  value: number;
  /** The largest absolute value of the column (half the bar's width). */
  extent: number;
  width?: number;
}

export function DivergingBar({ value, extent, width = 140 }: Props) {
  const height = 16;
  const middle = width / 2;
  const length = extent > 0 ? (Math.min(Math.abs(value), extent) / extent) * (middle - 2) : 0;
  const x = value < 0 ? middle - length : middle;
  return (
    <svg class="diverging-bar" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <rect x={x} y={3} width={length} height={height - 6} fill={value < 0 ? LOSS_COLOUR : GAIN_COLOUR} />
      <line x1={middle} x2={middle} y1={0} y2={height} stroke="#0b0c0c" stroke-width="1" />
    </svg>
  );
}
