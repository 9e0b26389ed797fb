/**
 * The results of the uncertainty analysis: how many hotspots and coldspots keep their class, the
 * share of rank variance each varied assumption explains (in words and a bar each), and a table
 * of areas by point rank with the median rank, the 90% interval, P(hotspot), P(coldspot) and a
 * whisker of the interval, filtered by region or name and shown a page at a time.
 */
import type { UncertaintyResult } from '../../../../src/analysis/uncertainty.js';
import { editionUrl } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { ImageDownloads } from '../../components/ImageDownloads.js';
import { cellText, rowHeaderText, tableChartRows } from '../../image/chartImage.js';
import { CAVEAT } from '../../../../src/report/attribution.js';
import { Link } from '../../components/Link.js';
import { RankWhisker } from '../../components/RankWhisker.js';
import { ShareBar } from '../../components/ShareBar.js';
import { formatNumber, formatShare, ordinal } from '../../format.js';
import { areaHref, DEFAULT_EDITION, href, updateQuery, type Route } from '../../state/url.js';
import type { ExportedArea } from '../../types.js';
import { chanceText, intervalText, intervalWidth, wholeRank } from '../../../../src/report/uncertaintyWords.js';
import { ASSUMPTION_TEXT, cliCommand, settingsQuery, type Assumption, type UncertaintySettings } from './params.js';
import { SheetDownloads } from '../../components/SheetDownloads.js';

const PAGE_SIZE = 25;


interface Props {
  route: Route;
  result: UncertaintyResult;
  /** The edition's areas, in the order the analysis was given them. */
  areas: readonly ExportedArea[];
  settings: UncertaintySettings;
}

/** A median rank as a whole rank (src/report/uncertaintyWords.ts). */
export function formatQuantile(value: number | null): string {
  return value === null ? '—' : String(wholeRank(value));
}

/** A sensitivity share in words ("about 46%"); null when there were too few runs. */
function shareText(share: number | null): string {
  return share === null ? 'too few runs to estimate' : `about ${formatShare(Math.max(0, share))}`;
}

/** A probability as a share of the runs ("more than 99% of runs"). */
function runsText(probability: number | null): string {
  return probability === null ? '—' : `${chanceText(probability)} of runs`;
}

/** What the data assumption drew, for its row of the table. */
function dataHint(result: UncertaintyResult): string {
  const indicators = result.dataIndicators.length;
  if (indicators === 0 && result.unadjustedValues === 0) return 'every value is the measure itself: nothing to leave out';
  const left = `each of ${indicators} stand-in or county-wide indicators left out with probability ${result.omit}`;
  return result.unadjustedValues > 0 ? `${left}; the small-area adjustment of ${result.unadjustedValues} values off in about half the runs` : left;
}

