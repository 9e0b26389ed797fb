/**
 * # What-if (`smi whatif`)
 *
 * Recomputes the index with one area's values changed and every other area unchanged, and reports
 * the area's overall score, rank and class and its stage scores and ranks before and after.
 * The normalisation is recomputed over all ranked areas ({@link recomputeWith}): moving one value
 * also moves the mean and spread (or min/max, or ranks) that every area is scored against, so the
 * new rank is what the index would say had the data been different.
 *
 * A change is `<indicator>=<target>`, the target being
 * - a number: the new raw value, in the indicator's unit (e.g. `fsm-ks2-rwm=40` for 40%);
 * - `median`: the England median (over ranked areas with a value, as `smi area` prints it);
 * - `best-in-county`: the best value (by the indicator's direction) among the areas of the area's
 *   county (on 2025 geography: of its former county, e.g. Cumbria for Cumberland);
 * - `best-in-region`: the best value among the areas of its region.
 *
 * Setting the area's own values reproduces the index exactly (the engine is deterministic), so
 * "before" equals "after". Under min–max or percentile-rank normalisation with mean aggregation a
 * better value never worsens the area's rank; under z-scores it can (the new SD can lift a close
 * rival more than the area), see test/engine/monotonicity.test.ts.
 *
 * @example
 * // Four areas, one indicator, z-scores: values 1, 2, 3, 6 (mean 3, s = √(4+1+0+9)/3 = 2.16):
 * // area "a" (1) has z = −0.926, rank 4. Setting it to 4: values 4, 2, 3, 6, mean 3.75,
 * // s = √(0.0625+3.0625+0.5625+5.0625)/3 = 1.708; z(a) = 0.146, above 2 (−1.02) and 3 (−0.44): rank 2.
 */
import { NothingToRankError, NotComputableError, ParameterError } from '../errors.js';
import { domainProblem } from '../method/domain.js';
import { formatIndicatorValue } from '../report/formatValue.js';
import { DECIMAL_NUMBER, WHATIF_TARGET, idsOf, type WhatIfTarget } from '../method/vocabulary.js';
import type { WhatIfResponse } from '../contract/responses.js';
import type { AreaResult } from '../engine/types.js';
import { areasInCounty } from '../report/leagueTable.js';
import type { ScoredArea, ScoredEdition } from '../report/scoredEdition.js';
import { recomputeWith } from './recompute.js';

export type TargetKeyword = WhatIfTarget;

export interface Setting {
  indicator: string;
  target: number | TargetKeyword;
}

/** An area's overall and stage results before or after. */
export type Snapshot = WhatIfResponse['before'];

/** One changed value: from, to and how the new value was chosen. */
export type Change = WhatIfResponse['changes'][string];

/** A what-if (the API's response less its attribution). */
export type WhatIfResult = Omit<WhatIfResponse, 'attribution'>;

/**
 * Parses one `--set` argument, `<indicator>=<number|median|best-in-county|best-in-region>`.
 * The indicator id is checked later, against the method ({@link resolveSettings}).
 *
 * @throws ParameterError (`set`) for anything else.
 */
export function parseSetting(text: string): Setting {
  const eq = text.indexOf('=');
  const id = eq < 0 ? '' : text.slice(0, eq).trim();
  const target = eq < 0 ? '' : text.slice(eq + 1).trim();
  if (id === '' || target === '') {
    throw new ParameterError('set', `"${text}" is not of the form <indicator>=<value|${idsOf(WHATIF_TARGET).join('|')}> (e.g. fsm-ks2-rwm=40).`);
  }
  const keyword = WHATIF_TARGET.choices.find((choice) => choice.id === target.toLowerCase())?.id;
  if (keyword !== undefined) return { indicator: id, target: keyword };
  if (!DECIMAL_NUMBER.test(target) || !Number.isFinite(Number(target))) {
    throw new ParameterError('set', `the value of ${id}, "${target}", is not a number or one of ${idsOf(WHATIF_TARGET).join(', ')}.`);
  }
  return { indicator: id, target: Number(target) };
}

/**
 * The new values the settings give the area: id → {from, to, how}.
 *
 * @throws ParameterError (`set`) for no settings, an indicator given twice, an unknown indicator, one with no
 *   data in the edition, best-in-county for an area with no county, or a group with no value.
 */
