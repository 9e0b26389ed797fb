/**
 * "What if?" on an area page: a control per indicator the area has (as now, England median, best
 * in county, best in region, or a value), kept in the URL as `set=<id>=<target>,…`, and the
 * area's overall and life-stage ranks and class before → after from GET …/areas/{code}/whatif.
 * The API's errors (a 400 for a bad setting) are shown in an error summary.
 */
import { useEffect, useState } from 'preact/hooks';
import { editionUrl, useApi } from '../../api.js';
import type { WhatIfResponse } from '../../types.js';
import { Link } from '../../components/Link.js';
import { LoadError, Loading } from '../../components/Status.js';
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
  /** The page's method choices: "Put every value back" keeps them (the what-if itself uses the edition's method). */
  choices: MethodParams;
}

export function WhatIfSection({ edition, area, set, choices }: Props) {
  const settings = parseSet(set);
  const order = area.indicators.map((indicator) => indicator.id);
  const query = formatSet(settings, order);
  const result = useApi<WhatIfResponse>(query === null ? null : editionUrl(edition, `/areas/${encodeURIComponent(area.code)}/whatif`, { set: query }));
  const shown = query !== null && result.data?.code === area.code ? result.data : null;
  const hasCounty = area.county !== null || (area.context?.county?.length ?? 0) > 0;
  const change = (id: string, target: string | null): void => {
    const next = new Map(settings);
    if (target === null || target === '') next.delete(id);
    else next.set(id, target);
    updateQuery({ set: formatSet(next, order) });
  };
  const settable = area.indicators.filter((indicator) => indicator.value !== null);

  return (
    <section aria-labelledby="whatif-title" id="whatif">
      <h2 id="whatif-title">What if?</h2>
      <p>
        Give some of {area.name}'s indicators another value to see where it would rank, every other area unchanged. All scores are recomputed, because a
        change also moves the England average and spread that every area is measured against.
      </p>
      <div class="whatif-layout">
        <form class="whatif-form" aria-label={`Change ${area.name}'s values`} onSubmit={(event) => event.preventDefault()}>
          <div class="table-wrap">
            <table class="data-table whatif-table">
              <caption>Change {area.name}'s values</caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col" class="numeric">
                    Now
                  </th>
                  <th scope="col">Change to</th>
                </tr>
              </thead>
              <tbody>
                {settable.map((indicator) => {
                  const target = settings.get(indicator.id);
                  const choice = choiceOf(target);
                  const controlId = `whatif-${indicator.id}`;
                  return (
                    <tr key={indicator.id}>
                      <th scope="row">{indicator.label}</th>
                      <td class="numeric">{formatValue(indicator.value, indicator.unit)}</td>
                      <td>
                        <label class="visually-hidden" for={controlId}>
                          Change {indicator.label} to
                        </label>
                        <select
                          id={controlId}
                          name={indicator.id}
                          value={choice}
                          onChange={(event) => {
                            const next = event.currentTarget.value;
                            change(indicator.id, next === 'value' ? String(Number((indicator.value ?? 0).toFixed(2))) : next);
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
                            <label for={`${controlId}-value`}>
                              New value{indicator.unit === '' || indicator.unit === 'ratio' ? '' : ` (${indicator.unit === 'points' ? 'points' : indicator.unit})`}
                            </label>
                            <ValueInput id={`${controlId}-value`} value={target ?? ''} onCommit={(text) => change(indicator.id, text)} />
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {settings.size > 0 && (
            <p>
              <Link href={areaHref(area.code, edition, choices)}>Put every value back as it is</Link>
            </p>
          )}
        </form>
        <div class="whatif-result" aria-live="polite">
          {query === null && <p class="inset">Choose a new value for one or more indicators: the result appears here.</p>}
          {query !== null && result.error !== null && <LoadError error={result.error} />}
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

function WhatIfResult({ result, area }: { result: WhatIfResponse; area: AreaResponse }) {
  const stageIds = Object.keys(result.before.stages);
  const indicator = (id: string) => area.indicators.find((entry) => entry.id === id);
  const stageLabel = (id: string): string => area.stages.find((stage) => stage.id === id)?.label ?? id;
  const row = (label: string, before: number | null, after: number | null, id?: string) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td class="numeric">{formatRank(before, null)}</td>
      <td class="numeric" id={id} data-rank={after ?? ''}>
        {formatRank(after, null)}
      </td>
      <td class="numeric">{moveText(before, after)}</td>
    </tr>
  );
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
      <table class="data-table">
        <caption>Ranks before and after (of {result.rankedCount.after})</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col" class="numeric">
              Now
            </th>
            <th scope="col" class="numeric">
              With these values
            </th>
            <th scope="col" class="numeric">
              Move
            </th>
          </tr>
        </thead>
        <tbody>
          {row('Overall', result.before.overall.rank, result.after.overall.rank, 'whatif-after-rank')}
          {stageIds.map((id) => row(stageLabel(id), result.before.stages[id]?.rank ?? null, result.after.stages[id]?.rank ?? null))}
          <tr>
            <th scope="row">Class</th>
            <td class="numeric">{capitalise(classLabel(result.before.overall.class))}</td>
            <td class="numeric">{capitalise(classLabel(result.after.overall.class))}</td>
            <td />
          </tr>
        </tbody>
      </table>
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
