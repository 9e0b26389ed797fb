/**
 * "What drives this result?" on an area page: the sentences of the indicators that cost and gain
 * the area the most places, and each indicator's contribution to the score and to its gap to the
 * median area, as numbers with a diverging bar each. From GET …/areas/{code}/explain, with the
 * method choices of the page's URL when it has any.
 */
import { editionUrl, useApi } from '../../api.js';
import type { Driver, ExplainResponse } from '../../types.js';
import { DivergingBar, GAIN_COLOUR, LOSS_COLOUR } from '../../components/DivergingBar.js';
import { DataTable } from '../../components/DataTable.js';
import { ImageDownloads } from '../../components/ImageDownloads.js';
import { cellText, rowHeaderText, tableChartRows } from '../../image/chartImage.js';
import { CAVEAT } from '../../../../src/report/attribution.js';
import { Pending } from '../../components/Status.js';
import { formatRank, formatSigned, formatValue, listInWords, placesPhrase } from '../../format.js';
import type { MethodParams } from '../../state/methodChoices.js';
import { topDrivers } from '../../../../src/report/drivers.js';

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

export function ExplainSection({ edition, code, labels, choices }: Props) {
  const url = explainUrl(edition, code, choices);
  const explained = useApi<ExplainResponse>(url);
  const report = explained.data !== null && explained.url === url ? explained.data : null;
  return (
    <section aria-labelledby="explain-title" id="explain">
      <h2 id="explain-title">What drives this result?</h2>
      <Pending error={explained.error} ready={report !== null} what="what drives the result" />
      {report !== null && <Explanation report={report} labels={labels} />}
    </section>
  );
}

function Explanation({ report, labels }: { report: ExplainResponse; labels: Map<string, string> }) {
  const { costs, gains } = topDrivers(report.drivers);
  const extent = Math.max(...report.drivers.flatMap((driver) => [Math.abs(driver.contribution), Math.abs(driver.gap)]), 1e-9);
  const log = report.scale === 'log';
  // The contributions add up to the score (to its logarithm under a geometric mean).
  const total = Object.values(report.contributions).reduce((sum, value) => sum + value, 0);
  const medianNames = listInWords(report.medianAreas.map((area) => `${area.name} (${formatRank(area.rank, null)})`));
  return (
    <>
      <div class="two-columns">
        <DriverList id="costs" title={`What costs ${report.name} the most places`} none={`No indicator costs ${report.name} a place.`} drivers={costs} />
        <DriverList id="gains" title="What gains it the most places" none={`No indicator gains ${report.name} a place.`} drivers={gains} />
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
      <DataTable
        id="contributions"
        class="contribution-table"
        caption={`Contribution of each indicator to ${report.name}'s score and to its gap to the median area`}
        rows={report.drivers}
        rowKey={(driver) => driver.indicator}
        rowAttributes={(driver) => ({ 'data-indicator': driver.indicator })}
        columns={[
          {
            key: 'indicator',
            header: 'Indicator',
            rowHeader: true,
            cell: (driver) => (
              <>
                <span class="hint">{driver.stageLabel}: </span>
                {driver.label}
              </>
            ),
          },
          { key: 'value', header: 'Value (England median)', numeric: true, cell: (driver) => `${formatValue(driver.value, driver.unit)} (${formatValue(driver.median, driver.unit)})` },
          { key: 'contribution', header: 'Contribution', numeric: true, class: 'bar-cell', cell: (driver) => <SignedBar value={driver.contribution} extent={extent} /> },
          { key: 'gap', header: 'Gap to the median area', numeric: true, class: 'bar-cell', cell: (driver) => <SignedBar value={driver.gap} extent={extent} /> },
          {
            key: 'places',
            header: 'If it were the England median',
            cell: (driver) => (
              <>
                {placesPhrase(driver.places)}
                {driver.rankAtMedian !== null && driver.places !== 0 && <span class="hint"> (would rank {formatRank(driver.rankAtMedian, null)})</span>}
              </>
            ),
          },
        ]}
        foot={
          <tr>
            <th scope="row">Total {log ? '(log of the score)' : '(the score)'}</th>
            <td />
            <td class="numeric" id="contribution-total">
              {formatSigned(total)}
            </td>
            <td class="numeric">{formatSigned(report.gap)}</td>
            <td>{formatRank(report.overall.rank, report.rankedCount)} now</td>
          </tr>
        }
      />
      <ImageDownloads
        name={`smi-${report.code}-contributions`}
        what="the contribution and gap chart"
        image={() => {
          const table = document.getElementById('contributions');
          const rows = table === null ? [] : tableChartRows(table, 'svg.diverging-bar', (row) => {
            const [contribution, gap] = [...row.querySelectorAll('.bar-number')].map(cellText);
            return `${rowHeaderText(row)}: ${contribution} (gap ${gap})`;
          });
          if (rows.length === 0) return null;
          return {
            title: `Contribution of each indicator to ${report.name}'s score (${formatRank(report.overall.rank, report.rankedCount)}) and to its gap to the median area`,
            chart: { rows, columns: ['Contribution', 'Gap to the median area'] },
            key: [
              { fill: GAIN_COLOUR, label: 'raises the score (bar to the right)' },
              { fill: LOSS_COLOUR, label: 'lowers it (bar to the left)' },
            ],
            notes: [`The contributions add up to ${report.name}'s ${log ? 'score on a log scale' : 'score'}, ${formatSigned(total)}; the gaps to ${formatSigned(report.gap)}.`, CAVEAT.text],
          };
        }}
      />
      {report.unused.length > 0 && (
        <p class="hint">Not in {report.name}'s score (no value, or not in this edition): {listInWords(report.unused.map((id) => labels.get(id) ?? id))}.</p>
      )}
    </>
  );
}

/** The indicators that cost (or gain) the area the most places, each in a sentence. */
function DriverList({ id, title, none, drivers }: { id: 'costs' | 'gains'; title: string; none: string; drivers: Driver[] }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {drivers.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul class="driver-list" id={`driver-${id}`}>
          {drivers.map((driver) => (
            <li key={driver.indicator} data-indicator={driver.indicator}>
              {driver.sentence}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A signed number with its diverging bar. */
function SignedBar({ value, extent }: { value: number; extent: number }) {
  return (
    <>
      <span class="bar-number">{formatSigned(value)}</span>
      <DivergingBar value={value} extent={extent} />
    </>
  );
}
