/**
 * "What if?" on an area page: a control per indicator the area has (as now, England median, best
 * in county, best in region, or a value), kept in the URL as `set=<id>=<target>,…`, and the
 * area's overall and life-stage ranks and class before → after from GET …/areas/{code}/whatif.
 * The API's errors (a 400 for a bad setting) are shown in an error summary.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { editionUrl, useApi } from '../../api.js';
import type { WhatIfResponse } from '../../types.js';
import { Link } from '../../components/Link.js';
import { DataTable, type Attributes } from '../../components/DataTable.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Loading } from '../../components/Status.js';
import { capitalise, classLabel, formatRank, formatValue, ordinal } from '../../format.js';
import type { MethodParams } from '../../state/methodChoices.js';
import { areaHref, updateQuery } from '../../state/url.js';
import { choiceOf, formatSet, parseSet } from '../../state/whatIfSettings.js';
import type { AreaClass, AreaResponse } from '../../types.js';

const HOW: Record<string, string> = { value: 'a value', median: 'England median', 'best-in-county': 'best in county', 'best-in-region': 'best in region' };

interface Props {
  edition: string;
  area: AreaResponse;
  /** The URL's `set` parameter. */
  set: string | null;
  /** The page's method choices: the what-if is computed under them, and "Put every value back" keeps them. */
  choices: MethodParams;
}

export function WhatIfSection({ edition, area, set, choices }: Props) {
  const settings = parseSet(set);
  const order = area.indicators.map((indicator) => indicator.id);
  const query = formatSet(settings, order);
  const result = useApi<WhatIfResponse>(query === null ? null : editionUrl(edition, `/areas/${encodeURIComponent(area.code)}/whatif`, { ...choices, set: query }));
  const shown = query !== null && result.data?.code === area.code ? result.data : null;
  const hasCounty = area.county !== null || (area.context?.county?.length ?? 0) > 0;
  const change = (id: string, target: string | null): void => {
    const next = new Map(settings);
    if (target === null || target === '') next.delete(id);
    else next.set(id, target);
    updateQuery({ set: formatSet(next, order) });
  };
  const settable = area.indicators.filter((indicator) => indicator.value !== null);
  // The API's answer to a setting it cannot use (a 400), linked to the control of the indicator it names.
  const errors = useMemo(() => (result.error === null ? [] : [{ field: fieldOf(result.error.message, settings), message: result.error.message }]), [result.error]);

  return (
    <section aria-labelledby="whatif-title" id="whatif">
      <h2 id="whatif-title">What if?</h2>
      <p>
        Give some of {area.name}'s indicators another value to see where it would rank, every other area unchanged. All scores are recomputed, because a
        change also moves the England average and spread that every area is measured against.
      </p>
      <div class="whatif-layout">
        <form class="whatif-form" aria-label={`Change ${area.name}'s values`} onSubmit={(event) => event.preventDefault()}>
          <DataTable
            class="whatif-table"
            caption={`Change ${area.name}'s values`}
            rows={settable}
            rowKey={(indicator) => indicator.id}
            columns={[
              { key: 'indicator', header: 'Indicator', rowHeader: true, cell: (indicator) => indicator.label },
              { key: 'now', header: 'Now', numeric: true, cell: (indicator) => formatValue(indicator.value, indicator.unit) },
              {
                key: 'change',
                header: 'Change to',
                cell: (indicator) => <TargetControl indicator={indicator} target={settings.get(indicator.id)} hasCounty={hasCounty} onChange={(target) => change(indicator.id, target)} />,
              },
            ]}
          />
          {settings.size > 0 && (
            <p>
              <Link href={areaHref(area.code, edition, choices)}>Put every value back as it is</Link>
            </p>
          )}
        </form>
        <div class="whatif-result" aria-live="polite">
          {query === null && <p class="inset">Choose a new value for one or more indicators: the result appears here.</p>}
          {query !== null && <ErrorSummary errors={errors} headingLevel={3} />}
          {query !== null && shown === null && result.error === null && <Loading what="the result" />}
          {shown !== null && result.error === null && <WhatIfResult result={shown} area={area} />}
        </div>
      </div>
    </section>
  );
}

/** "still a coldspot", "now a hotspot", "no longer a coldspot". */
export function classChange(before: AreaClass | null, after: AreaClass | null): string {
  if (after === null) return 'not ranked';
  if (before === after) return after === 'neither' ? 'still neither a hotspot nor a coldspot' : `still a ${after}`;
  if (after === 'neither') return `no longer a ${before ?? 'ranked area'}`;
  return `now a ${after}`;
}

export function whatIfSentence(name: string, result: WhatIfResponse): string {
  const before = result.before.overall.rank;
  const after = result.after.overall.rank;
  const where =
    after === null
      ? `${name} would not be ranked`
      : before === after
        ? `${name} would still rank ${formatRank(after, result.rankedCount.after)}`
        : `${name} would rank ${formatRank(after, result.rankedCount.after)} instead of ${before === null ? 'not being ranked' : ordinal(before)}`;
  return `With these values ${where}; ${classChange(result.before.overall.class, result.after.overall.class)}.`;
}

interface ResultRow {
  label: string;
  now: string;
  after: string;
  move: string;
  attributes?: Attributes;
}

