/**
 * "Change the method" on the league table: a collapsible form with a number input per life-stage
 * weight (and, folded away, per indicator weight), and selects for the normalisation, the
 * aggregation and the missing-value rule. Applying it writes the choices that differ from the
 * edition's method into the URL (`weights`, `normalise`, `aggregate`, `missing`), which the table,
 * its downloads, /shift and the area pages it links to then use.
 */
import { useEffect, useState } from 'preact/hooks';
import { AGGREGATION, MISSING_RULE, NORMALISATION } from '../../../../src/method/vocabulary.js';
import { formatWeights, hasMethodChoices, parseWeights } from '../../state/methodChoices.js';
import { updateQuery } from '../../state/url.js';
import type { MethodResponse } from '../../types.js';

interface Props {
  method: MethodResponse;
  params: URLSearchParams;
}

export function MethodPanel({ method, params }: Props) {
  const defaults = new Map<string, number>([...method.stages.map((stage) => [stage.id, stage.weight] as const), ...method.indicators.map((indicator) => [indicator.id, indicator.weight] as const)]);
  const fromUrl = (): Map<string, string> => {
    const given = parseWeights(params.get('weights'));
    return new Map([...defaults].map(([id, weight]) => [id, given.get(id) ?? String(weight)]));
  };
  const key = `${params.get('weights') ?? ''}|${params.get('normalise') ?? ''}|${params.get('aggregate') ?? ''}|${params.get('missing') ?? ''}|${method.id}`;
  const [weights, setWeights] = useState(fromUrl);
  const [normalise, setNormalise] = useState(params.get('normalise') ?? method.normalisation);
  const [aggregate, setAggregate] = useState(params.get('aggregate') ?? method.aggregation);
  const [missing, setMissing] = useState(params.get('missing') ?? method.missing);
  useEffect(() => {
    setWeights(fromUrl());
    setNormalise(params.get('normalise') ?? method.normalisation);
    setAggregate(params.get('aggregate') ?? method.aggregation);
    setMissing(params.get('missing') ?? method.missing);
  }, [key]);

  const apply = (event: Event): void => {
    event.preventDefault();
    updateQuery({
      weights: formatWeights(weights, defaults),
      normalise: normalise === method.normalisation ? null : normalise,
      aggregate: aggregate === method.aggregation ? null : aggregate,
      missing: missing === method.missing ? null : missing,
    });
  };
  const reset = (): void => updateQuery({ weights: null, normalise: null, aggregate: null, missing: null });
  const weightField = (id: string, label: string) => (
    <div class="field" key={id}>
      <label for={`weight-${id}`}>{label}</label>
      <input
        id={`weight-${id}`}
        name={id}
        type="number"
        min="0"
        step="any"
        inputMode="decimal"
        value={weights.get(id) ?? ''}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setWeights((previous) => new Map(previous).set(id, value));
        }}
      />
    </div>
  );

  return (
    <details class="method-panel" open={hasMethodChoices(params)}>
      <summary>Change the method</summary>
      <form class="controls stacked-form" aria-label="Change the method" onSubmit={apply}>
        <fieldset>
          <legend>Life-stage weights</legend>
          <p class="hint" id="stage-weights-hint">
            The weights are scaled to add up to 1, so only their proportions count: 2 for School and 1 for the others makes School count twice as much as each
            other stage.
          </p>
          <div class="weight-grid">{method.stages.map((stage) => weightField(stage.id, stage.label))}</div>
        </fieldset>
        <details class="value-note">
          <summary>Indicator weights within each stage</summary>
          {method.stages.map((stage) => (
            <fieldset key={stage.id}>
              <legend>{stage.label}</legend>
              <div class="weight-grid">{method.indicators.filter((indicator) => indicator.stage === stage.id).map((indicator) => weightField(indicator.id, indicator.label))}</div>
            </fieldset>
          ))}
          <p class="hint">An indicator with no data in this edition is left out whatever its weight.</p>
        </details>
        <div class="weight-grid">
          <div class="field">
            <label for="normalise">Normalisation</label>
            <select id="normalise" name="normalise" value={normalise} onChange={(event) => setNormalise(event.currentTarget.value)}>
              {NORMALISATION.choices.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                  {entry.id === method.normalisation ? ' — the method’s own' : ''}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="aggregate">Aggregation</label>
            <select id="aggregate" name="aggregate" value={aggregate} onChange={(event) => setAggregate(event.currentTarget.value)}>
              {AGGREGATION.choices.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                  {entry.id === method.aggregation ? ' — the method’s own' : ''}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field method-missing">
          <label for="missing">Missing values</label>
          <p class="hint" id="missing-hint">
            What to do with an area that has no value for some indicator. An indicator no area has in this edition is left out either way.
          </p>
          <select id="missing" name="missing" aria-describedby="missing-hint" value={missing} onChange={(event) => setMissing(event.currentTarget.value)}>
            {MISSING_RULE.choices.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
                {entry.id === method.missing ? ' — the method’s own' : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="button-list">
          <button type="submit" class="button">
            Rank with this method
          </button>
          {hasMethodChoices(params) && (
            <button type="button" class="button-secondary" onClick={reset}>
              Use the edition's own method
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
