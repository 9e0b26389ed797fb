/**
 * Compare 2–30 areas side by side: overall and life-stage ranks, and every indicator's value with
 * its rank, beside the England median, marked where lower is better, with shared ranks marked "=".
 * Areas are added by name (a near miss suggests names: "Did you mean Hastings?"), removed one by
 * one, or chosen a county at a time (Kent's 12 districts fit).
 * URL parameters: `edition`, `areas` (comma-separated codes).
 */
import { useMemo, useState } from 'preact/hooks';
import { editionUrl, useApi } from '../../api.js';
import { Caveat } from '../../components/Caveat.js';
import { ChoicesNotice } from '../../components/ChoicesNotice.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Link } from '../../components/Link.js';
import { Pending } from '../../components/Status.js';
import { ValueDownloads } from '../../components/ValueDownloads.js';
import { capitalise, classLabel, formatRank, formatValue } from '../../format.js';
import { measuresOf, standings, type Standing } from '../../measures.js';
import { useReportAttribution } from '../../state/attribution.js';
import { hasMethodChoices, labelsOf, methodQuery } from '../../state/methodChoices.js';
import { areaHref, href, updateQuery, type Route } from '../../state/url.js';
import type { ExportResponse, ExportedArea } from '../../types.js';
import { decilePhrase } from '../../../../src/report/decilePhrase.js';
import { closestNames, normaliseName } from '../../../../src/report/areaLookup.js';
import { useTitle } from '../useTitle.js';

export const MAX_COMPARED = 30;

export function parseAreas(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((code) => code.trim()).filter((code) => code !== ''))];
}

/** A row of the comparison: a measure, its England median (indicators), and how to write it for each area. */
interface CompareRow {
  key: string;
  label: string;
  /** "lower is better", for an indicator whose direction is lower. */
  mark?: string;
  median: string;
  numeric: boolean;
  cell: (area: ExportedArea) => string;
}