/** The median of a list of numbers (0 for none). */
function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function UncertaintyResults({ route, result, areas, settings }: Props) {
  const rows = result.areas.map((entry, index) => ({ ...entry, region: areas[index]?.region ?? '' }));
  const ranked = rows.filter((row) => row.rank !== null);
  const n = result.rankedCount;
  const h = result.hotspotCount;
  const hotspots = ranked.filter((row) => (row.rank ?? 0) <= h);
  const coldspots = ranked.filter((row) => (row.rank ?? 0) > n - h);
  const sureHot = hotspots.filter((row) => (row.pHotspot ?? 0) >= 0.95).length;
  const sureCold = coldspots.filter((row) => (row.pColdspot ?? 0) >= 0.95).length;
  const width = medianOf(ranked.map((row) => intervalWidth(row.p05 ?? 0, row.p95 ?? 0)));

  const strongest = result.vary.reduce<{ assumption: Assumption; share: number } | null>((best, assumption) => {
    const share = result.sensitivity[assumption] ?? null;
    return share !== null && share > (best?.share ?? 0) ? { assumption, share } : best;
  }, null);

  const region = route.params.get('region') ?? '';
  const q = (route.params.get('q') ?? '').trim().toLowerCase();
  const regions = [...new Set(rows.map((row) => row.region).filter((name) => name !== ''))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const filtered = rows
    .filter((row) => (region === '' || row.region === region) && (q === '' || row.name.toLowerCase().includes(q) || row.code.toLowerCase() === q))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'en-GB'));
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(route.params.get('page')) || 1));
  const shown = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pageHref = (p: number): string => href('/uncertainty', { ...Object.fromEntries(route.params), page: p === 1 ? null : String(p) });
  const apiQuery = { ...settingsQuery(settings), runs: String(settings.runs), seed: String(settings.seed) };
  const apiHref = editionUrl(route.edition, '/uncertainty', apiQuery);

  return (
    <>
      <h2>What the runs say</h2>
      <p id="uncertainty-summary">
        {sureHot} of the {hotspots.length} hotspots and {sureCold} of the {coldspots.length} coldspots keep their class in at least 95% of the{' '}
        {result.runs.toLocaleString('en-GB')} runs. Half of the areas have a 90% interval narrower than {formatNumber(width, 1)} places (ends rounded outward to whole ranks).
      </p>

      <h2>Which choice moves the ranks most</h2>
      <p>
        The share of the variation in ranks between runs that each varied assumption explains on its own, averaged over the areas.
        {strongest !== null && ` ${ASSUMPTION_TEXT[strongest.assumption].label} explain${strongest.assumption === 'weights' ? '' : 's'} the most: about ${formatShare(strongest.share)}.`}
      </p>
      {result.vary.length === 0 ? (
        <p>Nothing was varied, so every interval is the point rank itself.</p>
      ) : (
        <DataTable
          id="sensitivity"
          class="narrow"
          caption="Share of the variation in ranks each assumption explains"
          rows={result.vary}
          rowKey={(assumption) => assumption}
          rowAttributes={(assumption) => ({ 'data-assumption': assumption })}
          columns={[
            {
              key: 'assumption',
              header: 'Assumption',
              rowHeader: true,
              cell: (assumption) => (
                <>
                  {ASSUMPTION_TEXT[assumption].label}
                  {assumption === 'sampling' && result.sampledValues === 0 && <span class="hint"> (no value in this edition has a published confidence interval)</span>}
                  {assumption === 'sampling' && result.sampledValues > 0 && <span class="hint"> ({result.sampledValues} values drawn within their intervals)</span>}
                  {assumption === 'data' && <span class="hint"> ({dataHint(result)})</span>}
                </>
              ),
            },
            { key: 'share', header: 'Share', numeric: true, cell: (assumption) => shareText(result.sensitivity[assumption] ?? null) },
            { key: 'chart', header: 'Chart', cell: (assumption) => <ShareBar share={result.sensitivity[assumption] ?? null} /> },
          ]}
        />
      )}
      {result.vary.length > 0 && (
        <ImageDownloads
          name={`smi-uncertainty-sensitivity-seed-${result.seed}`}
          what="the chart of the assumptions"
          image={() => {
            const table = document.getElementById('sensitivity');
            const rows = table === null ? [] : tableChartRows(table, 'svg.share-bar', (row) => `${rowHeaderText(row)}: ${cellText(row.cells[1])}`);
            if (rows.length === 0) return null;
            return {
              title: `Share of the variation in ranks each assumption explains (${result.runs.toLocaleString('en-GB')} runs, seed ${result.seed})`,
              chart: { rows },
              notes: ['Each share counts one assumption alone, so the shares are lower bounds and need not add up to 100%.', CAVEAT.text],
            };
          }}
        />
      )}
      <p class="hint">
        Each share counts one assumption alone: effects that depend on another choice (the weights matter differently under another normalisation) are left
        out, and for weights and sampling only the straight-line part is counted, so the shares are lower bounds and need not add up to 100%.
      </p>

      <h2>Every area's rank interval</h2>
      <p class="chart-key">
        In the chart, the black bar runs from the 5th to the 95th percentile rank (the 90% interval), the blue dot is the median rank and the orange tick the
        rank under the method itself; 1st is on the left, {ordinal(n)} on the right.
      </p>
      <form class="controls" role="search" aria-label="Filter the areas" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="uncertainty-q">Search by name</label>
          <input id="uncertainty-q" type="search" autocomplete="off" value={route.params.get('q') ?? ''} onInput={(event) => updateQuery({ q: event.currentTarget.value, page: null }, { replace: true })} />
        </div>
        <div class="field">
          <label for="uncertainty-region">Region</label>
          <select id="uncertainty-region" value={region} onChange={(event) => updateQuery({ region: event.currentTarget.value, page: null })}>
            <option value="">All</option>
            {regions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <DataTable
        id="uncertainty-table"
        caption={`Rank intervals over ${result.runs.toLocaleString('en-GB')} runs (seed ${result.seed}), by rank under the method${
          filtered.length < rows.length ? `: ${filtered.length} of ${rows.length} areas` : ''
        }${pages > 1 ? `, page ${page} of ${pages}` : ''}`}
        rows={shown}
        rowKey={(row) => row.code}
        rowAttributes={(row) => ({ 'data-code': row.code, 'data-median': row.medianRank ?? '', 'data-p05': row.p05 ?? '', 'data-p95': row.p95 ?? '' })}
        columns={[
          { key: 'rank', header: 'Rank', numeric: true, cell: (row) => (row.rank === null ? 'not ranked' : ordinal(row.rank)) },
          { key: 'area', header: 'Area', rowHeader: true, cell: (row) => <Link href={areaHref(row.code, route.edition)}>{row.name}</Link> },
          { key: 'median', header: 'Median rank', numeric: true, cell: (row) => formatQuantile(row.medianRank) },
          { key: 'interval', header: '90% interval', numeric: true, cell: (row) => (row.p05 === null ? '—' : intervalText(row.p05, row.p95 ?? row.p05)) },
          { key: 'hotspot', header: 'Hotspot in', numeric: true, cell: (row) => runsText(row.pHotspot) },
          { key: 'coldspot', header: 'Coldspot in', numeric: true, cell: (row) => runsText(row.pColdspot) },
          {
            key: 'chart',
            header: 'Interval chart',
            cell: (row) =>
              row.rank !== null && row.medianRank !== null && row.p05 !== null && row.p95 !== null && <RankWhisker rank={row.rank} median={row.medianRank} p05={row.p05} p95={row.p95} n={n} />,
          },
        ]}
        after={filtered.length === 0 && <p>No area matches. Try another search or region.</p>}
      />
      <ImageDownloads
        name={`smi-uncertainty-intervals-seed-${result.seed}-page-${page}`}
        what="the interval chart of the areas shown"
        image={() => {
          const table = document.getElementById('uncertainty-table');
          const rows = table === null ? [] : tableChartRows(table, 'svg.rank-whisker', (row) => `${cellText(row.cells[0])} ${rowHeaderText(row)}: 90% interval ${cellText(row.cells[3])}`);
          if (rows.length === 0) return null;
          return {
            title: `Rank intervals over ${result.runs.toLocaleString('en-GB')} runs (seed ${result.seed})${pages > 1 ? `, page ${page} of ${pages}` : ''}`,
            chart: { rows },
            notes: ['The bar runs from the 5th to the 95th percentile rank, the dot is the median rank and the orange tick the rank under the method; 1st is on the left.', CAVEAT.text],
          };
        }}
      />
      {pages > 1 && (
        <nav aria-label="Pages of the table">
          <ul class="pager">
            {page > 1 && (
              <li>
                <Link href={pageHref(page - 1)}>Previous page</Link>
              </li>
            )}
            <li>
              Page {page} of {pages}
            </li>
            {page < pages && (
              <li>
                <Link href={pageHref(page + 1)}>Next page</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <p class="inset">
        The same numbers come from the command line, <code>{cliCommand(settings, route.edition, DEFAULT_EDITION)}</code>, and from the API,{' '}
        <a href={apiHref}>{apiHref}</a>: the Web Worker runs the same code as the server, so the same seed gives the same result.
      </p>
      <SheetDownloads edition={route.edition} path="/uncertainty" query={apiQuery} lead="Download every area's results (the same runs, computed by the server)" id="uncertainty-downloads" />
    </>
  );
}