function WhatIfResult({ result, area }: { result: WhatIfResponse; area: AreaResponse }) {
  const stageIds = Object.keys(result.before.stages);
  const indicator = (id: string) => area.indicators.find((entry) => entry.id === id);
  const stageLabel = (id: string): string => area.stages.find((stage) => stage.id === id)?.label ?? id;
  const rank = (label: string, before: number | null, after: number | null, attributes?: Attributes): ResultRow => ({
    label,
    now: formatRank(before, null),
    after: formatRank(after, null),
    move: moveText(before, after),
    attributes,
  });
  const rows: ResultRow[] = [
    rank('Overall', result.before.overall.rank, result.after.overall.rank, { id: 'whatif-after-rank', 'data-rank': result.after.overall.rank ?? '', 'data-before': result.before.overall.rank ?? '' }),
    ...stageIds.map((id) => rank(stageLabel(id), result.before.stages[id]?.rank ?? null, result.after.stages[id]?.rank ?? null)),
    { label: 'Class', now: capitalise(classLabel(result.before.overall.class)), after: capitalise(classLabel(result.after.overall.class)), move: '' },
  ];
  return (
    <div class="panel" id="whatif-result">
      <p class="lead" id="whatif-sentence">
        {whatIfSentence(result.name, result)}
      </p>
      <ul>
        {Object.entries(result.changes).map(([id, change]) => {
          const unit = indicator(id)?.unit ?? '';
          return (
            <li key={id}>
              {indicator(id)?.label ?? id}: {formatValue(change.from, unit)} → {formatValue(change.to, unit)} ({HOW[change.how] ?? change.how})
            </li>
          );
        })}
      </ul>
      {result.warnings.length > 0 ? (
        <div class="warning-text" role="note" id="whatif-warnings">
          {result.warnings.map((warning) => (
            <p key={warning}>
              <strong>Beyond the data:</strong> {warning}
            </p>
          ))}
        </div>
      ) : null}
      <DataTable
        caption={`Ranks before and after (of ${result.rankedCount.after})`}
        rows={rows}
        rowKey={(row) => row.label}
        columns={[
          { key: 'rank', header: 'Rank', rowHeader: true, cell: (row) => row.label },
          { key: 'now', header: 'Now', numeric: true, cell: (row) => row.now },
          { key: 'after', header: 'With these values', numeric: true, cell: (row) => row.after, cellAttributes: (row) => row.attributes ?? {} },
          { key: 'move', header: 'Move', numeric: true, cell: (row) => row.move },
        ]}
      />
    </div>
  );
}

/** "up 36", "down 4", "no change". */
function moveText(before: number | null, after: number | null): string {
  if (before === null || after === null) return '—';
  const move = before - after;
  return move === 0 ? 'no change' : `${move > 0 ? 'up' : 'down'} ${Math.abs(move)}`;
}

/**
 * The number field of "A value…", applied on Enter or on leaving it. What is typed is kept in its
 * own state, so a re-render (the result of the previous value arriving, say) does not undo it; a
 * new value in the URL (back, forward) replaces it.
 */
function ValueInput({ id, value, onCommit }: { id: string; value: string; onCommit: (text: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <input
      id={id}
      type="number"
      step="any"
      inputMode="decimal"
      value={text}
      onInput={(event) => setText(event.currentTarget.value)}
      onChange={(event) => {
        const typed = event.currentTarget.value.trim();
        if (typed !== '') onCommit(typed);
      }}
    />
  );
}

interface TargetProps {
  indicator: AreaResponse['indicators'][number];
  /** The indicator's target in the URL, if any. */
  target: string | undefined;
  hasCounty: boolean;
  onChange: (target: string | null) => void;
}

/** The control of one indicator: as now, England median, best in county or region, or a value typed in. */
function TargetControl({ indicator, target, hasCounty, onChange }: TargetProps) {
  const choice = choiceOf(target);
  const controlId = `whatif-${indicator.id}`;
  return (
    <>
      <label class="visually-hidden" for={controlId}>
        Change {indicator.label} to
      </label>
      <select
        id={controlId}
        name={indicator.id}
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value;
          onChange(next === 'value' ? String(Number((indicator.value ?? 0).toFixed(2))) : next);
        }}
      >
        <option value="">As now</option>
        <option value="median">England median ({formatValue(indicator.median, indicator.unit)})</option>
        {hasCounty && <option value="best-in-county">Best in county</option>}
        <option value="best-in-region">Best in region</option>
        <option value="value">A value…</option>
      </select>
      {choice === 'value' && (
        <div class="inline-field">
          <label for={`${controlId}-value`}>New value{indicator.unit === '' || indicator.unit === 'ratio' ? '' : ` (${indicator.unit})`}</label>
          <ValueInput id={`${controlId}-value`} value={target ?? ''} onCommit={(text) => onChange(text)} />
        </div>
      )}
    </>
  );
}

/**
 * The control an API error is about: that of the set indicator its message names (the longest
 * id, so one id inside another is not mistaken for it), its number field when a value is typed.
 */
export function fieldOf(message: string, settings: ReadonlyMap<string, string>): string | null {
  const named = [...settings.keys()].filter((id) => message.includes(id)).sort((a, b) => b.length - a.length)[0];
  if (named === undefined) return null;
  return choiceOf(settings.get(named)) === 'value' ? `whatif-${named}-value` : `whatif-${named}`;
}
