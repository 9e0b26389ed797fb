/**
 * Home: the map of the edition's areas coloured by decile of the chosen measure, its legend and
 * credit, and the same data as a sortable table (the text alternative). URL parameters:
 * `edition`, `layout` (map | hex), `measure` (overall, a stage id or an indicator id), `sort`
 * (rank | name, the table's column; change on the change measure) and `order` (ascending | descending), as on /table, and `coast`
 * (coastal | inland: the other areas are drawn faint and left out of the table). An older link's
 * `order=name` still sorts by name. "Go to an area" moves the map's focus to a named area.
 *
 * On the 2025 councils a year control switches between the years of the series, and
 * `measure=change` with `since=<year>` colours each council by the places it gained or lost since
 * then — the league table's change column, from the same function on the server — with the notes
 * on comparing ranks over time.
 *
 * The page fetches only what it draws: the mapped measure's standings (`…/map`) and the map's
 * paths, projected once on the server (`…/paths`). "Try other weights" (ReweightPanel) recomputes
 * in the page and hands back a view of the same shape.
 */
import { ChoicesNotice } from '../../components/ChoicesNotice.js';
import { hasMethodChoices, labelsOf, methodQuery, type MethodParams } from '../../state/methodChoices.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isEditionId, yearsBefore, type SeriesYear } from '../../../../src/edition/catalogue.js';
import { OverTimeNote } from '../../components/OverTimeNote.js';
import { YearOptions, YearSelect } from '../../components/YearSelect.js';
import { editionUrl, useApi } from '../../api.js';
import { Caveat } from '../../components/Caveat.js';
import { ImageDownloads } from '../../components/ImageDownloads.js';
import { EmbedCode } from '../../components/EmbedCode.js';
import { mapImage } from './mapImage.js';
import { DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { LoadError, Loading, firstError } from '../../components/Status.js';
import { decileLabel, capitalise, classLabel, formatRank, formatValue } from '../../format.js';
import { AreaMap, hasNoDataOn } from './AreaMap.js';
import { Legend } from './Legend.js';
import { changeWords, findMeasure, type MapView, type Measure, type Standing } from '../../measures.js';
import { ReweightPanel, type LocalView } from './ReweightPanel.js';
import { useReportAttribution, toLines } from '../../state/attribution.js';
import { areaHref, href, updateQuery, type Route } from '../../state/url.js';
import type { AreaClass, Layout, MapResponse, PathsResponse } from '../../types.js';
import { useTitle } from '../useTitle.js';
import { inOrder } from '../../../../src/report/sortOrder.js';
import type { SortOrder } from '../../../../src/method/vocabulary.js';


export function MapPage({ route }: { route: Route }) {
  const layout: Layout = route.params.get('layout') === 'hex' ? 'hex' : 'map';
  const legacyName = route.params.get('order') === 'name';
  const sortParam = route.params.get('sort');
  // `change` (most places gained first) only while the change measure is mapped
  const sortBy: MapSort = sortParam === 'name' || legacyName ? 'name' : sortParam === 'change' && route.params.get('measure') === 'change' ? 'change' : 'rank';
  const order: SortOrder = route.params.get('order') === 'descending' ? 'descending' : 'ascending';
  // method choices in the URL (as on /table): the map's ranks, deciles and classes are under them
  const choices = methodQuery(route.params);
  // the change measure: on the 2025 councils, since a year before the edition's (the first such year by default)
  const sinceYears: number[] = isEditionId(route.edition) ? yearsBefore(route.edition) : [];
  const sinceParam = Number(route.params.get('since'));
  const since = sinceYears.length === 0 ? null : sinceYears.includes(sinceParam as SeriesYear) ? sinceParam : sinceYears[0]!;
  const measureParam = route.params.get('measure') === 'change' && since === null ? null : route.params.get('measure');
  const changeMapped = measureParam === 'change';
  const mapped = useApi<MapResponse>(editionUrl(route.edition, '/map', { measure: measureParam === 'overall' ? null : measureParam, since: changeMapped ? String(since) : null, ...choices }));
  const paths = useApi<PathsResponse>(editionUrl(route.edition, '/paths', { layout }));
  const [local, setLocal] = useState<LocalView | null>(null);
  const coast = route.params.get('coast') === 'coastal' ? 'coastal' : route.params.get('coast') === 'inland' ? 'inland' : null;
  const [focusRequest, setFocusRequest] = useState<{ code: string } | null>(null);
  useTitle(route.title);
  useReportAttribution(mapped.data?.attribution);

  const served = mapped.data?.edition === route.edition ? mapped.data : null;
  const result = local?.view ?? served;
  const measures = result?.measures ?? [];
  const measure = findMeasure(measures, result?.measure ?? null);
  const byCode = useMemo(() => new Map<string, Standing>(result?.areas.map((area) => [area.code, area]) ?? []), [result]);
  const classes = useMemo(() => new Map<string, AreaClass | null>(result?.areas.map((area) => [area.code, area.class]) ?? []), [result]);
  const coastalCodes = useMemo(() => new Set(served?.coastal ?? []), [served]);
  // the areas are the served ones' (weights tried in the page change standings, not which areas there are)
  const selected = useMemo(
    () => (coast === null || served === null ? null : new Set(served.areas.filter((area) => coastalCodes.has(area.code) === (coast === 'coastal')).map((area) => area.code))),
    [coast, served, coastalCodes],
  );
  const projected = paths.data;
  const ready = result !== null && projected !== null && paths.url === editionUrl(route.edition, '/paths', { layout });
  // the figure is busy until every shape is drawn (AreaMap draws them over a few tasks)
  const [drawnMap, setDrawnMap] = useState<object | null>(null);
  const drawn = ready && drawnMap === projected;
  const error = firstError(mapped, paths);
  const credit = toLines(paths.data?.attribution);
  const hasNoData = hasNoDataOn(measure, byCode.values());
  const what = measure.kind === 'overall' ? 'overall rank' : measure.kind === 'change' ? `${measure.label.toLowerCase()} in overall rank` : measure.label.toLowerCase();
  const figure = useRef<HTMLElement>(null);
  // The table follows the map after it is painted — and, while a slider moves, once it rests for
  // a quarter of a second — so that re-weighting recolours the map within a frame and the 324 rows
  // (tens of milliseconds to lay out) catch up after it.
  const [listed, setListed] = useState(result);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // after the next frame is painted: a task queued from its animation frame callback
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setListed(result), local === null ? 0 : 250);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [result]);
  // The 324-row table is laid out after the map has been drawn, so the map appears first.
  const [listShown, setListShown] = useState(false);
  useEffect(() => {
    if (!drawn || listShown) return;
    const timer = setTimeout(() => setListShown(true), 0);
    return () => clearTimeout(timer);
  }, [drawn, listShown]);

  // The 324-row table and the 324 names of "Go to an area" are kept as they are (the same element,
  // which Preact does not diff again) while the page re-renders for a slider's move: only the map
  // follows each move.
  const choicesKey = JSON.stringify(choices);
  const areaList = useMemo(
    () => (listed !== null && listShown ? <AreaList result={listed} selected={selected} measure={findMeasure(listed.measures, listed.measure)} sortBy={sortBy} order={order} edition={route.edition} choices={choices} /> : null),
    [listed, listShown, selected, sortBy, order, route.edition, choicesKey],
  );
  const goToArea = useMemo(() => (served !== null && listShown ? <GoToArea areas={served.areas} onGo={(code) => setFocusRequest({ code })} /> : null), [served, listShown]);

  return (
    <div class="map-page">
      <h1>{route.title}</h1>
      <Caveat edition={route.edition} />
      {hasMethodChoices(route.params) && result !== null && (
        <ChoicesNotice edition={route.edition} params={route.params} labels={labelsOf(result)} back={href('/', { edition: route.edition, layout: route.params.get('layout'), measure: measureParam, since: changeMapped ? String(since) : null })} />
      )}
      {changeMapped ? (
        <p class="lead map-page-lead">
          How far each council has moved in the overall rank since {since}: greens gained places, purples lost them. Ranks are relative (see the
          notes under the key). Select an area to see how it fares.
        </p>
      ) : (
        <p class="lead map-page-lead">
          Where young people from disadvantaged backgrounds do best and worst. Reds are the best-ranked areas (hotspots), blues the worst
          (coldspots). Select an area to see how it fares.
        </p>
      )}
      {error !== null && <LoadError error={error} />}
      <div class="map-layout">
        <div class="map-main">
          <a class="skip-map" href="#map-table">
            Skip the map: go to the table of areas
          </a>
          <figure ref={figure} class="map-figure" aria-busy={drawn ? 'false' : 'true'} data-layout={layout} data-measure={measure.id} data-computed-in-page={local === null ? 'false' : 'true'} data-compute-ms={local === null ? undefined : local.ms.toFixed(2)}>
            {ready ? (
              <AreaMap
                map={projected}
                measure={measure}
                standings={byCode}
                classes={classes}
                edition={route.edition}
                choices={choices}
                onDrawn={() => setDrawnMap(projected)}
                selected={selected}
                focus={focusRequest}
                label={`${layout === 'hex' ? 'Hexagon map' : 'Map'} of ${result.areas.length} areas coloured by ${measure.kind === 'change' ? what : `decile of the ${what}`}. Each area is a link to its page.`}
              />
            ) : (
              error === null && <Loading what="the map" />
            )}
            <figcaption class="map-credit">{credit.join(' ')}</figcaption>
          </figure>
          <ImageDownloads
            name={`smi-${route.edition}-${layout === 'hex' ? 'hex-map' : 'map'}-${measure.kind === 'change' ? `change-since-${since}` : measure.id}`}
            what="the map"
            image={() => {
              const svg = figure.current?.querySelector<SVGSVGElement>('svg.area-map');
              if (!drawn || svg === null || svg === undefined || result === null) return null;
              return mapImage({ svg, edition: route.edition, measure, layout, hasNoData, credits: credit, areas: result.areas.length, changedMethod: local !== null || hasMethodChoices(route.params) });
            }}
          />
          <p class="hint map-keys" id="map-keys">
            The map is a single stop for the Tab key: the arrow keys move to the next area in that direction, and Enter opens it.
          </p>
          <EmbedCode path={href('/embed/map', { edition: route.edition, measure: measureParam, since: changeMapped ? String(since) : null, layout: route.params.get('layout') })} title={`Social Mobility Index map (${route.edition})`} height={720} />
        </div>
        <div class="map-side">
          <form class="controls stacked" onSubmit={(event) => event.preventDefault()} aria-label="Map settings">
            <YearSelect edition={route.edition} />
            <div class="field">
              <label for="measure">What to map</label>
              <select
                id="measure"
                name="measure"
                value={measure.id}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  updateQuery({ measure: value === 'overall' ? null : value, since: value === 'change' ? String(since) : null, ...(value !== 'change' && sortParam === 'change' ? { sort: null } : {}) });
                }}
              >
                <MeasureOptions measures={measures} change={since !== null} />
              </select>
            </div>
            {changeMapped && (
              <div class="field">
                <label for="map-since">Change since</label>
                <select id="map-since" name="since" value={String(since)} onChange={(event) => updateQuery({ since: event.currentTarget.value })}>
                  <YearOptions years={sinceYears} />
                </select>
              </div>
            )}
            <div class="field">
              <label for="coast">Areas</label>
              <select id="coast" name="coast" value={coast ?? ''} onChange={(event) => updateQuery({ coast: event.currentTarget.value === '' ? null : event.currentTarget.value })}>
                <option value="">All areas</option>
                <option value="coastal">Coastal areas only</option>
                <option value="inland">Inland areas only</option>
              </select>
            </div>
            <fieldset class="field radios">
              <legend>Layout</legend>
              {(['map', 'hex'] as const).map((value) => (
                <label key={value}>
                  <input type="radio" name="layout" value={value} checked={layout === value} onChange={() => updateQuery({ layout: value === 'map' ? null : value })} />
                  {value === 'map' ? ' Map' : ' Hexagons (one per area, same size)'}
                </label>
              ))}
            </fieldset>
          </form>
          {goToArea}
          <Legend measure={measure} hasNoData={hasNoData} />
          {measure.kind === 'change' && <OverTimeNote id="map-change-note" edition={route.edition} />}
          {/* weights tried in the page re-rank one year; the change measure compares two, on the server */}
          {!changeMapped && <ReweightPanel edition={route.edition} choices={choices} measure={measureParam} onView={setLocal} />}
        </div>
      </div>
      {areaList}
    </div>
  );
}

