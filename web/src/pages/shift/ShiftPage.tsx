/**
 * "How far does each area move?": the ranks under a changed method against the edition's own,
 * largest moves first, from GET …/shift with the league table's method choices. URL parameters:
 * `edition`, `weights`, `normalise`, `aggregate`, `missing` (as /table), `all=1` to list every area.
 */
import { editionUrl, useApi } from '../../api.js';
import type { ShiftResponse } from '../../types.js';
import { DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { Pending } from '../../components/Status.js';
import { capitalise, classLabel, formatNumber, formatRank } from '../../format.js';
import { useReportAttribution } from '../../state/attribution.js';
import { describeMethod, hasMethodChoices, methodQuery } from '../../state/methodChoices.js';
import { areaHref, href, type Route } from '../../state/url.js';
import type { MethodResponse } from '../../types.js';
import { useTitle } from '../useTitle.js';

const TOP = 30;

/** "up 12", "down 3", "no move", "—" (unranked under one of the methods). */
export function moveWords(move: number | null): string {
  if (move === null) return '—';
  if (move === 0) return 'no move';
  return `${move > 0 ? 'up' : 'down'} ${Math.abs(move)}`;
}

export function ShiftPage({ route }: { route: Route }) {
  useTitle(route.title);
  const choices = methodQuery(route.params);
  const changed = hasMethodChoices(route.params);
  const answer = useApi<ShiftResponse>(changed ? editionUrl(route.edition, '/shift', choices) : null);
  const method = useApi<MethodResponse>(editionUrl(route.edition, '/method'));
  const url = changed ? editionUrl(route.edition, '/shift', choices) : null;
  const report = answer.data !== null && answer.url === url ? answer.data : null;
  useReportAttribution(report?.attribution);
  const labels = new Map([...(method.data?.stages ?? []), ...(method.data?.indicators ?? [])].map((entry) => [entry.id, entry.label]));
  const all = route.params.get('all') === '1';
  const tableHref = href('/table', { edition: route.edition, ...choices });

  return (
    <>
      <h1>{route.title}</h1>
      {!changed ? (
        <p>
          Nothing is changed yet: choose other weights, normalisation, aggregation or missing-value rule under "Change the method" on the{' '}
          <Link href={href('/table', { edition: route.edition })}>league table</Link>.
        </p>
      ) : (
        <p class="lead">
          The ranks with {describeMethod(route.params, labels)}, against the edition's own method. <Link href={tableHref}>See the league table with this method</Link>.
        </p>
      )}
      <Pending error={answer.error} ready={!changed || report !== null} what="the moves" />
      {report !== null && (
        <>
          <p id="shift-summary">
            {report.moved} of {report.rankedCount.default} areas change rank: on average by {formatNumber(report.meanAbsMove, 1)} places, at most by{' '}
            {report.maxAbsMove ?? 0}. {report.classChanges} area{report.classChanges === 1 ? '' : 's'} become or stop being a hotspot or coldspot. The
            two rankings' Spearman correlation is {formatNumber(report.spearman, 3)} (1 would be the same order).
          </p>
          <DataTable
            id="shift-table"
            caption={all ? `Every area, largest moves first` : `The ${Math.min(TOP, report.areas.length)} largest moves`}
            rows={all ? report.areas : report.areas.slice(0, TOP)}
            rowKey={(row) => row.code}
            rowAttributes={(row) => ({ 'data-code': row.code })}
            columns={[
              { key: 'area', header: 'Area', rowHeader: true, cell: (row) => <Link href={areaHref(row.code, route.edition, choices)}>{row.name}</Link> },
              { key: 'default-rank', header: "Rank, edition's method", numeric: true, cell: (row) => formatRank(row.defaultRank, null) },
              { key: 'rank', header: 'Rank, changed method', numeric: true, cell: (row) => formatRank(row.rank, null) },
              { key: 'move', header: 'Move', numeric: true, cell: (row) => moveWords(row.move) },
              {
                key: 'class',
                header: 'Class',
                cell: (row) => (row.defaultClass === row.class ? capitalise(classLabel(row.class)) : `${capitalise(classLabel(row.defaultClass))} → ${classLabel(row.class)}`),
              },
            ]}
          />
          {!all && report.areas.length > TOP && (
            <p>
              <Link href={href('/shift', { edition: route.edition, ...choices, all: '1' })}>Show all {report.areas.length} areas</Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
