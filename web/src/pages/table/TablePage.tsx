/**
 * The league table: every area's overall and life-stage ranks, filtered, searched and sorted on
 * the server (the same query downloads the same rows as CSV or XLSX). URL parameters: `edition`,
 * `sort` (rank | name | a stage id), `order` (ascending | descending), `region`, `county`, `rural_urban`,
 * `class`, `coast` (coastal | inland), `q`, `since` (on the 2025 councils: a column of each area's
 * change in overall rank since that year of the series, and `sort=change`; the year control there
 * switches `edition` between the years of the series), and the
 * method choices `weights`, `normalise`, `aggregate`, `missing` ("Change the method"; see /shift for the
 * moves), which the links to the areas carry.
 */
import { useMemo } from 'preact/hooks';
import { editionUrl, useApi } from '../../api.js';
import { Caveat } from '../../components/Caveat.js';
import { DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { MethodPanel } from './MethodPanel.js';
import { ValueDownloads } from '../../components/ValueDownloads.js';
import { OverTimeNote } from '../../components/OverTimeNote.js';
import { Pending } from '../../components/Status.js';
import { capitalise, classLabel, formatRank, ordinal } from '../../format.js';
import { useReportAttribution } from '../../state/attribution.js';
import { describeMethod, hasMethodChoices, methodQuery } from '../../state/methodChoices.js';
import { areaHref, href, updateQuery, type Route } from '../../state/url.js';
import type { LeagueRow, LeagueTableResponse, MethodResponse } from '../../types.js';
import { COAST, idsOf, type SortOrder } from '../../../../src/method/vocabulary.js';
import { isEditionId, yearsBefore } from '../../../../src/edition/catalogue.js';
import { YearOptions, YearSelect } from '../../components/YearSelect.js';
import { useTitle } from '../useTitle.js';
import { SheetDownloads } from '../../components/SheetDownloads.js';

export const TABLE_FILTERS = ['region', 'county', 'rural_urban', 'class', 'coast'] as const;

/** The API query of the table as the URL states it (also the query of the downloads). */
export function tableQuery(params: URLSearchParams): Record<string, string | null> {
  return {
    sort: params.get('sort'),
    region: params.get('region'),
    county: params.get('county'),
    rural_urban: params.get('rural_urban'),
    class: params.get('class'),
    coast: params.get('coast'),
    q: params.get('q'),
    order: params.get('order'),
    since: params.get('since'),
    ...methodQuery(params),
  };
}

export function TablePage({ route }: { route: Route }) {
  useTitle(route.title);
  const query = tableQuery(route.params);
  const sort = query.sort ?? 'rank';
  const order: SortOrder = query.order === 'descending' ? 'descending' : 'ascending';
  // the years of the series before this edition's, on the 2025 councils (where every year is on the same areas)
  const sinceYears: number[] = isEditionId(route.edition) ? yearsBefore(route.edition) : [];
  const since = query.since !== null && sinceYears.includes(Number(query.since)) ? Number(query.since) : null;
  const url = editionUrl(route.edition, '/areas', query);
  const table = useApi<LeagueTableResponse>(url);
  const everything = useApi<LeagueTableResponse>(editionUrl(route.edition, '/areas'));
  const method = useApi<MethodResponse>(editionUrl(route.edition, '/method'));
  useReportAttribution(table.data?.attribution ?? everything.data?.attribution);
  const stages = method.data?.stages ?? [];

  const options = useMemo(() => {
    const rows = everything.data?.rows ?? [];
    const distinct = (values: Array<string | null>): string[] =>
      [...new Set(values.filter((value): value is string => value !== null && value !== ''))].sort((a, b) => a.localeCompare(b, 'en-GB'));
    return {
      region: distinct(rows.map((row) => row.region)),
      county: distinct(rows.map((row) => row.county)),
      rural_urban: distinct(rows.map((row) => row.ruralUrban)),
    };
  }, [everything.data]);

  const setFilter = (key: string, value: string): void => updateQuery({ [key]: value === '' ? null : value });
  // A column's header sorts by it; pressing the header of the column already sorted by reverses the order.
  const onSort = (column: string): void => {
    const reverse = column === sort && order === 'ascending';
    updateQuery({ sort: column === 'rank' ? null : column, order: reverse ? 'descending' : null });
  };
  // The rows on screen stay while the next ones load (marked busy), so that the focus stays on the
  // header or control that asked for them.
  const shown = table.data;
  const current = shown !== null && table.url === url;
  const filtered = (['region', 'county', 'rural_urban', 'class', 'coast', 'q'] as const).some((key) => (query[key] ?? '') !== '');
  const changed = hasMethodChoices(route.params);
  const labels = new Map([...(method.data?.stages ?? []), ...(method.data?.indicators ?? [])].map((entry) => [entry.id, entry.label]));
  const methodParams = methodQuery(route.params);
  const sortLabel = sort === 'rank' ? 'overall rank' : sort === 'name' ? 'name' : sort === 'change' ? `change since ${since ?? ''}` : `${stages.find((stage) => stage.id === sort)?.label.toLowerCase() ?? sort} rank`;

  return (
    <>
      <h1>{route.title}</h1>
      <Caveat edition={route.edition} />
      <p class="lead">Every area ranked from best (1st) to worst. Sort by a life stage, narrow the list, and download what is shown.</p>
      <form class="controls filters" role="search" aria-label="Filter the league table" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="q">Search by name</label>
          <input
            id="q"
            name="q"
            type="search"
            autocomplete="off"
            value={query.q ?? ''}
            onInput={(event) => updateQuery({ q: event.currentTarget.value }, { replace: true })}
          />
        </div>
        <div class="field">
          <label for="sort">Sort by</label>
          <select id="sort" name="sort" value={sort} onChange={(event) => onSort(event.currentTarget.value)}>
            <option value="rank">Overall rank</option>
            <option value="name">Name</option>
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.label} rank
              </option>
            ))}
          </select>
        </div>
        <FilterSelect id="region" label="Region" value={query.region ?? null} options={options.region} onChange={setFilter} />
        <FilterSelect id="county" label="County" value={query.county ?? null} options={options.county} onChange={setFilter} />
        <FilterSelect id="rural_urban" label="Rural-urban class" value={query.rural_urban ?? null} options={options.rural_urban} onChange={setFilter} />
        <div class="field">
          <label for="order">Order</label>
          <select id="order" name="order" value={order} onChange={(event) => updateQuery({ order: event.currentTarget.value === 'descending' ? 'descending' : null })}>
            <option value="ascending">{sort === 'name' ? 'A to Z' : 'Best first'}</option>
            <option value="descending">{sort === 'name' ? 'Z to A' : 'Worst first'}</option>
          </select>
        </div>
        <FilterSelect id="class" label="Class" value={query.class ?? null} options={['hotspot', 'coldspot', 'neither']} onChange={setFilter} />
        <FilterSelect id="coast" label="Coast" value={query.coast ?? null} options={idsOf(COAST)} labels={COAST_LABELS} onChange={setFilter} />
        <YearSelect edition={route.edition} hint={false} />
        {sinceYears.length > 0 && (
          <div class="field">
            <label for="since">Change since</label>
            <select id="since" name="since" value={since === null ? '' : String(since)} onChange={(event) => updateQuery({ since: event.currentTarget.value === '' ? null : event.currentTarget.value, sort: event.currentTarget.value === '' && sort === 'change' ? null : (query.sort ?? null) })}>
              <option value="">No comparison</option>
              <YearOptions years={sinceYears} />
            </select>
          </div>
        )}
        {filtered && (
          <p class="clear-filters">
            <Link href={href('/table', { edition: route.edition, sort: query.sort, order: query.order, ...methodParams })}>Clear filters and search</Link>
          </p>
        )}
      </form>
      {method.data !== null && <MethodPanel method={method.data} params={route.params} />}
      {changed && (
        <div class="notice" id="method-notice">
          <p>
            <strong>Ranked with a changed method:</strong> {describeMethod(route.params, labels)}.
          </p>
          <p>
            <Link href={href('/shift', { edition: route.edition, ...methodParams })}>How far does each area move?</Link>
            {' · '}
            <Link href={href('/table', { edition: route.edition, sort: query.sort, order: query.order, region: query.region, county: query.county, rural_urban: query.rural_urban, class: query.class, coast: query.coast, q: query.q })}>
              Back to the edition's own method
            </Link>
          </p>
        </div>
      )}
      <div class="table-summary">
        <p role="status" id="table-count" aria-live="polite">
          {shown === null || !current ? 'Loading…' : `Showing ${shown.rows.length} of ${shown.total} areas`}
        </p>
        <SheetDownloads edition={route.edition} path="/areas" query={query} lead="Download what is shown" />
      </div>
      <ValueDownloads edition={route.edition} choices={methodParams} what="every value of the edition" id="values-downloads" />
      {since !== null && (
        <OverTimeNote id="change-note" edition={route.edition} />
      )}
      <Pending error={table.error} ready={shown !== null} what="the table" />
      {shown !== null && (
        <DataTable
          id="league-table"
          class="league-table"
          attributes={{ 'data-url': table.url ?? undefined }}
          busy={table.loading || !current}
          caption={`League table of ${route.edition}${changed ? ' with a changed method' : ''}, by ${sortLabel}${order === 'descending' ? (sort === 'name' ? ', Z to A' : ', worst first') : ''}`}
          sort={{ column: sort, order, onSort }}
          rows={shown.rows}
          rowKey={(row) => row.code}
          rowAttributes={(row) => ({ 'data-code': row.code })}
          columns={[
            { key: 'rank', header: 'Overall rank', numeric: true, sortable: true, cell: (row) => (row.overallRank === null ? 'not ranked' : ordinal(row.overallRank)) },
            { key: 'name', header: 'Area', rowHeader: true, sortable: true, cell: (row) => <Link href={areaHref(row.code, route.edition, methodParams)}>{row.name}</Link> },
            { key: 'region', header: 'Region', cell: (row) => row.region },
            { key: 'class', header: 'Class', cell: (row) => capitalise(classLabel(row.class)) },
            ...stages.map((stage) => ({ key: stage.id, header: stage.label, numeric: true, sortable: true, cell: (row: LeagueRow) => stageRank(row.stages[stage.id]) })),
            since !== null && { key: 'change', header: `Since ${since}`, numeric: true, sortable: true, cell: (row: LeagueRow) => changeText(row.change) },
          ]}
          after={shown.rows.length === 0 && <p>No area matches. Try fewer filters or another search.</p>}
        />
      )}
    </>
  );
}