export function resolveSettings(scored: ScoredEdition, entry: ScoredArea, settings: readonly Setting[]): Record<string, Change> {
  if (settings.length === 0) throw new ParameterError('set', `give at least one change, <indicator>=<value|${idsOf(WHATIF_TARGET).join('|')}>.`);
  const changes: Record<string, Change> = {};
  const { area } = entry;
  for (const { indicator: id, target } of settings) {
    const indicator = scored.method.indicators.find((candidate) => candidate.id === id);
    if (indicator === undefined) {
      throw new ParameterError('set', `unknown indicator "${id}"; the indicators are ${scored.method.indicators.map((candidate) => candidate.id).join(', ')}.`);
    }
    if (Object.hasOwn(changes, id)) throw new ParameterError('set', `"${id}" is given twice.`);
    const leftOut = scored.result.leftOut.find((entry) => entry.indicator === id);
    if (leftOut !== undefined) {
      const why = leftOut.reason === 'no area has a value' ? `has no data in ${scored.edition.id}` : `is left out of ${scored.edition.id} (${leftOut.reason})`;
      throw new ParameterError('set', `${id} (${indicator.label}) ${why}, so a value for one area cannot be scored.`);
    }
    const from = area.values[id] ?? null;
    let to: number;
    if (typeof target === 'number') to = target;
    else if (target === 'median') to = scored.result.summaries[id]?.median as number;
    else {
      let group: ScoredArea[];
      let groupName: string;
      if (target === 'best-in-region') {
        group = scored.areas.filter((other) => other.area.region === area.region);
        groupName = area.region;
      } else {
        const county = area.county ?? area.formerCounty ?? null;
        if (county === null) throw new ParameterError('set', `${id}=best-in-county: ${area.name} is not in a county (it is a ${area.type.toLowerCase()}); try best-in-region.`);
        group = areasInCounty(scored.areas, county);
        groupName = county;
      }
      const values = group.flatMap((other) => {
        const value = other.area.values[id];
        return value === null || value === undefined ? [] : [value];
      });
      if (values.length === 0) throw new ParameterError('set', `${id}=${target}: no area of ${groupName} has a value for ${indicator.label}.`);
      to = indicator.direction === 'higher' ? Math.max(...values) : Math.min(...values);
    }
    const problem = domainProblem(indicator, to);
    if (problem !== null) throw new ParameterError('set', `${problem}.`);
    changes[id] = { from, to, how: typeof target === 'number' ? 'value' : target };
  }
  return changes;
}

function snapshot(result: AreaResult): Snapshot {
  const stages: Snapshot['stages'] = {};
  for (const [id, stage] of Object.entries(result.stages)) stages[id] = { score: stage.score, rank: stage.rank };
  return { overall: { score: result.overall.score, rank: result.overall.rank, class: result.overall.class }, stages };
}

/**
 * A sentence for each new value beyond every value the ranked areas have: the index is then
 * extrapolated past anything England shows, which a reader must know before quoting the rank.
 * "FSM children with a good level of development: 95% is higher than any area in England (the
 * highest is 76.9%)".
 */
export function beyondObserved(scored: ScoredEdition, changes: Readonly<Record<string, Change>>): string[] {
  const warnings: string[] = [];
  for (const [id, change] of Object.entries(changes)) {
    const indicator = scored.method.indicators.find((candidate) => candidate.id === id);
    const summary = scored.result.summaries[id];
    if (indicator === undefined || summary === undefined || summary.min === null || summary.max === null) continue;
    const value = (x: number) => formatIndicatorValue(x, indicator.unit);
    if (change.to > summary.max) {
      warnings.push(`${indicator.label}: ${value(change.to)} is higher than any area in England (the highest is ${value(summary.max)}); the result extrapolates beyond the data.`);
    } else if (change.to < summary.min) {
      warnings.push(`${indicator.label}: ${value(change.to)} is lower than any area in England (the lowest is ${value(summary.min)}); the result extrapolates beyond the data.`);
    }
  }
  return warnings;
}

/** Recomputes with the changes and reports before and after (see the module comment). */
export function whatIf(scored: ScoredEdition, entry: ScoredArea, changes: Readonly<Record<string, Change>>): WhatIfResult {
  const code = entry.area.code;
  const values: Record<string, number> = {};
  for (const [id, change] of Object.entries(changes)) values[id] = change.to;
  let after;
  try {
    after = recomputeWith(scored, code, values);
  } catch (error) {
    // the new values leave every indicator the same in every area (one area's change can do that in a tiny dataset)
    if (error instanceof NothingToRankError) throw new ParameterError('set', `with these values ${error.message.replace('; check that the values differ between areas', '')}.`);
    // a value in its domain but too large to compute with (fsm-attainment8=1e308): the change is what is wrong
    if (error instanceof NotComputableError) throw new ParameterError('set', `with these values ${error.message}.`);
    throw error;
  }
  return {
    code,
    name: entry.area.name,
    rankedCount: { before: scored.result.rankedCount, after: after.rankedCount },
    changes: { ...changes },
    warnings: beyondObserved(scored, changes),
    before: snapshot(entry.result),
    after: snapshot(after.resultOf(code)),
  };
}
