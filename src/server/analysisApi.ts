/**
 * The analysis routes of /api/v1 (the `smi explain`, `whatif`, `neighbours`, `shift`, `patterns` and
 * `uncertainty` commands over HTTP): thin readers of the pure modules in src/analysis, answering
 * the same JSON as the CLI's `--format json`. Method choices (`weights`, `normalise`, `aggregate`,
 * `missing`) are query parameters with the CLI flags' meaning.
 */
import type { FastifyInstance } from 'fastify';
import { explain } from '../analysis/explain.js';
import { neighbours, type NeighbourBasis } from '../analysis/neighbours.js';
import { patterns } from '../analysis/patterns.js';
import { shift } from '../analysis/shift.js';
import { uncertainty, uncertaintyJson } from '../analysis/uncertainty.js';
import { parseSetting, resolveSettings, whatIf } from '../analysis/whatIf.js';
import { ParameterError, UsageError } from '../errors.js';
import { applyChoices, choiceParameters, hasChoices, parseMethodChoices, type MethodChoices } from '../method/choices.js';
import { parseUncertaintySettings } from '../method/parameters.js';
import { AGGREGATION, MISSING_RULE, NEIGHBOUR_BASIS, NORMALISATION, UNCERTAINTY, describeProblem, idsOf } from '../method/vocabulary.js';
import { IMD_SOURCE } from '../pipeline/context.js';
import type { EditionId } from '../pipeline/editions/index.js';
import { attributionText } from '../report/attribution.js';
import { rescoreEdition, type ScoredArea, type ScoredEdition } from '../report/scoredEdition.js';
import { ApiError } from './apiError.js';
import { EditionStore } from './editionStore.js';
import { sendJson } from './reply.js';
import { readQuery, type QuerySpec } from './query.js';

interface AreaParams {
  edition: string;
  code: string;
}

export const METHOD_CHOICE_PARAMETERS: QuerySpec = {
  weights: {},
  normalise: { values: idsOf(NORMALISATION) },
  aggregate: { values: idsOf(AGGREGATION) },
  missing: { values: idsOf(MISSING_RULE) },
};

/** Runs `work`, answering a bad parameter with a 400 that names it and other usage errors with a plain 400. */
function asParameters<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ParameterError) throw new ApiError(400, describeProblem(`query parameter "${error.problem.parameter}"`, error.problem));
    if (error instanceof UsageError) throw new ApiError(400, error.message);
    throw error;
  }
}

/** The method choices of a query (already checked against METHOD_CHOICE_PARAMETERS). */
export function choicesOf(query: Record<string, string | undefined>): MethodChoices {
  return asParameters(() => parseMethodChoices(query));
}

/** The edition rescored with the choices (the same object when there are none). */
export function rescored(scored: ScoredEdition, choices: MethodChoices): ScoredEdition {
  if (!hasChoices(choices)) return scored;
  const present = new Set(scored.method.indicators.map((indicator) => indicator.id).filter((id) => scored.edition.areas.some((area) => typeof area.values[id] === 'number')));
  const method = asParameters(() => applyChoices(scored.method, choices, { presentIndicators: present }));
  return rescoreEdition(scored, method);
}

function whole(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) throw new ApiError(400, `query parameter "${name}" must be a whole number from ${min} to ${max}; got "${text}".`);
  return value;
}

