/**
 * "Over time" on an area page: the council's index for each year of the series open-series
 * (2016–2025, on the councils of April 2025), from GET /editions/open-series/areas/{code}/trend.
 * For a 2016 district the series is its council's of today (the API's sentence says which and why).
 * The overall and stage ranks by year as a line chart (rank 1 at the top) and each indicator's value
 * by year against the England median as small multiples, with carried values and series breaks
 * drawn differently and a key in words; tables hold the same numbers; the notes of
 * src/report/trendNotes.ts say what a change over time can and cannot mean. The charts' module
 * (TrendCharts.tsx with d3-scale and d3-shape, its own chunk) is loaded only once a trend has
 * arrived, so the first page's bytes do not grow; the tables do not wait for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { apiUrl, useApi } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { Pending } from '../../components/Status.js';
import { classLabel, formatValue } from '../../format.js';
import type { TrendResponse } from '../../types.js';
import { TREND_NOTE, trendNoteIds } from '../../../../src/report/trendNotes.js';
import { indicatorIds } from './trendIndicators.js';

type Charts = typeof import('./TrendCharts.js');

type TrendYear = TrendResponse['years'][number];
type Point = TrendYear['indicators'][number];

export function trendUrl(code: string): string {
  return apiUrl(`/editions/open-series/areas/${encodeURIComponent(code)}/trend`);
}

/** Which council the section follows, and why. */
function whose(trend: TrendResponse, pageName: string): string {
  const span = `${trend.years[0]!.year} to ${trend.years.at(-1)!.year}`;
  if (trend.resolution !== null) return `${trend.resolution} The series is on the councils of April 2025, so this section follows ${trend.name} from ${span}.`;
  if (pageName !== trend.name) return `The series is on the councils of April 2025: this section follows ${trend.name} (${trend.code}) from ${span}.`;
  return `The index of ${trend.name} for each year from ${span}, with one method and one set of indicators every year, on the councils of April 2025.`;
}

function PointCell({ point }: { point: Point }) {
  if (point.value === null) return <>no data</>;
  return (
    <span data-carried-from={point.carriedFromYear ?? undefined} data-break={point.seriesBreak === null ? undefined : 'yes'}>
      {formatValue(point.value, point.unit)}
      {point.carriedFromYear !== null && (
        <>
          <span aria-hidden="true">*</span>
          <span class="visually-hidden"> (carried from {point.carriedFromYear})</span>
        </>
      )}
      {point.seriesBreak !== null && (
        <>
          <span aria-hidden="true">†</span>
          <span class="visually-hidden"> (after a series break)</span>
        </>
      )}
      {point.rank !== null && <span class="hint"> ({point.rank})</span>}
      <br />
      <span class="hint">England {formatValue(point.median, point.unit)}</span>
    </span>
  );
}

export function TrendSection({ code, pageName }: { code: string; pageName: string }) {
  const answer = useApi<TrendResponse>(trendUrl(code));
  const trend = answer.data;
  const [charts, setCharts] = useState<Charts | null>(null);
  useEffect(() => {
    if (trend === null || charts !== null) return;
    let live = true;
    void import('./TrendCharts.js').then((module) => {
      if (live) setCharts(module);
    });
    return () => {
      live = false;
    };
  }, [trend, charts]);
  return (
    <section aria-labelledby="trend-title" id="over-time">
      <h2 id="trend-title">Over time</h2>
      <Pending error={answer.error} ready={trend !== null} what="the index by year" />
      {trend !== null && <TrendBody trend={trend} pageName={pageName} charts={charts} />}
    </section>
  );
}

function TrendBody({ trend, pageName, charts }: { trend: TrendResponse; pageName: string; charts: Charts | null }) {
  const stages = trend.years[0]!.stages;
  const ids = indicatorIds(trend.years);
  const notes = trendNoteIds(trend);
  return (
    <>
      <p data-trend-council={trend.code}>{whose(trend, pageName)}</p>
      <ul class="trend-notes">
        {notes.map((id) => (
          <li key={id} data-note={id}>
            {TREND_NOTE[id]}
          </li>
        ))}
      </ul>

      <h3>Ranks by year</h3>
      {charts !== null && <charts.RankChart trend={trend} />}
      <DataTable<TrendYear>
        caption={`${trend.name}: overall and life-stage ranks by year (1 = best)`}
        class="narrow"
        attributes={{ 'data-table': 'trend-ranks' }}
        rows={trend.years}
        rowKey={(y) => String(y.year)}
        rowAttributes={(y) => ({ 'data-year': y.year })}
        columns={[
          { key: 'year', header: 'Year', cell: (y) => y.year, rowHeader: true },
          { key: 'overall', header: 'Overall rank', cell: (y) => (y.overall.rank === null ? 'not ranked' : `${y.overall.rank} of ${y.rankedCount}`), numeric: true },
          { key: 'class', header: 'Class', cell: (y) => classLabel(y.overall.class) },
          ...stages.map((stage) => ({ key: stage.id, header: stage.label, cell: (y: TrendYear) => y.stages.find((s) => s.id === stage.id)?.rank ?? '–', numeric: true })),
        ]}
      />

      <h3>Each indicator by year, against the England median</h3>
      {charts !== null && (
        <>
          <charts.MultiplesKey name={trend.name} />
          <charts.IndicatorMultiples trend={trend} />
        </>
      )}
      <DataTable<string>
        caption={`${trend.name}: each indicator's value by year (its rank in brackets) and the England median; * carried from another year, † after a series break`}
        attributes={{ 'data-table': 'trend-indicators' }}
        rows={ids}
        rowKey={(id) => id}
        rowAttributes={(id) => ({ 'data-indicator': id })}
        columns={[
          {
            key: 'indicator',
            header: 'Indicator',
            rowHeader: true,
            cell: (id) => {
              const head = trend.years[0]!.indicators.find((p) => p.id === id)!;
              return `${head.number === null ? '' : `${head.number}. `}${head.label}`;
            },
          },
          ...trend.years.map((y) => ({
            key: String(y.year),
            header: String(y.year),
            numeric: true,
            cell: (id: string) => <PointCell point={y.indicators.find((p) => p.id === id)!} />,
          })),
        ]}
      />
    </>
  );
}
