/**
 * # The area briefing: what the PDF says, as data
 *
 * "Download the briefing (PDF)" prints an area's page on two to four A4 pages: the headline and the
 * caveat, the life stages, every indicator with its value, England median, rank and level, what
 * drives the result, similar areas, the other areas of its county and region, and the sources with
 * the licence, and how the council ranked in each year of the series open-series (for a 2016
 * district, the council it is now part of, with the sentence saying so). This module lays that out
 * as headings, paragraphs, key–value rows, lists, tables and one rank chart of plain text and
 * numbers, built only from the API's own bodies (`areaResponse`, `explainResponse`,
 * `neighboursResponse`, `trendResponse` in responses.ts) and worded by the same helpers as the area
 * page, so the briefing and the page never disagree. src/server/briefingPdf.ts draws it with pdfkit.
 */
import type { AreaResponse, ExplainResponse, NeighboursResponse, TrendResponse } from '../contract/responses.js';
import { editionEntry, isEditionId } from '../edition/catalogue.js';
import { levelChoice, listAnd } from '../method/vocabulary.js';
import { CAVEAT, OGL_NAME, OGL_URL } from '../report/attribution.js';
import { topDrivers } from '../report/drivers.js';
import { formatIndicatorValue } from '../report/formatValue.js';
import { stageCoveragePhrase } from '../report/indicatorWords.js';
import { formatNumber, formatSigned, placesPhrase } from '../report/numberWords.js';
import { rankText, tiePhrase } from '../report/rankText.js';
import { TREND_NOTE, trendNoteIds } from '../report/trendNotes.js';

export interface BriefingColumn {
  header: string;
  /** Right-aligned. */
  numeric?: boolean;
  /** Share of the table's width (the shares of a table add up to 1). */
  width: number;
}

export interface BriefingTable {
  caption: string;
  columns: BriefingColumn[];
  rows: string[][];
  /** A last row set apart (a total). */
  foot?: string[];
}

/** A small line chart of one rank by year: rank 1 at the top, the axis running to `of`. */
export interface BriefingRankChart {
  caption: string;
  points: Array<{ year: number; rank: number | null }>;
  /** The number of areas ranked each year: the foot of the rank axis. */
  of: number;
}

export type BriefingBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'rankChart'; chart: BriefingRankChart }
  | { kind: 'paragraph'; text: string; style: 'lead' | 'caveat' | 'body' | 'note' }
  | { kind: 'facts'; rows: Array<[key: string, value: string]> }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: BriefingTable };

export interface Briefing {
  /** The area's name: the first page's title and the document's. */
  title: string;
  subtitle: string;
  blocks: BriefingBlock[];
  /** The line at the foot of every page. */
  footer: string;
  /** The download's file name. */
  filename: string;
}

/**
 * What the briefing is made of: the area's profile and, for a ranked area, its explanation and
 * similar areas; and the trend of its council of 2025 over the series (the trend route's body), null
 * where there is none.
 */
export interface BriefingInputs {
  profile: AreaResponse;
  explained: ExplainResponse | null;
  similar: { indicators: NeighboursResponse; context: NeighboursResponse } | null;
  trend: TrendResponse | null;
}

