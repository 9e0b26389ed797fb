/**
 * `smi uncertainty`: Monte Carlo uncertainty and sensitivity of the ranks (src/analysis/uncertainty.ts).
 * Draws weights, normalisation, aggregation, published sampling error and the data (stand-in and
 * county-wide indicators left out, the small-area adjustment on or off) around the method, and
 * reports each area's median rank, 90% interval and chance of being a hotspot or coldspot, and the
 * share of rank variance each varied assumption explains.
 */
import type { Command } from 'commander';
import { uncertainty, type AreaUncertainty, type UncertaintyResult } from '../../analysis/uncertainty.js';
import { editionUncertaintyInputs } from '../../analysis/uncertainty/input.js';
import { uncertaintyResponse } from '../../views/responses.js';
import { parseUncertaintySettings } from '../../method/parameters.js';
import { ASSUMPTION, UNCERTAINTY, idsOf } from '../../method/vocabulary.js';
import { attributionText } from '../../report/attribution.js';
import { groupedWhole } from '../../report/formatValue.js';
import { chanceText, intervalText, intervalWidth, wholeRank } from '../../report/uncertaintyWords.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable, type Column } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

interface UncertaintyFlags extends SourceFlags, FormatFlag {
  runs?: string;
  seed?: string;
  concentration?: string;
  omit?: string;
  vary?: string;
}

export function registerUncertainty(program: Command, io: Io): void {
  const command = program
    .command('uncertainty')
    .description('How sure is each rank? Reruns the index with weights, normalisation, aggregation, sampling error and the data (stand-in indicators left out, the small-area adjustment on or off) drawn at random; reports each area\'s median rank, 5th–95th percentile interval and chance of being a hotspot or coldspot, and what drives the variation.')
    .option('--runs <n>', `${UNCERTAINTY.runs.description} (default: ${UNCERTAINTY.runs.default})`)
    .option('--seed <s>', `${UNCERTAINTY.seed.description} (default: ${UNCERTAINTY.seed.default})`)
    .option('--concentration <c>', `${UNCERTAINTY.concentration.description} (default: ${UNCERTAINTY.concentration.default})`)
    .option('--omit <p>', `${UNCERTAINTY.omit.description} (default: ${UNCERTAINTY.omit.default})`)
    .option('--vary <list>', `what to vary, comma-separated: ${idsOf(ASSUMPTION).join(',')}, or none (default: all)`);
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: UncertaintyFlags) => {
    // check every flag before loading anything
    const { runs, seed, concentration, omit, vary } = parseUncertaintySettings(flags);
    const scored = await loadScored(flags, io.env);
    const areas = editionUncertaintyInputs(scored.edition.areas);
    const bar = progressBar(io);
    const result = uncertainty(scored.method, areas, { runs, seed, concentration, omit, vary, onProgress: bar?.update });
    bar?.done();
    const attribution = attributionText(scored.edition);
    if (flags.format === 'json') {
      io.out(formatJson(uncertaintyResponse(scored, scored.method.id, result)));
      return;
    }
    const rows = sortedByRank(result.areas);
    if (flags.format === 'csv') {
      io.out(formatCsv(
        ['code', 'name', 'rank', 'median_rank', 'p05', 'p95', 'p_hotspot', 'p_coldspot'],
        rows.map((a) => [a.code, a.name, a.rank, a.medianRank, a.p05, a.p95, a.pHotspot, a.pColdspot]),
      ));
      io.err(`${attribution}\n`);
      return;
    }
    io.out(renderTable(result, rows, scored.edition.label));
    io.out(`\n${attribution}\n`);
  });
}

