/**
 * One area's rank interval as a whisker on a common axis (1st on the left, last on the right):
 * a bar from the 5th to the 95th percentile rank, a dot at the median rank and a tick at the point
 * rank. Drawn in a table cell whose row holds the same numbers, so the SVG is hidden from
 * assistive technology.
 */
interface Props {
  rank: number;
  median: number;
  p05: number;
  p95: number;
  /** Number of ranked areas (the axis runs from 1 to n). */
  n: number;
  width?: number;
}

export function RankWhisker({ rank, median, p05, p95, n, width = 200 }: Props) {
  const height = 18;
  const pad = 5;
  const x = (r: number): number => pad + ((r - 1) / Math.max(1, n - 1)) * (width - 2 * pad);
  const mid = height / 2;
  return (
    <svg class="rank-whisker" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <line x1={pad} x2={width - pad} y1={mid} y2={mid} stroke="#b1b4b6" />
      <line x1={x(p05)} x2={x(p95)} y1={mid} y2={mid} stroke="#0b0c0c" stroke-width="3" />
      <line x1={x(p05)} x2={x(p05)} y1={mid - 5} y2={mid + 5} stroke="#0b0c0c" stroke-width="2" />
      <line x1={x(p95)} x2={x(p95)} y1={mid - 5} y2={mid + 5} stroke="#0b0c0c" stroke-width="2" />
      <circle cx={x(median)} cy={mid} r="4" fill="#1d70b8" stroke="#ffffff" stroke-width="1.5" />
      <line x1={x(rank)} x2={x(rank)} y1={1} y2={height - 1} stroke="#b35806" stroke-width="2" />
    </svg>
  );
}
