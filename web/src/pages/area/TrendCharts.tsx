/**
 * The charts of the "Over time" section, drawn as SVG with d3-scale and d3-shape (loaded with this
 * module only when the section shows): the overall and stage ranks by year (rank 1 at the top), and
 * one small chart per indicator of its value by year against the England median. A value carried
 * from another year is a hollow dot; a series break is a dotted vertical line across which no line
 * is drawn. Each chart is an image with a one-sentence summary; the section's tables hold the numbers.
 * No inline styles: colours are presentation attributes and classes of styles.css (the CSP allows no
 * inline style).
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { breaksBefore } from '../../../../src/report/trendNotes.js';
import { formatNumber, formatValue, ordinal } from '../../format.js';
import type { TrendResponse } from '../../types.js';
import { indicatorIds } from './trendIndicators.js';

type TrendYear = TrendResponse['years'][number];

/** Lines of the rank chart: overall, then the stages; each with a colour and a dash, so none is told by colour alone. */
const SERIES_STYLE = [
  { colour: '#0b0c0c', dash: undefined, width: 3 },
  { colour: '#1d70b8', dash: '6 3', width: 2 },
  { colour: '#d4351c', dash: '2 3', width: 2 },
  { colour: '#00703c', dash: '10 3 2 3', width: 2 },
  { colour: '#6f3f98', dash: '1 5', width: 2.5 },
] as const;

interface RankSeries {
  label: string;
  ranks: Array<number | null>;
}

/** The overall rank and each stage's, by year. */
export function rankSeries(years: readonly TrendYear[]): RankSeries[] {
  const stages = years[0]?.stages ?? [];
  return [
    { label: 'Overall', ranks: years.map((y) => y.overall.rank) },
    ...stages.map((stage) => ({ label: stage.label, ranks: years.map((y) => y.stages.find((s) => s.id === stage.id)?.rank ?? null) })),
  ];
}