/** The measures to map: overall, the change since a year (when the edition has years before it), each stage and indicator. */
function MeasureOptions({ measures, change }: { measures: Measure[]; change: boolean }) {
  const changeOption = change && <option value="change">Change in overall rank since a year</option>;
  if (measures.length === 0) {
    return (
      <>
        <option value="overall">Overall index</option>
        {changeOption}
      </>
    );
  }
  const stages = measures.filter((measure) => measure.kind === 'stage');
  const indicators = measures.filter((measure) => measure.kind === 'indicator');
  return (
    <>
      <option value="overall">Overall index</option>
      {changeOption}
      <optgroup label="Life stages">
        {stages.map((measure) => (
          <option key={measure.id} value={measure.id}>
            {measure.label}
          </option>
        ))}
      </optgroup>
      <optgroup label="Indicators">
        {indicators.map((measure) => (
          <option key={measure.id} value={measure.id}>
            {measure.number === null ? '' : `${measure.number}. `}
            {measure.label}
          </option>
        ))}
      </optgroup>
    </>
  );
}

/** What the map's table is sorted by: the rank on the measure, the name, or (on the change measure) the places gained. */
type MapSort = 'rank' | 'name' | 'change';

interface ListProps {
  result: MapView;
  /** The areas the coast filter keeps (all when null). */
  selected: ReadonlySet<string> | null;
  measure: Measure;
  sortBy: MapSort;
  order: SortOrder;
  edition: string;
  /** The page's method choices: each area's link carries them. */
  choices: MethodParams;
}

