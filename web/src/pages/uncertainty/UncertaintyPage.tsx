/**
 * "How sure?": the Monte Carlo uncertainty and sensitivity analysis of the ranks, run in the
 * browser in a Web Worker on the edition's method, values and intervals. URL parameters: `runs`,
 * `seed`, `concentration`, `vary` (the analysis) and `region`, `q`, `page` (what the results
 * table shows). The settings are checked before a run; errors appear in an error summary.
 */
import { uncertaintyInput } from '../../../../src/analysis/uncertainty/input.js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { editionUrl, useApi } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError, Pending } from '../../components/Status.js';
import { useReportAttribution } from '../../state/attribution.js';
import { updateQuery, type Route } from '../../state/url.js';
import type { ExportResponse, MethodResponse } from '../../types.js';
import { ASSUMPTIONS, ASSUMPTION_TEXT, MAX_RUNS, checkSettings, settingsQuery, textOf, type Assumption, type FieldError, type SettingsText } from './params.js';
import { UncertaintyResults } from './UncertaintyResults.js';
import { useUncertaintyRun } from './useUncertaintyRun.js';
import { useTitle } from '../useTitle.js';


export function UncertaintyPage({ route }: { route: Route }) {
  useTitle(route.title);
  const method = useApi<MethodResponse>(editionUrl(route.edition, '/method'));
  const exported = useApi<ExportResponse>(editionUrl(route.edition, '/export'));
  useReportAttribution(exported.data?.attribution);
  const fromUrl = textOf(route.params);
  const checked = checkSettings(fromUrl);
  const settings = checked.settings;
  const urlKey = `${fromUrl.runs}|${fromUrl.seed}|${fromUrl.concentration}|${fromUrl.omit}|${fromUrl.vary.join(',')}`;

  // The form's fields as typed; they follow the URL when it changes (back/forward, a link).
  const [text, setText] = useState<SettingsText>(fromUrl);
  const [errors, setErrors] = useState<FieldError[]>(checked.errors);
  useEffect(() => {
    setText(textOf(route.params));
    setErrors(checkSettings(textOf(route.params)).errors);
  }, [urlKey, route.edition]);

  const data = method.data !== null && exported.data !== null && exported.data.edition === route.edition && method.url === editionUrl(route.edition, '/method') ? { method: method.data, exported: exported.data } : null;
  const job = useMemo(() => {
    if (data === null || settings === null) return null;
    const areas = data.exported.areas.map(uncertaintyInput);
    return { method: data.method, areas, ...settings };
  }, [data?.exported, data?.method, urlKey]);
  const { state, cancel, again } = useUncertaintyRun(job, `${route.edition}|${urlKey}`);

  const submit = (event: Event): void => {
    event.preventDefault();
    const result = checkSettings(text);
    setErrors(result.errors);
    if (result.settings === null) return;
    const query = settingsQuery(result.settings);
    const unchanged = Object.entries(query).every(([key, value]) => (route.params.get(key) ?? null) === value);
    if (unchanged) again();
    else updateQuery({ ...query, page: null });
  };
  // The summary's links go to the fields; a new list (each check) makes it take the focus.
  const fieldErrors = useMemo(() => errors.map((error) => ({ field: `uncertainty-${error.field}`, message: error.message })), [errors]);
  const errorFor = (field: FieldError['field']): string | null => errors.find((error) => error.field === field)?.message ?? null;
  const toggle = (assumption: Assumption, on: boolean): void =>
    setText((previous) => ({ ...previous, vary: ASSUMPTIONS.filter((item) => (item === assumption ? on : previous.vary.includes(item))) }));

  return (
    <>
      <h1>{route.title}</h1>
      <p class="lead">
        The index rests on choices — how much each life stage and indicator weighs, how values are put on one scale, how they are averaged — and on data
        that is often a stand-in or a county's value. This page reruns the index many times with those choices drawn at random around the method's own and
        the stand-in indicators left out at random, and shows how far each area's rank moves and which choice moves it most. It runs in your browser.
      </p>
      <ErrorSummary id="uncertainty-errors" errors={fieldErrors} />
      <form class="controls" aria-label="Settings of the analysis" onSubmit={submit} noValidate>
        <NumberField id="runs" label="Runs" hint={`1 to ${MAX_RUNS.toLocaleString('en-GB')}`} value={text.runs} error={errorFor('runs')} onInput={(value) => setText({ ...text, runs: value })} />
        <NumberField id="seed" label="Seed" hint="the same seed gives the same result" value={text.seed} error={errorFor('seed')} onInput={(value) => setText({ ...text, seed: value })} />
        <NumberField
          id="concentration"
          label="Concentration of the weights"
          hint="larger keeps weights nearer the method’s"
          value={text.concentration}
          error={errorFor('concentration')}
          onInput={(value) => setText({ ...text, concentration: value })}
        />
        <NumberField
          id="omit"
          label="Chance of leaving out each stand-in indicator"
          hint="0 to 1, when the data varies"
          value={text.omit}
          error={errorFor('omit')}
          onInput={(value) => setText({ ...text, omit: value })}
        />
        <fieldset class="field checkboxes">
          <legend>Assumptions to vary</legend>
          {ASSUMPTIONS.map((assumption) => (
            <label key={assumption}>
              <input type="checkbox" name="vary" value={assumption} checked={text.vary.includes(assumption)} onChange={(event) => toggle(assumption, event.currentTarget.checked)} />{' '}
              {ASSUMPTION_TEXT[assumption].label} <span class="hint">({ASSUMPTION_TEXT[assumption].hint})</span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <button type="submit" class="button">
            Run the analysis
          </button>
        </div>
      </form>
      <Pending error={method.error ?? exported.error} ready={data !== null} what="the edition's values" />
      <Progress state={state} onCancel={cancel} onAgain={again} />
      {state.status === 'done' && data !== null && settings !== null && (
        <UncertaintyResults route={route} result={state.result} areas={data.exported.areas} settings={settings} />
      )}
    </>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
  onInput: (value: string) => void;
}

function NumberField({ id, label, hint, value, error, onInput }: NumberFieldProps) {
  const inputId = `uncertainty-${id}`;
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <span class="hint" id={`${inputId}-hint`}>
        {hint}
      </span>
      {error !== null && (
        <p class="field-error" id={`${inputId}-error`}>
          <span class="visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id={inputId}
        name={id}
        type="text"
        inputMode="decimal"
        autocomplete="off"
        value={value}
        aria-describedby={`${inputId}-hint${error === null ? '' : ` ${inputId}-error`}`}
        aria-invalid={error === null ? undefined : 'true'}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

function Progress({ state, onCancel, onAgain }: { state: ReturnType<typeof useUncertaintyRun>['state']; onCancel: () => void; onAgain: () => void }) {
  if (state.status === 'waiting') return null;
  if (state.status === 'error') return <LoadError error={new Error(state.message)} />;
  const done = state.status === 'done' ? state.total : state.done;
  const total = state.total;
  const count = `${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} runs`;
  // The live region says only what changes the page (start, end, cancel); the bar shows the count.
  const words =
    state.status === 'done'
      ? `Finished: ${total.toLocaleString('en-GB')} runs in ${(state.ms / 1000).toFixed(1)} seconds, in your browser.`
      : state.status === 'cancelled'
        ? `Cancelled after ${count}.`
        : 'Running the analysis…';
  return (
    <div class="progress-field" id="uncertainty-status" data-status={state.status}>
      <label for="uncertainty-progress">Progress of the analysis</label>
      <progress id="uncertainty-progress" max={total} value={done}>
        {Math.round((100 * done) / Math.max(1, total))}%
      </progress>
      <p class="hint" id="uncertainty-count">{count}</p>
      <p role="status">{words}</p>
      {state.status === 'running' && (
        <p>
          <button type="button" class="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </p>
      )}
      {state.status === 'cancelled' && (
        <p>
          <button type="button" class="button-secondary" onClick={onAgain}>
            Run it again
          </button>
        </p>
      )}
    </div>
  );
}