export function registerAnalysisApi(app: FastifyInstance, store: EditionStore): void {
  const areaOf = async (params: AreaParams): Promise<{ id: EditionId; scored: ScoredEdition; entry: ScoredArea }> => {
    const id = EditionStore.checkId(params.edition);
    const scored = await store.edition(id);
    const entry = scored.byCode.get(params.code.toUpperCase());
    if (entry === undefined) throw new ApiError(404, `no area with code "${params.code}" in ${scored.edition.id}.`);
    return { id, scored, entry };
  };

  app.get<{ Params: AreaParams }>('/api/v1/editions/:edition/areas/:code/explain', async (request, reply) => {
    const { scored, entry } = await areaOf(request.params);
    const query = readQuery(request.query, METHOD_CHOICE_PARAMETERS);
    const changed = rescored(scored, choicesOf(query));
    const area = changed.byCode.get(entry.area.code) as ScoredArea;
    return sendJson(reply, { ...asParameters(() => explain(changed, area)), attribution: attributionText(scored.edition) });
  });

  app.get<{ Params: AreaParams }>('/api/v1/editions/:edition/areas/:code/whatif', async (request, reply) => {
    const { scored, entry } = await areaOf(request.params);
    const query = readQuery(request.query, { set: {} });
    if (query.set === undefined || query.set.trim() === '') {
      throw new ApiError(400, 'query parameter "set" is required: a comma list of <indicator>=<number|median|best-in-county|best-in-region>, e.g. set=fsm-attainment8=best-in-county.');
    }
    const result = asParameters(() => {
      const settings = (query.set as string).split(',').map((item) => parseSetting(item.trim()));
      return whatIf(scored, entry, resolveSettings(scored, entry, settings));
    });
    return sendJson(reply, { ...result, attribution: attributionText(scored.edition) });
  });

  app.get<{ Params: AreaParams }>('/api/v1/editions/:edition/areas/:code/neighbours', async (request, reply) => {
    const { id, scored, entry } = await areaOf(request.params);
    const query = readQuery(request.query, { k: {}, on: { values: idsOf(NEIGHBOUR_BASIS) } });
    const k = whole('k', query.k, 10, 1, scored.areas.length - 1);
    const on = (query.on ?? 'indicators') as NeighbourBasis;
    const contexts = on === 'context' ? await store.contexts(id) : undefined;
    const report = asParameters(() => neighbours(scored, entry, { k, on, contexts }));
    const credited = on === 'context' ? { sources: [...scored.edition.sources, IMD_SOURCE] } : scored.edition;
    return sendJson(reply, { ...report, attribution: attributionText(credited) });
  });

  app.get<{ Params: { edition: string } }>('/api/v1/editions/:edition/patterns', async (request, reply) => {
    const id = EditionStore.checkId(request.params.edition);
    const scored = await store.edition(id);
    readQuery(request.query, {});
    const report = patterns(scored, await store.contexts(id));
    return sendJson(reply, { ...report, attribution: attributionText({ sources: [...scored.edition.sources, IMD_SOURCE] }) });
  });

  app.get<{ Params: { edition: string } }>('/api/v1/editions/:edition/shift', async (request, reply) => {
    const scored = await store.edition(EditionStore.checkId(request.params.edition));
    const query = readQuery(request.query, METHOD_CHOICE_PARAMETERS);
    const choices = choicesOf(query);
    if (!hasChoices(choices)) throw new ApiError(400, 'say what to change: weights, normalise, aggregate or missing.');
    const report = shift(scored, rescored(scored, choices));
    const changes = choiceParameters(choices).map(([name, value]) => `${name}=${value}`).join('&');
    return sendJson(reply, { ...report, changes, attribution: attributionText(scored.edition) });
  });

  app.get<{ Params: { edition: string } }>('/api/v1/editions/:edition/uncertainty', async (request, reply) => {
    const scored = await store.edition(EditionStore.checkId(request.params.edition));
    const query = readQuery(request.query, { runs: {}, seed: {}, concentration: {}, vary: {}, ...METHOD_CHOICE_PARAMETERS });
    const { runs, seed, concentration, vary } = asParameters(() => parseUncertaintySettings(query, UNCERTAINTY.serverRuns));
    const centre = rescored(scored, choicesOf(query));
    const areas = scored.edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values, intervals: area.intervals }));
    const result = uncertainty(centre.method, areas, { runs, seed, concentration, vary });
    return sendJson(reply, uncertaintyJson(result, scored.edition.id, centre.method.id, attributionText(scored.edition)));
  });
}