/** "up 12 (from 140th)", "down 3 (from 20th)", "no change"; "—" without both ranks. */
function changeText(change: LeagueRow['change']): string {
  if (change === null || change.places === null || change.rank === null) return '—';
  if (change.places === 0) return 'no change';
  return `${change.places > 0 ? 'up' : 'down'} ${Math.abs(change.places)} (from ${ordinal(change.rank)})`;
}

/** A stage's rank, and when its score rests on fewer than half of the stage's indicators, on how many. */
function stageRank(stage: LeagueRow['stages'][string] | undefined) {
  const rank = formatRank(stage?.rank ?? null, null);
  if (stage === undefined || stage.rank === null || !stage.thin) return rank;
  return (
    <>
      {rank} <span class="hint thin-stage">(on {stage.indicatorsUsed} of {stage.indicatorsTotal} indicators)</span>
    </>
  );
}

/** How the coast filter's choices read. */
const COAST_LABELS: Readonly<Record<string, string>> = Object.fromEntries(COAST.choices.map((choice) => [choice.id, capitalise(choice.label)]));

interface FilterProps {
  id: string;
  label: string;
  value: string | null;
  options: string[];
  /** How each option reads, where that is not the option itself. */
  labels?: Readonly<Record<string, string>>;
  onChange: (key: string, value: string) => void;
}

function FilterSelect({ id, label, value, options, labels, onChange }: FilterProps) {
  const all = value !== null && value !== '' && !options.includes(value) ? [...options, value] : options;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={id} value={value ?? ''} onChange={(event) => onChange(id, event.currentTarget.value)}>
        <option value="">All</option>
        {all.map((option) => (
          <option key={option} value={option}>
            {labels?.[option] ?? (id === 'class' ? capitalise(option) : option)}
          </option>
        ))}
      </select>
    </div>
  );
}
