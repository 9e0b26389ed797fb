/**
 * "What drives this result?" on an area page: the sentences of the indicators that cost and gain
 * the area the most places, and each indicator's contribution to the score and to its gap to the
 * median area, as numbers with a diverging bar each. From GET …/areas/{code}/explain, with the
 * method choices of the page's URL when it has any.
 */
import { editionUrl, useApi } from '../../api.js';
import type { Driver, ExplainResponse } from '../../types.js';
import { DivergingBar, GAIN_COLOUR, LOSS_COLOUR } from '../../components/DivergingBar.js';
import { LoadError, Loading } from '../../components/Status.js';
import { formatRank, formatSigned, formatValue, listInWords, placesPhrase } from '../../format.js';
import type { MethodParams } from '../../state/methodChoices.js';

interface Props {
  edition: string;
  code: string;
  /** Indicator id → label, for the indicators the area has no value for. */
  labels: Map<string, string>;
  /** The method choices of the URL (all null for the edition's own method). */
  choices: MethodParams;
}

/** The explain request of an area with the method choices (the notice of a changed method reads the same). */
export function explainUrl(edition: string, code: string, choices: MethodParams): string {
  return editionUrl(edition, `/areas/${encodeURIComponent(code)}/explain`, choices);
}

/** The drivers ordered by places, most places cost first (the API's order among equals). */
export function byPlaces(drivers: readonly Driver[]): Driver[] {
  return [...drivers].sort((a, b) => (a.places ?? 0) - (b.places ?? 0));
}

export function ExplainSection({ edition, code, labels, choices }: Props) {
  const url = explainUrl(edition, code, choices);
  const explained = useApi<ExplainResponse>(url);
  const report = explained.data !== null && explained.url === url ? explained.data : null;
  return (
    <section aria-labelledby="explain-title" id="explain">
      <h2 id="explain-title">What drives this result?</h2>
      {explained.error !== null && <LoadError error={explained.error} />}
      {report === null && explained.error === null && <Loading what="what drives the result" />}
      {report !== null && <Explanation report={report} labels={labels} />}
    </section>
  );
}

function Explanation({ report, labels }: { report: ExplainResponse; labels: Map<string, string> }) {
  const ordered = byPlaces(report.drivers);
  const costs = ordered.filter((driver) => (driver.places ?? 0) < 0).slice(0, 3);
  const gains = ordered.filter((driver) => (driver.places ?? 0) > 0).reverse().slice(0, 3);
  const extent = Math.max(...report.drivers.flatMap((driver) => [Math.abs(driver.contribution), Math.abs(driver.gap)]), 1e-9);
  const log = report.scale === 'log';
  // The contributions add up to the score (to its logarithm under a geometric mean).
  const total = Object.values(report.contributions).reduce((sum, value) => sum + value, 0);
  const medianNames = listInWords(report.medianAreas.map((area) => `${area.name} (${formatRank(area.rank, null)})`));
  return (
    <>
      <div class="two-columns">
        <section aria-labelledby="costs-title">
          <h3 id="costs-title">What costs {report.name} the most places</h3>
          {costs.length === 0 ? (
            <p>No indicator costs {report.name} a place.</p>
          ) : (
            <ul class="driver-list" id="driver-costs">
              {costs.map((driver) => (
                <li key={driver.indicator} data-indicator={driver.indicator}>
                  {driver.sentence}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="gains-title">
          <h3 id="gains-title">What gains it the most places</h3>
          {gains.length === 0 ? (
            <p>No indicator gains {report.name} a place.</p>
          ) : (
            <ul class="driver-list" id="driver-gains">
              {gains.map((driver) => (
                <li key={driver.indicator} data-indicator={driver.indicator}>
                  {driver.sentence}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p>
        Each indicator's <strong>contribution</strong> is its stage's weight × its weight within the stage × its standardised score, so the contributions add up to{' '}
        {report.name}'s {log ? 'score on a log scale (the method takes a geometric mean)' : 'score'}, {formatSigned(total)}. The{' '}
        <strong>gap to the median area</strong> — {medianNames}, score {formatSigned(report.medianScore)}
        {report.medianAreas.length > 1 ? ' on average' : ''} — is split the same way and adds up to {formatSigned(report.gap)}. <strong>Places</strong> say how far the
        rank would move if that one value were the England median; they do not add up.
      </p>
      <p class="chart-key">
        <span class="key-swatch" style={{ background: GAIN_COLOUR }} aria-hidden="true" /> raises the score (bar to the right){' '}
        <span class="key-swatch" style={{ background: LOSS_COLOUR }} aria-hidden="true" /> lowers it (bar to the left)
      </p>
      <div class="table-wrap">
        <table class="data-table contribution-table" id="contributions">
          <caption>Contribution of each indicator to {report.name}'s score and to its gap to the median area</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" class="numeric">
                Value (England median)
              </th>
              <th scope="col" class="numeric">
                Contribution
              </th>
              <th scope="col" class="numeric">
                Gap to the median area
              </th>
              <th scope="col">If it were the England median</th>
            </tr>
          </thead>
          <tbody>
            {report.drivers.map((driver) => (
              <tr key={driver.indicator} data-indicator={driver.indicator}>
                <th scope="row">
                  <span class="hint">{driver.stageLabel}: </span>
                  {driver.label}
                </th>
                <td class="numeric">
                  {formatValue(driver.value, driver.unit)} ({formatValue(driver.median, driver.unit)})
                </td>
                <td class="numeric bar-cell">
                  <span class="bar-number">{formatSigned(driver.contribution)}</span>
                  <DivergingBar value={driver.contribution} extent={extent} />
                </td>
                <td class="numeric bar-cell">
                  <span class="bar-number">{formatSigned(driver.gap)}</span>
                  <DivergingBar value={driver.gap} extent={extent} />
                </td>
                <td>
                  {placesPhrase(driver.places)}
                  {driver.rankAtMedian !== null && driver.places !== 0 && <span class="hint"> (would rank {formatRank(driver.rankAtMedian, null)})</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total {log ? '(log of the score)' : '(the score)'}</th>
              <td />
              <td class="numeric" id="contribution-total">
                {formatSigned(total)}
              </td>
              <td class="numeric">{formatSigned(report.gap)}</td>
              <td>{formatRank(report.overall.rank, report.rankedCount)} now</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {report.unused.length > 0 && (
        <p class="hint">Not in {report.name}'s score (no value, or not in this edition): {listInWords(report.unused.map((id) => labels.get(id) ?? id))}.</p>
      )}
    </>
  );
}
