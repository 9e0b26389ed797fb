/**
 * An edition under a query's method choices, and the uncertainty run a query asks for, the same
 * wherever a route is answered: by the server's handlers (handlers.ts) and by the web app's
 * answerer of a dataset of your own (web/src/yours/localApi.ts), which runs in the browser — so
 * nothing here does I/O.
 */
import { ParameterError, UsageError } from '../errors.js';
import { applyChoices, hasChoices, parseMethodChoices, type MethodChoices } from '../method/choices.js';
import { ASSUMPTION, UNCERTAINTY, describeProblem, idsOf, serverRunsLimit } from '../method/vocabulary.js';
import { parseVary } from '../method/parameters.js';
import { uncertainty } from '../analysis/uncertainty.js';
import { editionUncertaintyInputs } from '../analysis/uncertainty/input.js';
import type { UncertaintyResponse } from '../contract/responses.js';
import { uncertaintyResponse } from '../views/responses.js';
import { rescoreEdition, type ScoredEdition } from '../report/scoredEdition.js';
import { ApiError } from './apiError.js';

/** Runs `work`, answering a bad parameter with a 400 that names it, and other usage errors with a plain 400. */
export function asParameters<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ParameterError) throw new ApiError(400, describeProblem(`query parameter "${error.problem.parameter}"`, error.problem), error.problem.parameter);
    if (error instanceof UsageError) throw new ApiError(400, error.message);
    throw error;
  }
}

/** The method choices of a query. */
export function choicesOf(query: { weights?: string; normalise?: string; aggregate?: string; missing?: string }): MethodChoices {
  return asParameters(() => parseMethodChoices(query));
}

/**
 * The method the choices give, as JSON (null without choices): what a computation under choices is
 * kept under, here and in the compute pool, so that choices coming to the same method share one.
 * A bad choice is a 400 naming its parameter.
 */
export function methodKey(scored: ScoredEdition, choices: MethodChoices): string | null {
  if (!hasChoices(choices)) return null;
  return JSON.stringify(asParameters(() => applyChoices(scored.method, choices, { presentIndicators: presentIndicators(scored) })));
}

/** The indicators with at least one value in the edition, worked out once per scored edition. */
const presentByEdition = new WeakMap<ScoredEdition, Set<string>>();
export function presentIndicators(scored: ScoredEdition): Set<string> {
  let present = presentByEdition.get(scored);
  if (present === undefined) {
    present = new Set(scored.method.indicators.map((indicator) => indicator.id).filter((id) => scored.edition.areas.some((area) => typeof area.values[id] === 'number')));
    presentByEdition.set(scored, present);
  }
  return present;
}

/** How many rescored editions are kept per edition: the most recently used go last. */
const RESCORED_KEPT = 16;
const rescoredByEdition = new WeakMap<ScoredEdition, Map<string, ScoredEdition>>();

/**
 * The edition rescored with the choices (the same object when there are none). The result is
 * kept per edition under the method the choices give (so `school=2` and `early-years=0.5,…` that
 * come to the same weights share one), the RESCORED_KEPT most recently used: every route of a
 * re-weighted page, and every client asking for the same choices, is one computation.
 */
export function rescored(scored: ScoredEdition, choices: MethodChoices): ScoredEdition {
  const key = methodKey(scored, choices);
  if (key === null) return scored;
  let kept = rescoredByEdition.get(scored);
  if (kept === undefined) rescoredByEdition.set(scored, (kept = new Map()));
  let entry = kept.get(key);
  if (entry === undefined) {
    entry = rescoreEdition(scored, JSON.parse(key) as ScoredEdition['method']);
    if (kept.size >= RESCORED_KEPT) kept.delete(kept.keys().next().value!);
  } else {
    kept.delete(key);
  }
  kept.set(key, entry);
  return entry;
}


/**
 * The Monte Carlo run of `GET …/uncertainty` around `centre` (the edition under the query's method
 * choices): the query's runs (bounded: runs × areas × indicators), seed, concentration, omitted
 * share and varied assumptions, each defaulted as the contract says; a bad one is a 400 naming it.
 */
export function uncertaintyAnswer(
  scored: ScoredEdition,
  centre: ScoredEdition,
  query: { runs?: number; seed?: number; concentration?: number; omit?: number; vary?: string },
): UncertaintyResponse {
  const vary = query.vary === undefined ? idsOf(ASSUMPTION) : asParameters(() => parseVary(query.vary as string));
  const runs = query.runs ?? UNCERTAINTY.serverRuns.default;
  const mostRuns = serverRunsLimit(scored.edition.areas.length, centre.method.indicators.length);
  if (runs > mostRuns) throw new ApiError(400, `query parameter "runs" must be at most ${mostRuns.toLocaleString('en-GB')} on this edition (runs × areas × indicators is bounded); got ${runs}.`, 'runs');
  const seed = query.seed ?? UNCERTAINTY.seed.default;
  const concentration = query.concentration ?? UNCERTAINTY.concentration.default;
  const omit = query.omit ?? UNCERTAINTY.omit.default;
  const result = uncertainty(centre.method, editionUncertaintyInputs(scored.edition.areas), { runs, seed, concentration, omit, vary });
  return uncertaintyResponse(scored, centre.method.id, result);
}
