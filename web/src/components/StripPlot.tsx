/**
 * A strip plot of one indicator: a small tick for every area's value, the England median as a
 * line, and this area's value as a large dot, so a reader sees where the area sits among all.
 * Better values are always to the right (the axis is reversed for lower-is-better indicators).
 * Its text alternative states the same facts.
 */
import { formatValue } from '../format.js';
import type { Direction } from '../../../src/method/vocabulary.js';

interface Props {
  values: number[];
  value: number | null;
  median: number | null;
  unit: string;
  direction: Direction;
  areaName: string;
}

const WIDTH = 200;
const HEIGHT = 28;
const PAD = 6;

export function StripPlot({ values, value, median, unit, direction, areaName }: Props) {
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (v: number): number => {
    const t = (v - min) / span;
    return PAD + (direction === 'higher' ? t : 1 - t) * (WIDTH - 2 * PAD);
  };
  const worst = direction === 'higher' ? min : max;
  const best = direction === 'higher' ? max : min;
  const label =
    `${areaName}: ${formatValue(value, unit)}` +
    `${median === null ? '' : `; England median ${formatValue(median, unit)}`}; ${values.length} areas range from ${formatValue(worst, unit)} (worst) to ${formatValue(best, unit)} (best).`;
  return (
    <svg class="strip-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#b1b4b6" />
      {values.map((v, i) => (
        <line key={i} x1={x(v)} x2={x(v)} y1={HEIGHT / 2 - 5} y2={HEIGHT / 2 + 5} stroke="#6f777b" stroke-opacity="0.35" />
      ))}
      {median !== null && <line x1={x(median)} x2={x(median)} y1={2} y2={HEIGHT - 2} stroke="#0b0c0c" stroke-width="2" stroke-dasharray="3 2" />}
      {value !== null && <circle cx={x(value)} cy={HEIGHT / 2} r="6" fill="#1d70b8" stroke="#ffffff" stroke-width="2" />}
    </svg>
  );
}
