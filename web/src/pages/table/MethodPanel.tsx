/**
 * "Change the method" on the league table: a collapsible form with a number input per life-stage
 * weight (and, folded away, per indicator weight), and selects for the normalisation, the
 * aggregation and the missing-value rule. Applying it writes the choices that differ from the
 * edition's method into the URL (`weights`, `normalise`, `aggregate`, `missing`), which the table,
 * its downloads, /shift and the area pages it links to then use.
 */
import { useEffect, useState } from 'preact/hooks';
import { AGGREGATION, MISSING_RULE, NORMALISATION, type Vocabulary } from '../../../../src/method/vocabulary.js';
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
          <ChoiceSelect id="normalise" label="Normalisation" vocabulary={NORMALISATION} own={method.normalisation} value={normalise} onChange={setNormalise} />
          <ChoiceSelect id="aggregate" label="Aggregation" vocabulary={AGGREGATION} own={method.aggregation} value={aggregate} onChange={setAggregate} />
        </div>
        <ChoiceSelect
          id="missing"
          class="method-missing"
          label="Missing values"
          hint="What to do with an area that has no value for some indicator. An indicator no area has in this edition is left out either way."
          vocabulary={MISSING_RULE}
          own={method.missing}
          value={missing}
          onChange={setMissing}
        />
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

interface ChoiceProps {
  /** The field's id, and the URL parameter it sets. */
  id: string;
  label: string;
  hint?: string;
  /** The choices, from the method's vocabulary. */
  vocabulary: Vocabulary;
  /** The method's own choice, marked as such. */
  own: string;
  value: string;
  onChange: (value: string) => void;
  class?: string;
}

/** A select of one of the method's named choices (normalisation, aggregation, missing-value rule). */
function ChoiceSelect({ id, label, hint, vocabulary, own, value, onChange, class: className }: ChoiceProps) {
  const hintId = `${id}-hint`;
  return (
    <div class={className === undefined ? 'field' : `field ${className}`}>
      <label for={id}>{label}</label>
      {hint !== undefined && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <select id={id} name={id} aria-describedby={hint === undefined ? undefined : hintId} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {vocabulary.choices.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
            {entry.id === own ? ' — the method’s own' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