function sortedByRank(areas: readonly AreaUncertainty[]): AreaUncertainty[] {
  return [...areas].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

const percent = (p: number | null): string => (p === null ? '–' : chanceText(p));
const rankText = (r: number | null): string => (r === null ? '–' : String(wholeRank(r)));

export function renderTable(result: UncertaintyResult, rows: readonly AreaUncertainty[], editionLabel: string): string {
  const { runs, rankedCount: n, hotspotCount: h } = result;
  const lines: string[] = [];
  const varied = result.vary.length === 0 ? 'nothing (every interval is the point rank)' : result.vary.join(', ');
  lines.push(`${editionLabel}: ${groupedWhole(runs)} Monte Carlo runs (seed ${result.seed}, concentration ${result.concentration}), varying ${varied}.`);
  lines.push(`Ranks out of ${n}, 1 = best; hotspots are ranks 1–${h}, coldspots ${n - h + 1}–${n}. "90% interval": the 5th to 95th percentile of the rank over the runs, rounded outward to whole ranks.`, '');
  const columns: Column<AreaUncertainty>[] = [
    { header: 'Rank', cell: (a) => a.rank, align: 'right' },
    { header: 'Area', cell: (a) => a.name },
    { header: 'Median', cell: (a) => rankText(a.medianRank), align: 'right' },
    { header: '90% interval', cell: (a) => (a.p05 === null || a.p95 === null ? null : intervalText(a.p05, a.p95)), align: 'right' },
    { header: 'P(hotspot)', cell: (a) => percent(a.pHotspot), align: 'right' },
    { header: 'P(coldspot)', cell: (a) => percent(a.pColdspot), align: 'right' },
  ];
  lines.push(formatTable(columns, rows).trimEnd(), '');
  const ranked = rows.filter((a) => a.rank !== null);
  const sureHot = ranked.filter((a) => (a.pHotspot ?? 0) >= 0.95).length;
  const sureCold = ranked.filter((a) => (a.pColdspot ?? 0) >= 0.95).length;
  const pointHot = ranked.filter((a) => (a.rank ?? Infinity) <= h).length;
  const pointCold = ranked.filter((a) => (a.rank ?? 0) > n - h).length;
  const widths = ranked.map((a) => intervalWidth(a.p05 ?? 0, a.p95 ?? 0)).sort((a, b) => a - b);
  const medianWidth = widths.length === 0 ? 0 : widths[Math.floor((widths.length - 1) / 2)]!;
  lines.push(
    `Summary: ${sureHot} of the ${pointHot} hotspots are hotspots in at least 95% of runs, and ${sureCold} of the ${pointCold} coldspots are coldspots in at least 95% of runs; ` +
      `the median width of the 90% interval is ${medianWidth} places.`,
  );
  if (result.vary.length > 0) {
    const shares = result.vary.map((a) => {
      const s = result.sensitivity[a];
      return `${a} ${s === null || s === undefined ? 'n/a (too few runs)' : `${Math.round(100 * s)}%`}`;
    });
    lines.push(`Share of rank variance explained by each assumption alone (mean over areas; first-order, interactions not counted): ${shares.join(', ')}.`);
  }
  if (result.vary.includes('data')) {
    const adjusted = result.unadjustedValues > 0 ? `; the small-area adjustment of ${result.unadjustedValues} values is switched off in about half the runs` : '';
    lines.push(
      result.dataIndicators.length === 0 && result.unadjustedValues === 0
        ? 'Data: every value is the measure itself, so data adds no variation.'
        : `Data: each of ${result.dataIndicators.length} stand-in or county-wide indicators (${result.dataIndicators.join(', ')}) is left out of a run with probability ${result.omit}${adjusted}.`,
    );
  }
  if (result.vary.includes('sampling') && result.sampledValues === 0) {
    lines.push('Sampling: no value in this edition is published with a confidence interval, so sampling adds no variation.');
  } else if (result.vary.includes('sampling')) {
    lines.push(`Sampling: ${result.sampledValues} values (${result.sampledIndicators.join(', ')}) are drawn within their published 95% confidence intervals.`);
  }
  return `${lines.join('\n')}\n`;
}

/** A progress bar on stderr, only when stderr is a terminal (as the Io says): redrawn in place, erased when done. */
function progressBar(io: Io): { update: (done: number, total: number) => void; done: () => void } | null {
  if (!io.errIsTerminal) return null;
  const width = 30;
  return {
    update: (done, total) => {
      const filled = Math.round((width * done) / total);
      io.err(`\rsmi: ${'#'.repeat(filled)}${'.'.repeat(width - filled)} ${groupedWhole(done)}/${groupedWhole(total)} runs`);
    },
    done: () => io.err(`\r${' '.repeat(width + 40)}\r`),
  };
}
