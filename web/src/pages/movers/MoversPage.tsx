/**
 * "Who moved most?": every council's overall rank in two years of the series open-series and how
 * far it moved, largest moves first, with the life stages and indicators that moved it, from
 * GET …/open-series/movers. URL parameters: `from`, `to` (years of the series; default 2016 and
 * 2025), `all=1` to list every council.
 */
import { apiUrl, useApi } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { Pending } from '../../components/Status.js';
import { OverTimeNote } from '../../components/OverTimeNote.js';
import { formatRank } from '../../format.js';
import { useReportAttribution } from '../../state/attribution.js';
import { areaHref, href, updateQuery, type Route } from '../../state/url.js';
import type { MoversResponse } from '../../types.js';
import { SERIES_YEARS, seriesEditionId, type SeriesYear } from '../../../../src/edition/catalogue.js';
import { useTitle } from '../useTitle.js';
import { moveWords } from '../shift/ShiftPage.js';
import { YearOptions } from '../../components/YearSelect.js';

const TOP = 30;

function yearOf(text: string | null, fallback: SeriesYear): SeriesYear {
  const year = Number(text);
  return SERIES_YEARS.includes(year as SeriesYear) ? (year as SeriesYear) : fallback;
}

export function MoversPage({ route }: { route: Route }) {
  useTitle(route.title);
  const from = yearOf(route.params.get('from'), SERIES_YEARS[0]);
  const to = yearOf(route.params.get('to'), SERIES_YEARS[SERIES_YEARS.length - 1]!);
  const url = apiUrl('/editions/open-series/movers', { from: String(from), to: String(to) });
  const answer = useApi<MoversResponse>(url);
  const report = answer.data !== null && answer.url === url ? answer.data : null;
  useReportAttribution(report?.attribution);
  const all = route.params.get('all') === '1';
  const later = seriesEditionId(to);
  const rows = report === null ? [] : all ? report.areas : report.areas.slice(0, TOP);
  return (
    <>
      <h1>{route.title}</h1>
      <p class="lead">Every council's overall rank in two years of the index, on the 294 councils of 2025, and how far it moved — with the life stages and indicators that moved it.</p>
      <form class="controls filters" aria-label="Years to compare" onSubmit={(event) => event.preventDefault()}>
        {(
          [
            ['from', 'From', from],
            ['to', 'To', to],
          ] as const
        ).map(([id, label, value]) => (
          <div class="field" key={id}>
            <label for={`movers-${id}`}>{label}</label>
            <select id={`movers-${id}`} name={id} value={String(value)} onChange={(event) => updateQuery({ [id]: event.currentTarget.value })}>
              <YearOptions years={SERIES_YEARS} />
            </select>
          </div>
        ))}
      </form>
      <OverTimeNote id="movers-note" edition={later} />
      <Pending error={answer.error} ready={report !== null} what="the moves" />
      {report !== null && (
        <>
          <DataTable
            id="movers-table"
            caption={all ? `Every council, largest moves first, ${from} to ${to}` : `The ${Math.min(TOP, report.areas.length)} largest moves, ${from} to ${to}`}
            rows={rows}
            rowKey={(row) => row.code}
            rowAttributes={(row) => ({ 'data-code': row.code })}
            columns={[
              { key: 'area', header: 'Council', rowHeader: true, cell: (row) => <Link href={areaHref(row.code, later, { weights: null, normalise: null, aggregate: null, missing: null })}>{row.name}</Link> },
              { key: 'from', header: `Rank ${from}`, numeric: true, cell: (row) => formatRank(row.fromRank, report.rankedCount) },
              { key: 'to', header: `Rank ${to}`, numeric: true, cell: (row) => formatRank(row.toRank, report.rankedCount) },
              { key: 'move', header: 'Move', numeric: true, cell: (row) => moveWords(row.change) },
              { key: 'stages', header: 'Stages that moved most', cell: (row) => row.stages.map((stage) => `${stage.label} ${moveWords(stage.change)}`).join('; ') || '—' },
              {
                key: 'indicators',
                header: 'Indicators that moved the score most',
                cell: (row) => row.indicators.map((indicator) => `${indicator.label} (${indicator.contributionChange > 0 ? 'raised' : 'lowered'} it)`).join('; ') || '—',
              },
            ]}
          />
          {!all && report.areas.length > TOP && (
            <p>
              <Link href={href('/movers', { from: String(from), to: String(to), all: '1' })}>Show all {report.areas.length} councils</Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
