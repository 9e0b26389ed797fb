/**
 * "How far does each area move?": the ranks under a changed method against the edition's own,
 * largest moves first, from GET …/shift with the league table's method choices. URL parameters:
 * `edition`, `weights`, `normalise`, `aggregate`, `missing` (as /table), `all=1` to list every area.
 */
import { editionUrl, useApi } from '../../api.js';
import type { ShiftResponse } from '../../types.js';
import { Link } from '../../components/Link.js';
import { LoadError, Loading } from '../../components/Status.js';
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
      {answer.error !== null && <LoadError error={answer.error} />}
      {changed && report === null && answer.error === null && <Loading what="the moves" />}
      {report !== null && (
        <>
          <p id="shift-summary">
            {report.moved} of {report.rankedCount.default} areas change rank: on average by {formatNumber(report.meanAbsMove, 1)} places, at most by{' '}
            {report.maxAbsMove ?? 0}. {report.classChanges} area{report.classChanges === 1 ? '' : 's'} become or stop being a hotspot or coldspot. The
            two rankings' Spearman correlation is {formatNumber(report.spearman, 3)} (1 would be the same order).
          </p>
          <div class="table-wrap">
            <table class="data-table" id="shift-table">
              <caption>{all ? `Every area, largest moves first` : `The ${Math.min(TOP, report.areas.length)} largest moves`}</caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col" class="numeric">
                    Rank, edition's method
                  </th>
                  <th scope="col" class="numeric">
                    Rank, changed method
                  </th>
                  <th scope="col" class="numeric">
                    Move
                  </th>
                  <th scope="col">Class</th>
                </tr>
              </thead>
              <tbody>
                {(all ? report.areas : report.areas.slice(0, TOP)).map((row) => (
                  <tr key={row.code} data-code={row.code}>
                    <th scope="row">
                      <Link href={areaHref(row.code, route.edition, choices)}>{row.name}</Link>
                    </th>
                    <td class="numeric">{formatRank(row.defaultRank, null)}</td>
                    <td class="numeric">{formatRank(row.rank, null)}</td>
                    <td class="numeric">{moveWords(row.move)}</td>
                    <td>
                      {row.defaultClass === row.class
                        ? capitalise(classLabel(row.class))
                        : `${capitalise(classLabel(row.defaultClass))} → ${classLabel(row.class)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