const ROWS_PER_TASK = 100;

/** The text alternative to the map: every area with its rank, decile and class, sortable. */
function AreaList({ result, selected, measure, sortBy, order, edition, choices }: ListProps) {
  const rows = useMemo(() => {
    const list = result.areas.filter((area) => selected === null || selected.has(area.code)).map((area) => ({ area, standing: area as Standing | undefined }));
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });
    type Row = (typeof list)[number];
    const byName = (a: Row, b: Row): number => collator.compare(a.area.name, b.area.name);
    const byRank = (a: Row, b: Row): number => (a.standing?.rank ?? Infinity) - (b.standing?.rank ?? Infinity) || byName(a, b);
    // most places gained first; a council without a change in both years last
    const byChange = (a: Row, b: Row): number => (b.standing?.change?.places ?? -Infinity) - (a.standing?.change?.places ?? -Infinity) || byRank(a, b);
    const missing = (row: Row): boolean => (sortBy === 'rank' && (row.standing?.rank ?? null) === null) || (sortBy === 'change' && (row.standing?.change?.places ?? null) === null);
    list.sort(inOrder(sortBy === 'name' ? byName : sortBy === 'change' ? byChange : byRank, order, missing, byName));
    return list;
  }, [result, selected, sortBy, order]);
  // laid out a hundred rows a task, so that no task of the first page takes longer than 50 ms
  const [count, setCount] = useState(ROWS_PER_TASK);
  useEffect(() => {
    if (count >= rows.length) return;
    const timer = setTimeout(() => setCount((shown) => shown + ROWS_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [count, rows.length]);
  const sort = (column: string): void => {
    const reverse = column === sortBy && order === 'ascending';
    updateQuery({ sort: column === 'rank' ? null : column, order: reverse ? 'descending' : null });
  };
  return (
    <section id="map-table" tabIndex={-1} aria-labelledby="map-table-title">
      <h2 id="map-table-title">The map as a table</h2>
      <DataTable
        caption={`${rows.length} areas by ${measure.kind === 'overall' || measure.kind === 'change' ? 'overall rank' : `rank on ${measure.label.toLowerCase()}`}`}
        sort={{ column: sortBy, order, onSort: sort }}
        rows={count >= rows.length ? rows : rows.slice(0, count)}
        rowKey={({ area }) => area.code}
        columns={[
          { key: 'name', header: 'Area', rowHeader: true, sortable: true, cell: ({ area }) => <Link href={areaHref(area.code, edition, choices)}>{area.name}</Link> },
          { key: 'rank', header: 'Rank', numeric: true, sortable: true, cell: ({ standing }) => formatRank(standing?.rank, standing?.of) },
          measure.kind === 'indicator' && { key: 'value', header: 'Value', numeric: true, cell: ({ standing }) => formatValue(standing?.value, measure.unit ?? '') },
          measure.kind === 'change' && { key: 'change', header: measure.label, sortable: true, cell: ({ standing }) => changeWords(standing?.change ?? null) },
          measure.kind !== 'change' && { key: 'decile', header: 'Decile', cell: ({ standing }) => (standing?.decile == null ? 'no data' : decileLabel(standing.decile)) },
          { key: 'class', header: 'Overall class', cell: ({ area }) => capitalise(classLabel(area.class)) },
        ]}
      />
    </section>
  );
}

/**
 * "Go to an area": a name (or GSS code) from the list moves the map's focus to that area, which
 * shows its tooltip; Enter then opens it. A name that is no area says so beside the field.
 */
function GoToArea({ areas, onGo }: { areas: ReadonlyArray<{ code: string; name: string }>; onGo: (code: string) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const go = (event: Event): void => {
    event.preventDefault();
    const wanted = text.trim().toLowerCase();
    const exact = areas.find((area) => area.name.toLowerCase() === wanted || area.code.toLowerCase() === wanted);
    const starting = areas.filter((area) => area.name.toLowerCase().startsWith(wanted));
    const found = exact ?? (wanted !== '' && starting.length === 1 ? starting[0] : undefined);
    if (found === undefined) {
      setProblem(wanted === '' ? 'Enter the name of an area.' : starting.length > 1 ? `${starting.length} areas start with "${text.trim()}": choose one from the list.` : `No area is called "${text.trim()}". Choose a name from the list.`);
      return;
    }
    setProblem(null);
    onGo(found.code);
  };
  return (
    <form class="controls go-to-area" onSubmit={go} aria-label="Go to an area on the map">
      <div class="field">
        <label for="go-to-area">Go to an area on the map</label>
        {problem !== null && (
          <p class="field-error" id="go-to-area-error">
            <span class="visually-hidden">Error:</span> {problem}
          </p>
        )}
        <input
          id="go-to-area"
          name="go-to-area"
          list="map-area-names"
          autocomplete="off"
          value={text}
          aria-invalid={problem === null ? undefined : 'true'}
          aria-describedby={problem === null ? undefined : 'go-to-area-error'}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <datalist id="map-area-names">
          {areas.map((area) => (
            <option key={area.code} value={area.name} />
          ))}
        </datalist>
      </div>
      <button type="submit" class="button-secondary">
        Go
      </button>
    </form>
  );
}