/** "no data" for a missing value, else the value in its unit (as the area page writes it). */
function value(amount: number | null, unit: string): string {
  return amount === null ? 'no data' : formatIndicatorValue(amount, unit);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function classWords(areaClass: string | null): string {
  return areaClass === 'hotspot' || areaClass === 'coldspot' || areaClass === 'neither' ? areaClass : 'not ranked';
}

function editionWords(edition: string): string {
  return isEditionId(edition) ? editionEntry(edition).label : edition;
}

function summary(profile: AreaResponse): BriefingBlock {
  const rows: Array<[string, string]> = [
    ['Overall rank', `${rankText(profile.overall.rank, profile.rankedCount)}${tiePhrase(profile.overall.tie)}`],
    ['Class', `${capitalise(classWords(profile.overall.class))}${profile.overall.decilePhrase === null ? '' : ` (${profile.overall.decilePhrase})`}`],
  ];
  if (profile.rankInterval !== null && profile.method === null) rows.push(['How sure', profile.rankInterval.sentence]);
  rows.push(['Where', `${profile.type}, ${profile.county === null ? '' : `${profile.county}, `}${profile.region}`]);
  rows.push(['Rural-urban class', profile.ruralUrban]);
  if (profile.successor !== null) rows.push(['Council today', `Since its reorganisation, part of ${profile.successor.name} (${profile.successor.code}).`]);
  if (profile.predecessorCodes.length > 0) rows.push(['Formed from', profile.predecessorCodes.join(', ')]);
  if (profile.unrankedReason !== null) rows.push(['Not ranked because', profile.unrankedReason]);
  return { kind: 'facts', rows };
}

function stages(profile: AreaResponse): BriefingBlock[] {
  return [
    { kind: 'heading', text: 'Life stages' },
    {
      kind: 'table',
      table: {
        caption: `${profile.name}'s rank in each life stage`,
        columns: [
          { header: 'Life stage', width: 0.3 },
          { header: 'Rank', numeric: true, width: 0.45 },
          { header: 'Among all areas', width: 0.25 },
        ],
        rows: profile.stages.map((stage) => [
          stage.label,
          `${rankText(stage.rank, profile.rankedCount)}${tiePhrase(stage.tie)}${stage.thin && stage.rank !== null ? ` (${stageCoveragePhrase(stage)}: a rank on so few says little)` : ''}`,
          stage.decilePhrase ?? '—',
        ]),
      },
    },
  ];
}

function standings(profile: AreaResponse): BriefingBlock[] {
  const line = (item: AreaResponse['strongest'][number]) => `${item.label}: ${rankText(item.rank, item.rankOf, item.tied)}`;
  return [
    { kind: 'heading', text: 'Strongest indicators' },
    { kind: 'list', items: profile.strongest.map(line) },
    { kind: 'heading', text: 'Weakest indicators' },
    { kind: 'list', items: profile.weakest.map(line) },
  ];
}

function indicators(profile: AreaResponse): BriefingBlock[] {
  return [
    { kind: 'heading', text: 'Every indicator' },
    {
      kind: 'paragraph',
      style: 'note',
      text: "Rank 1 is the best. The level says how close the value is to the Commission's own measure: Exact, County value, Estimated, Stand-in, County stand-in or No data.",
    },
    {
      kind: 'table',
      table: {
        caption: `${profile.name}'s ${profile.indicators.length} indicators`,
        columns: [
          { header: 'Indicator', width: 0.46 },
          { header: 'Value', numeric: true, width: 0.12 },
          { header: 'England median', numeric: true, width: 0.13 },
          { header: 'Rank', numeric: true, width: 0.14 },
          { header: 'Level', width: 0.15 },
        ],
        rows: profile.indicators.map((indicator) => [
          `${indicator.number === null ? '' : `${indicator.number}. `}${indicator.label}${indicator.direction === 'lower' ? ' (lower is better)' : ''}`,
          value(indicator.value, indicator.unit),
          value(indicator.median, indicator.unit),
          indicator.rank === null ? '—' : rankText(indicator.rank, indicator.rankOf, indicator.tie !== null),
          levelChoice(indicator.level).badge,
        ]),
      },
    },
  ];
}

function drivers(explained: ExplainResponse): BriefingBlock[] {
  const { costs, gains } = topDrivers(explained.drivers);
  const log = explained.scale === 'log';
  const total = Object.values(explained.contributions).reduce((sum, amount) => sum + amount, 0);
  const medianNames = listAnd(explained.medianAreas.map((area) => `${area.name} (${rankText(area.rank, null)})`));
  return [
    { kind: 'heading', text: 'What drives this result?' },
    { kind: 'paragraph', style: 'body', text: `What costs ${explained.name} the most places:` },
    { kind: 'list', items: costs.length === 0 ? [`No indicator costs ${explained.name} a place.`] : costs.map((driver) => driver.sentence) },
    { kind: 'paragraph', style: 'body', text: 'What gains it the most places:' },
    { kind: 'list', items: gains.length === 0 ? [`No indicator gains ${explained.name} a place.`] : gains.map((driver) => driver.sentence) },
    {
      kind: 'paragraph',
      style: 'note',
      text:
        `Each indicator's contribution is its stage's weight × its weight within the stage × its standardised score, so the contributions add up to ${explained.name}'s ` +
        `${log ? 'score on a log scale (the method takes a geometric mean)' : 'score'}, ${formatSigned(total)}. The gap to the median area — ${medianNames}, score ` +
        `${formatSigned(explained.medianScore)}${explained.medianAreas.length > 1 ? ' on average' : ''} — is split the same way and adds up to ${formatSigned(explained.gap)}. ` +
        'Places say how far the rank would move if that one value were the England median; they do not add up.',
    },
    {
      kind: 'table',
      table: {
        caption: `Contribution of each indicator to ${explained.name}'s score and to its gap to the median area`,
        columns: [
          { header: 'Indicator', width: 0.4 },
          { header: 'Value (England median)', numeric: true, width: 0.17 },
          { header: 'Contribution', numeric: true, width: 0.12 },
          { header: 'Gap to the median area', numeric: true, width: 0.12 },
          { header: 'If it were the England median', width: 0.19 },
        ],
        rows: explained.drivers.map((driver) => [
          `${driver.stageLabel}: ${driver.label}`,
          `${value(driver.value, driver.unit)} (${value(driver.median, driver.unit)})`,
          formatSigned(driver.contribution),
          formatSigned(driver.gap),
          `${placesPhrase(driver.places)}${driver.rankAtMedian !== null && driver.places !== 0 ? ` (would rank ${rankText(driver.rankAtMedian, null)})` : ''}`,
        ]),
        foot: [`Total ${log ? '(log of the score)' : '(the score)'}`, '', formatSigned(total), formatSigned(explained.gap), `${rankText(explained.overall.rank, explained.rankedCount)} now`],
      },
    },
  ];
}

function similar(name: string, lists: NonNullable<BriefingInputs['similar']>): BriefingBlock[] {
  const items = (report: NeighboursResponse) => report.neighbours.map((neighbour) => `${neighbour.name} (${neighbour.code}): distance ${formatNumber(neighbour.distance, 2)}`);
  return [
    { kind: 'heading', text: 'Similar areas' },
    {
      kind: 'paragraph',
      style: 'note',
      text: 'The distance measures how far apart two areas are over the measures used, each scaled to the same spread across England: 0 would be identical, and the smaller it is, the more alike they are.',
    },
    { kind: 'paragraph', style: 'body', text: `Most like ${name} on the indicators (over every indicator of the index):` },
    { kind: 'list', items: items(lists.indicators) },
    {
      kind: 'paragraph',
      style: 'body',
      text: `Most like ${name} in context (deprivation, the rural-urban class, being in the same region and being on the coast):`,
    },
    { kind: 'list', items: items(lists.context) },
  ];
}

/**
 * "Over time": the council's overall and life-stage ranks in each year of the series, as a table
 * with the years across and as a line chart of the overall rank, with the notes on comparing ranks
 * over time that apply (always that ranks are relative, and that carried values do not move).
 */
function overTime(profile: AreaResponse, trend: TrendResponse): BriefingBlock[] {
  const years = trend.years;
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  const of = Math.max(...years.map((year) => year.rankedCount));
  const ranks = (pick: (year: TrendResponse['years'][number]) => number | null) => years.map((year) => rankText(pick(year), null));
  const stageRows = (years[0]?.stages ?? []).map((stage) => [`${stage.label} rank`, ...ranks((year) => year.stages.find((each) => each.id === stage.id)?.rank ?? null)]);
  const notes = [...new Set<keyof typeof TREND_NOTE>(['relative', 'carried', ...trendNoteIds(trend)])].map((id) => TREND_NOTE[id]);
  const blocks: BriefingBlock[] = [{ kind: 'heading', text: `Over time: ${trend.name}, ${first} to ${last}` }];
  if (trend.resolution !== null) blocks.push({ kind: 'paragraph', style: 'body', text: trend.resolution });
  blocks.push({
    kind: 'paragraph',
    style: 'body',
    text: `${trend.name}'s rank among the ${of} councils of 2025 in each year of the series open-series: the same method and indicators every year${profile.method === null ? '' : ", under the series' own method (not the changed method of the rest of this briefing)"}.`,
  });
  blocks.push({
    kind: 'table',
    table: {
      caption: `${trend.name}'s ranks by year (1 = best of ${of})`,
      columns: [{ header: 'Year', width: 0.2 }, ...years.map((year) => ({ header: String(year.year), numeric: true, width: 0.08 }))],
      rows: [['Overall rank', ...ranks((year) => year.overall.rank)], ...stageRows],
    },
  });
  blocks.push({ kind: 'rankChart', chart: { caption: `${trend.name}'s overall rank by year (rank 1 at the top)`, points: years.map((year) => ({ year: year.year, rank: year.overall.rank })), of } });
  blocks.push({ kind: 'list', items: notes });
  return blocks;
}

function peers(profile: AreaResponse): BriefingBlock[] {
  const line = (peer: AreaResponse['context']['county'][number]) =>
    `${peer.name}: ${rankText(peer.rank, profile.rankedCount)}${peer.class === 'hotspot' || peer.class === 'coldspot' ? `, ${peer.class}` : ''}`;
  const out: BriefingBlock[] = [];
  if (profile.context.county.length > 0) {
    out.push({ kind: 'heading', text: profile.county === null ? 'Its county' : `Other areas of ${profile.county}` }, { kind: 'paragraph', style: 'body', text: profile.context.county.map(line).join('; ') + '.' });
  }
  if (profile.context.region.length > 0) {
    out.push({ kind: 'heading', text: `Other areas of ${profile.region}` }, { kind: 'paragraph', style: 'body', text: profile.context.region.map(line).join('; ') + '.' });
  }
  return out;
}

/** The sources of the edition and, when the briefing shows the trend, of the years of the series too (each statement once). */
function sources(profile: AreaResponse, trend: TrendResponse | null): BriefingBlock[] {
  return [
    { kind: 'heading', text: 'Sources and licence' },
    { kind: 'list', items: [...new Set([...profile.attribution.statements, ...(trend?.attribution.statements ?? [])])] },
    { kind: 'paragraph', style: 'body', text: `The data are used under the ${OGL_NAME}: ${OGL_URL}` },
    { kind: 'paragraph', style: 'note', text: `${CAVEAT.text} The limits of the open editions are set out on the explorer's method page (${CAVEAT.limitsPath}) and in the ${CAVEAT.readme}.` },
  ];
}

/** The briefing of an area: everything the PDF says, in order (see the module comment). */
export function briefingContent({ profile, explained, similar: lists, trend }: BriefingInputs): Briefing {
  const blocks: BriefingBlock[] = [{ kind: 'paragraph', style: 'lead', text: profile.headline }, { kind: 'paragraph', style: 'caveat', text: CAVEAT.text }];
  if (profile.method !== null) {
    blocks.push({ kind: 'paragraph', style: 'caveat', text: `Ranked with a changed method (${profile.method.id}): every rank of this briefing is under it, not under the edition's own method.` });
  }
  blocks.push(summary(profile), ...stages(profile), ...standings(profile));
  if (explained !== null) blocks.push(...drivers(explained));
  blocks.push(...indicators(profile));
  if (trend !== null) blocks.push(...overTime(profile, trend));
  if (lists !== null) blocks.push(...similar(profile.name, lists));
  blocks.push(...peers(profile), ...sources(profile, trend));
  return {
    title: profile.name,
    subtitle: `Social Mobility Index briefing: ${profile.code}, ${editionWords(profile.edition)}`,
    blocks,
    footer: `${profile.name} (${profile.code}), ${profile.edition}. ${CAVEAT.text}`,
    filename: `smi-${profile.edition}-${profile.code}-briefing.pdf`,
  };
}
