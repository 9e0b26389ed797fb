/**
 * "Try other weights" on the map: sliders for each life stage's weight (and, folded away, each
 * indicator's) that recompute the index in the page — the same engine, `applyChoices` and views as
 * the server, run on the edition's export, so the colours are exactly those of `…/map?weights=…` —
 * and recolour the map as the slider moves, with no request. "Use these weights everywhere" writes
 * them into the URL, as the league table's "Change the method" does, so every page uses them.
 *
 * The export, and the engine (reweight.ts), are fetched only when the panel is first opened: the
 * first page needs neither.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { editionUrl, fetchJson } from '../../api.js';
import { formatWeights, type MethodParams } from '../../state/methodChoices.js';
import { updateQuery } from '../../state/url.js';
import type { ExportResponse } from '../../types.js';
import type { MapView } from '../../measures.js';
import type { Reweighter } from './reweight.js';

/** A map view computed in the page, and how long it took (ms). */
export interface LocalView {
  view: MapView;
  ms: number;
}

interface Props {
  edition: string;
  choices: MethodParams;
  measure: string | null;
  /** A view computed in the page, or null to go back to the server's. */
  onView: (view: LocalView | null) => void;
}

const STEPS = { min: 0, max: 3, step: 0.25 } as const;

/**
 * The `weights` URL parameter for the sliders' weights: those that differ from the method's, or,
 * when the URL already re-weights (the method in force is itself re-weighted and normalised), all of them.
 */
function weightsParameter(weights: ReadonlyMap<string, number>, defaults: ReadonlyMap<string, number>, alreadyReweighted: boolean): string | null {
  const texts = new Map([...weights].map(([id, weight]) => [id, String(weight)]));
  return formatWeights(texts, alreadyReweighted ? new Map() : defaults);
}

interface Loaded {
  exported: ExportResponse;
  reweighter: Reweighter;
  present: ReadonlySet<string>;
}

export function ReweightPanel({ edition, choices, measure, onView }: Props) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [factors, setFactors] = useState<Map<string, number>>(new Map());
  const exportUrl = editionUrl(edition, '/export', choices);
  const latest = useRef({ onView });
  latest.current.onView = onView;

  // fetched on first opening; a new edition or new URL choices start again
  useEffect(() => {
    setLoaded(null);
    setFactors(new Map());
    latest.current.onView(null);
    if (!open) return;
    let live = true;
    Promise.all([fetchJson<ExportResponse>(exportUrl), import('./reweight.js')]).then(
      ([exported, { createReweighter }]) => {
        if (!live) return;
        const reweighter = createReweighter(exported);
        setLoaded({ exported, reweighter, present: reweighter.present });
      },
      (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [open, exportUrl]);

  const defaults = useMemo(() => {
    const method = loaded?.exported.method;
    if (method === undefined) return new Map<string, number>();
    return new Map<string, number>([...method.stages.map((stage) => [stage.id, stage.weight] as const), ...method.indicators.filter((indicator) => loaded!.present.has(indicator.id)).map((indicator) => [indicator.id, indicator.weight] as const)]);
  }, [loaded]);

  const weights = useMemo(() => new Map([...defaults].map(([id, weight]) => [id, weight * (factors.get(id) ?? 1)])), [defaults, factors]);
  const changed = [...factors.values()].some((factor) => factor !== 1);

  // the recomputation: on every change of the weights or the measure, in the page, as a layout
  // effect — run as soon as the slider's change is rendered, before the browser paints — so that the
  // map's new colours are in the very frame that shows the slider moved (an ordinary effect runs
  // after that frame, and the map followed a frame later)
  useLayoutEffect(() => {
    if (loaded === null) return;
    if (!changed) {
      latest.current.onView(null);
      setError(null);
      return;
    }
    const started = performance.now();
    try {
      const view = loaded.reweighter.view(Object.fromEntries(weights), measure);
      setError(null);
      latest.current.onView({ view, ms: performance.now() - started });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [loaded, weights, measure, changed]);

  const slider = (id: string, label: string) => {
    const factor = factors.get(id) ?? 1;
    return (
      <div class="field slider" key={id}>
        <label for={`reweight-${id}`}>
          {label} <span class="slider-value">×{factor.toFixed(2)}</span>
        </label>
        <input
          type="range"
          id={`reweight-${id}`}
          name={id}
          data-weight-id={id}
          min={STEPS.min}
          max={STEPS.max}
          step={STEPS.step}
          value={factor}
          onInput={(event) => {
            const value = Number(event.currentTarget.value);
            setFactors((previous) => new Map(previous).set(id, value));
          }}
        />
      </div>
    );
  };

  const method = loaded?.exported.method;
  return (
    <details class="reweight" onToggle={(event) => setOpen(event.currentTarget.open)} data-ready={loaded === null ? 'false' : 'true'}>
      <summary>Try other weights (computed in your browser)</summary>
      {open && loaded === null && error === null && <p>Loading the values…</p>}
      {method !== undefined && (
        <form onSubmit={(event) => event.preventDefault()} aria-label="Try other weights">
          <p class="hint">Each slider multiplies a weight of the method in force (×1 is as it is, ×0 leaves it out). The map recolours as you move it; nothing is sent to the server.</p>
          <fieldset>
            <legend>Life stages</legend>
            {method.stages.map((stage) => slider(stage.id, stage.label))}
          </fieldset>
          <details>
            <summary>Indicators</summary>
            {method.indicators.filter((indicator) => loaded!.present.has(indicator.id)).map((indicator) => slider(indicator.id, loaded!.exported.labels[indicator.id] ?? indicator.label))}
          </details>
          {error !== null && (
            <p class="error-message" role="alert">
              These weights cannot be used: {error}
            </p>
          )}
          <div class="button-row">
            <button type="button" class="button secondary" disabled={!changed} onClick={() => setFactors(new Map())}>
              Reset
            </button>
            <button type="button" class="button" disabled={!changed || error !== null} onClick={() => updateQuery({ weights: weightsParameter(weights, defaults, choices.weights !== null) })}>
              Use these weights everywhere
            </button>
          </div>
        </form>
      )}
      {open && error !== null && method === undefined && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