export function RankChart({ trend }: { trend: TrendResponse }) {
  const width = 640;
  const height = 280;
  const margin = { top: 16, right: 16, bottom: 28, left: 48 };
  const years = trend.years.map((y) => y.year);
  const most = Math.max(...trend.years.map((y) => y.rankedCount));
  const x = scalePoint<number>().domain(years).range([margin.left, width - margin.right]).padding(0.3);
  const y = scaleLinear().domain([1, most]).range([margin.top, height - margin.bottom]);
  const series = rankSeries(trend.years);
  const path = line<number | null>()
    .defined((rank) => rank !== null)
    .x((_, i) => x(years[i]!)!)
    .y((rank) => y(rank ?? 1));
  const overall = series[0]!.ranks;
  const first = overall.find((rank) => rank !== null);
  const last = [...overall].reverse().find((rank) => rank !== null);
  const summary = `Ranks of ${trend.name} by year, ${years[0]}–${years.at(-1)}, 1 at the top: overall ${first === undefined || first === null ? 'not ranked' : ordinal(first)} in ${years[0]} and ${last === undefined || last === null ? 'not ranked' : ordinal(last)} in ${years.at(-1)}. The table below gives every rank.`;
  const ticks = [1, ...y.ticks(5).filter((tick) => tick > 20), most];
  return (
    <figure class="trend-figure">
      <svg class="trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} data-chart="ranks">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke="#dfe1e2" />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" text-anchor="end" class="trend-tick">
              {tick}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} x={x(year)} y={height - 8} text-anchor="middle" class="trend-tick">
            {year}
          </text>
        ))}
        {series.map((s, i) => {
          const style = SERIES_STYLE[i % SERIES_STYLE.length]!;
          return (
            <g key={s.label} data-series={s.label}>
              <path d={path(s.ranks) ?? ''} fill="none" stroke={style.colour} stroke-width={style.width} stroke-dasharray={style.dash} />
              {s.ranks.map((rank, j) => (rank === null ? null : <circle key={years[j]} cx={x(years[j]!)} cy={y(rank)} r={i === 0 ? 4 : 2.5} fill={style.colour} />))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p class="legend-title">Key</p>
        <ul class="trend-key">
          {series.map((s, i) => {
            const style = SERIES_STYLE[i % SERIES_STYLE.length]!;
            return (
              <li key={s.label}>
                <svg width="36" height="12" aria-hidden="true">
                  <line x1="0" x2="36" y1="6" y2="6" stroke={style.colour} stroke-width={style.width} stroke-dasharray={style.dash} />
                </svg>
                {s.label === 'Overall' ? 'Overall rank (thick solid line)' : `${s.label} rank`}
              </li>
            );
          })}
          <li>Rank 1 (best) is at the top, rank {most} at the bottom.</li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** An axis label: the value in its unit, but a bare number where the unit is a word (points, a ratio), which the chart's title names. */
function tickText(value: number, unit: string): string {
  return unit === '%' || unit === '£' ? formatValue(value, unit) : formatNumber(value);
}

/** Runs of consecutive points not split by a series break or a missing value, as lists of indices. */
function runs(values: ReadonlyArray<number | null>, breaks: readonly boolean[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  values.forEach((value, i) => {
    if (breaks[i] || value === null) {
      if (current.length > 0) out.push(current);
      current = [];
    }
    if (value !== null) current.push(i);
  });
  if (current.length > 0) out.push(current);
  return out;
}

export function IndicatorMultiples({ trend }: { trend: TrendResponse }) {
  const years = trend.years.map((y) => y.year);
  return (
    <div class="trend-multiples">
      {indicatorIds(trend.years).map((id) => (
        <IndicatorChart key={id} id={id} trend={trend} years={years} />
      ))}
    </div>
  );
}

function IndicatorChart({ id, trend, years }: { id: string; trend: TrendResponse; years: number[] }) {
  const width = 240;
  const height = 130;
  const margin = { top: 10, right: 10, bottom: 22, left: 50 };
  const points = trend.years.map((y) => y.indicators.find((p) => p.id === id)!);
  const head = points[0]!;
  const values = points.map((p) => p.value);
  const medians = points.map((p) => p.median);
  const known = [...values, ...medians].filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain([Math.min(...known), Math.max(...known)])
    .nice(3)
    .range([height - margin.bottom, margin.top]);
  if (y.domain()[0] === y.domain()[1]) y.domain([y.domain()[0]! - 1, y.domain()[1]! + 1]);
  const x = scalePoint<number>().domain(years).range([margin.left, width - margin.right]).padding(0.3);
  const breaks = breaksBefore(points);
  const step = x.step();
  const segment = (list: ReadonlyArray<number | null>, indices: number[]) =>
    line<number>()
      .x((i) => x(years[i]!)!)
      .y((i) => y(list[i]!))(indices) ?? '';
  const carried = points.filter((p) => p.carriedFromYear !== null).length;
  const breakYears = years.filter((_, i) => breaks[i]);
  const label = `${head.number === null ? '' : `${head.number}. `}${head.label}`;
  const summary =
    `${label}, ${trend.name} against the England median by year: ${formatValue(values.find((v) => v !== null), head.unit)} in the first year with a value and ${formatValue([...values].reverse().find((v) => v !== null), head.unit)} in the last` +
    `${carried > 0 ? `; ${carried} ${carried === 1 ? 'year carries' : 'years carry'} a value from another year (hollow dots)` : ''}` +
    `${breakYears.length > 0 ? `; a series break before ${breakYears.join(' and ')}` : ''}.`;
  return (
    <figure class="trend-small" data-indicator={id}>
      <figcaption class="trend-small-title">{label}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {y.ticks(3).map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke="#dfe1e2" />
            <text x={margin.left - 4} y={y(tick)} dy="0.32em" text-anchor="end" class="trend-tick-small">
              {tickText(tick, head.unit)}
            </text>
          </g>
        ))}
        {[years[0]!, years.at(-1)!].map((year) => (
          <text key={year} x={x(year)} y={height - 6} text-anchor="middle" class="trend-tick-small">
            {year}
          </text>
        ))}
        {years.map((year, i) =>
          breaks[i] ? <line key={`break-${year}`} class="trend-break" data-break-before={year} x1={x(year)! - step / 2} x2={x(year)! - step / 2} y1={margin.top - 4} y2={height - margin.bottom} stroke="#0b0c0c" stroke-dasharray="2 2" /> : null,
        )}
        {runs(medians, breaks).map((indices) => (
          <path key={`m${indices[0]}`} d={segment(medians, indices)} fill="none" stroke="#505a5f" stroke-width="1.5" stroke-dasharray="4 3" />
        ))}
        {runs(values, breaks).map((indices) => (
          <path key={`v${indices[0]}`} d={segment(values, indices)} fill="none" stroke="#1d70b8" stroke-width="2" />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <circle
              key={years[i]}
              cx={x(years[i]!)}
              cy={y(p.value)}
              r="3.5"
              fill={p.carriedFromYear === null ? '#1d70b8' : '#ffffff'}
              stroke="#1d70b8"
              stroke-width="1.5"
              data-year={years[i]}
              data-carried-from={p.carriedFromYear ?? undefined}
            />
          ),
        )}
      </svg>
    </figure>
  );
}

/** The key of the small multiples, in words and marks. */
export function MultiplesKey({ name }: { name: string }) {
  return (
    <ul class="trend-key">
      <li>
        <svg width="36" height="12" aria-hidden="true">
          <line x1="0" x2="36" y1="6" y2="6" stroke="#1d70b8" stroke-width="2" />
          <circle cx="18" cy="6" r="3.5" fill="#1d70b8" />
        </svg>
        {name}’s value that year (solid line, filled dot)
      </li>
      <li>
        <svg width="36" height="12" aria-hidden="true">
          <circle cx="18" cy="6" r="3.5" fill="#ffffff" stroke="#1d70b8" stroke-width="1.5" />
        </svg>
        A value carried from an earlier year (hollow dot): it does not move
      </li>
      <li>
        <svg width="36" height="12" aria-hidden="true">
          <line x1="0" x2="36" y1="6" y2="6" stroke="#505a5f" stroke-width="1.5" stroke-dasharray="4 3" />
        </svg>
        The England median that year (grey dashed line)
      </li>
      <li>
        <svg width="36" height="12" aria-hidden="true">
          <line x1="18" x2="18" y1="0" y2="12" stroke="#0b0c0c" stroke-dasharray="2 2" />
        </svg>
        A series break (dotted upright line): the values either side are not comparable, so no line joins them
      </li>
    </ul>
  );
}