export function ComparePage({ route }: { route: Route }) {
  useTitle(route.title);
  // method choices in the URL (as on /table): every rank, decile and class of the comparison is under them
  const choices = methodQuery(route.params);
  const exported = useApi<ExportResponse>(editionUrl(route.edition, '/export', choices));
  const result = exported.data?.edition === route.edition ? exported.data : null;
  useReportAttribution(result?.attribution);
  const codes = parseAreas(route.params.get('areas'));
  const setCodes = (next: string[]): void => updateQuery({ areas: next.length === 0 ? null : next.join(',') });
  // What "Add an area" could not add, in the error summary linked to its field: a new object for
  // each attempt, so the summary takes the focus again when the same mistake is made twice.
  const [problem, setProblem] = useState<Problem | null>(null);

  const byCode = useMemo(() => new Map(result?.areas.map((area) => [area.code, area]) ?? []), [result]);
  // every measure's standings (rank, of, shared), as the map and its table give them
  const measureStandings = useMemo(() => {
    const out = new Map<string, Map<string, Standing>>();
    if (result === null) return out;
    for (const measure of measuresOf(result)) out.set(measure.id, standings(result, measure));
    return out;
  }, [result]);
  const counties = useMemo(() => {
    const members = new Map<string, string[]>();
    for (const area of result?.areas ?? []) {
      // A council carved from an abolished county (Cumberland from Cumbria) counts in that county.
      const county = area.county ?? area.formerCounty;
      if (county === null) continue;
      members.set(county, [...(members.get(county) ?? []), area.code]);
    }
    return [...members.entries()].sort(([a], [b]) => a.localeCompare(b, 'en-GB'));
  }, [result]);

  // The codes of the URL that are not areas of the edition, and what "Add an area" could not add.
  const unknown = useMemo(() => (result === null ? [] : codes.filter((code) => !byCode.has(code))), [byCode, codes.join(',')]);
  const errors = useMemo(
    () => [
      ...(unknown.length === 0 || result === null
        ? []
        : [{ message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an area of ${result.edition}, so ${unknown.length === 1 ? 'it is' : 'they are'} left out.` }]),
      ...(problem === null ? [] : [{ field: 'add-area', message: problem.message }]),
    ],
    [unknown, problem],
  );

  if (result === null) {
    return (
      <>
        <h1>{route.title}</h1>
        <Pending error={exported.error} ready={false} what="the areas" />
      </>
    );
  }

  const chosen = codes.map((code) => byCode.get(code)).filter((area): area is ExportedArea => area !== undefined);
  const indicators = result.method.indicators.filter((indicator) => measureStandings.has(indicator.id) && result.areas.some((area) => (area.values[indicator.id] ?? null) !== null));
  const rankOf = (measure: string, area: ExportedArea): string => {
    const standing = measureStandings.get(measure)?.get(area.code);
    return formatRank(standing?.rank ?? null, standing?.of ?? result.rankedCount, standing?.shared ?? false);
  };
  const rows: CompareRow[] = [
    { key: 'overall', label: 'Overall rank', median: '', numeric: true, cell: (area) => rankOf('overall', area) },
    { key: 'class', label: 'Class', median: '', numeric: false, cell: (area) => capitalise(classLabel(area.overall.class)) },
    ...result.method.stages.map((stage) => ({
      key: stage.id,
      label: `${stage.label} rank`,
      median: '',
      numeric: true,
      cell: (area: ExportedArea) => {
        const entry = area.stages[stage.id];
        const thin = entry?.thin === true && entry.rank !== null ? ', on fewer than half of its indicators' : '';
        return `${rankOf(stage.id, area)}${entry?.decile == null ? '' : ` (${decilePhrase(entry.decile)}${thin})`}`;
      },
    })),
    ...indicators.map((indicator): CompareRow => ({
      key: indicator.id,
      label: `${indicator.number === undefined ? '' : `${indicator.number}. `}${result.labels[indicator.id] ?? indicator.label}`,
      ...(indicator.direction === 'lower' ? { mark: 'lower is better' } : {}),
      median: formatValue(result.medians[indicator.id] ?? null, indicator.unit),
      numeric: true,
      cell: (area: ExportedArea) => {
        const standing = measureStandings.get(indicator.id)?.get(area.code);
        return `${formatValue(area.values[indicator.id] ?? null, indicator.unit)}${standing?.rank == null ? '' : ` (${formatRank(standing.rank, standing.of, standing.shared)})`}`;
      },
    })),
  ];
  const shared = chosen.some((area) => rows.some((row) => row.cell(area).includes('=')));

  return (
    <>
      <h1>{route.title}</h1>
      <Caveat edition={route.edition} />
      {hasMethodChoices(route.params) && result !== null && (
        <ChoicesNotice edition={route.edition} params={route.params} labels={labelsOf(result)} back={href('/compare', { edition: route.edition, areas: route.params.get('areas') })} />
      )}
      <p class="lead">Put up to {MAX_COMPARED} areas side by side: their ranks overall and in each life stage, and every indicator beside the England median.</p>
      <ErrorSummary
        errors={errors}
        title={problem === null ? 'Some areas are not in this edition' : 'There is a problem'}
        focus={problem !== null}
      />
      <AddArea
        result={result}
        chosen={chosen.map((area) => area.code)}
        problem={problem}
        onProblem={setProblem}
        onAdd={(code) => setCodes([...chosen.map((area) => area.code), code])}
      />
      <h2 id="county-title">Every district of a county</h2>
      <ul class="button-list" aria-labelledby="county-title">
        {counties.map(([county, members]) =>
          members.length <= MAX_COMPARED ? (
            <li key={county}>
              <button type="button" class="button-secondary" onClick={() => setCodes(members)}>
                Every district in {county} ({members.length})
              </button>
            </li>
          ) : (
            <li key={county} class="button-list-link">
              <Link href={href('/table', { edition: route.edition, county, ...choices })}>
                {county}: {members.length} districts, in the league table
              </Link>
            </li>
          ),
        )}
      </ul>
      {counties.length === 0 && <p>This edition has no two-tier counties.</p>}
      <h2 id="comparison-title">Comparison</h2>
      {chosen.length < 2 && <p class="inset">Choose at least two areas to compare{chosen.length === 1 ? ` with ${chosen[0]?.name ?? ''}` : ''}.</p>}
      {chosen.length > 0 && (
        <DataTable
          class="compare-table"
          caption={`${chosen.map((area) => area.name).join(', ')} compared`}
          rows={rows}
          rowKey={(row) => row.key}
          rowAttributes={(row) => ({ 'data-measure': row.key })}
          columns={[
            {
              key: 'measure',
              header: null,
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.label}
                  {row.mark !== undefined && <span class="hint lower-better"> ({row.mark})</span>}
                </>
              ),
            },
            { key: 'median', header: 'England median', numeric: true, class: 'median-column', cell: (row) => row.median },
            ...chosen.map(
              (area): Column<CompareRow> => ({
                key: area.code,
                header: (
                  <>
                    <Link href={areaHref(area.code, route.edition, choices)}>{area.name}</Link>
                    <br />
                    <button type="button" class="link-button" onClick={() => setCodes(chosen.filter((other) => other.code !== area.code).map((other) => other.code))}>
                      Remove<span class="visually-hidden"> {area.name}</span>
                    </button>
                  </>
                ),
                headerAttributes: { 'data-code': area.code },
                numeric: (row) => row.numeric,
                cell: (row) => row.cell(area),
              }),
            ),
          ]}
        />
      )}
      {chosen.length > 0 && <ValueDownloads edition={route.edition} areas={chosen.map((area) => area.code)} choices={choices} what="the comparison's values" id="compare-downloads" />}
      {chosen.length > 0 && (
        <p class="hint" id="compare-key">
          Rank 1 is the best. The England median is the middle value of the ranked areas.{shared ? ' "=" marks a rank shared with another area (equal values share the best rank of the tie).' : ''}
        </p>
      )}
    </>
  );
}

interface Problem {
  message: string;
  /** Near names to offer ("Hastngs" → Hastings). */
  suggestions?: ExportedArea[];
}

interface AddAreaProps {
  result: ExportResponse;
  chosen: string[];
  problem: Problem | null;
  onProblem: (problem: Problem | null) => void;
  onAdd: (code: string) => void;
}

function AddArea({ result, chosen, problem, onProblem, onAdd }: AddAreaProps) {
  const [text, setText] = useState('');
  const full = chosen.length >= MAX_COMPARED;
  const add = (event: Event): void => {
    event.preventDefault();
    // names compare as the CLI's do: case, punctuation, "&"/"and" and "St."/"Saint" ignored
    const wanted = normaliseName(text);
    const area = result.areas.find((entry) => normaliseName(entry.name) === wanted || entry.code.toLowerCase() === text.trim().toLowerCase());
    if (area === undefined) {
      const near = closestNames(result.areas, wanted, 3);
      const suggestions = near.map((name) => result.areas.find((entry) => entry.name === name)!).filter((entry) => !chosen.includes(entry.code));
      const hint = near.length === 0 ? 'Choose a name from the list.' : `Did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near[near.length - 1]}`}?`;
      onProblem({ message: `No area of ${result.edition} is called "${text.trim()}". ${hint}`, suggestions });
      return;
    }
    choose(area);
  };
  const choose = (area: ExportedArea): void => {
    if (chosen.includes(area.code)) {
      onProblem({ message: `${area.name} is already in the comparison.` });
      return;
    }
    onProblem(null);
    setText('');
    onAdd(area.code);
  };
  return (
    <form class="controls add-area" onSubmit={add}>
      <div class="field">
        <label for="add-area">Add an area</label>
        {problem !== null && (
          <p class="field-error" id="add-area-error">
            <span class="visually-hidden">Error:</span> {problem.message}
          </p>
        )}
        {problem?.suggestions !== undefined && problem.suggestions.length > 0 && (
          <ul class="button-list suggestions" aria-label="Near names">
            {problem.suggestions.map((area) => (
              <li key={area.code}>
                <button type="button" class="button-secondary" onClick={() => choose(area)}>
                  Add {area.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id="add-area"
          name="add-area"
          list="area-names"
          autocomplete="off"
          value={text}
          disabled={full}
          aria-describedby={problem === null ? undefined : 'add-area-error'}
          aria-invalid={problem === null ? undefined : 'true'}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <datalist id="area-names">
          {result.areas.map((area) => (
            <option key={area.code} value={area.name} />
          ))}
        </datalist>
      </div>
      <button type="submit" class="button" disabled={full}>
        Add
      </button>
      {full && <p class="hint">{MAX_COMPARED} areas is the most that fit side by side: remove one to add another.</p>}
    </form>
  );
}
