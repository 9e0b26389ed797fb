/**
 * The JSON API, `/api/v1`: each route is a thin reader of the pure report views in src/report, so
 * the API, the CLI and the web app say the same thing. Documented in openapi.ts (served at
 * /api/v1/openapi.json); errors are `{ "error": "…" }` with 400 or 404.
 */
import type { FastifyInstance } from 'fastify';
import { leagueSorts, leagueTable, leagueTableSheet } from '../report/leagueTable.js';
import { AREA_CLASS, GROUP_BY, LAYOUT, idsOf, type Layout } from '../method/vocabulary.js';
import { attribution, attributionText, OGL_URL } from '../report/attribution.js';
import { exportResult } from '../report/exportResult.js';
import { groupsReport, type GroupBy } from '../report/groups.js';
import { indicatorCatalogue } from '../report/indicatorCatalogue.js';
import { peersOf } from '../report/peers.js';
import { areaProfile } from '../report/profile.js';
import type { AreaClass } from '../engine/types.js';
import { DEFAULT_EDITION, EDITION_IDS } from '../pipeline/editions/index.js';
import { METHOD_CHOICE_PARAMETERS, choicesOf, rescored } from './analysisApi.js';
import { ApiError } from './apiError.js';
import { csvDownload, shortCredit, xlsxDownload } from './downloads.js';
import { EditionStore } from './editionStore.js';
import { editionEntry } from '../edition/catalogue.js';
import { openApiDocument } from './openapi.js';
import { sendJson } from './reply.js';
import { readQuery } from './query.js';

interface EditionParams {
  edition: string;
}

interface AreaParams extends EditionParams {
  code: string;
}

export function registerApi(app: FastifyInstance, store: EditionStore): void {
  const scoredFor = (params: EditionParams) => store.edition(EditionStore.checkId(params.edition));
  // Editions never change while the server runs, so each profile is built and serialised once.
  const profiles = new Map<string, string>();

  app.get('/api/v1/openapi.json', async (request, reply) => {
    readQuery(request.query, {});
    return sendJson(reply, openApiDocument());
  });

  app.get('/api/v1/editions', async (request, reply) => {
    readQuery(request.query, {});
    const editions = [];
    for (const id of EDITION_IDS) {
      const scored = await store.edition(id);
      const levels: Record<string, number> = {};
      for (const summary of scored.edition.indicators) levels[summary.level] = (levels[summary.level] ?? 0) + 1;
      const years = [...new Set(scored.edition.indicators.map((summary) => summary.year).filter((year) => year !== ''))].sort();
      editions.push({
        id,
        label: scored.edition.label,
        description: scored.edition.description,
        geography: editionEntry(id).geography.label,
        areaCount: scored.areas.length,
        rankedCount: scored.result.rankedCount,
        years,
        levels,
        attribution: attribution(scored.edition),
      });
    }
    return sendJson(reply, { default: DEFAULT_EDITION, editions });
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/areas', async (request, reply) => {
    const edition = await scoredFor(request.params);
    const stageIds = edition.method.stages.map((stage) => stage.id);
    const query = readQuery(request.query, {
      ...METHOD_CHOICE_PARAMETERS,
      stage: { values: stageIds },
      region: {},
      county: {},
      rural_urban: {},
      class: { values: idsOf(AREA_CLASS) },
      q: {},
      sort: { values: leagueSorts(stageIds) },
      format: { values: ['json', 'csv', 'xlsx'] },
    });
    const scored = rescored(edition, choicesOf(query));
    const table = leagueTable(scored, {
      stage: query.stage,
      region: query.region,
      county: query.county,
      ruralUrban: query.rural_urban,
      class: query.class as AreaClass | undefined,
      search: query.q,
      sort: query.sort,
    });
    const credit = attribution(scored.edition);
    const filename = `smi-${scored.edition.id}-league-table`;
    if (query.format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}.csv"`)
        .send(csvDownload(leagueTableSheet(table, stageIds), shortCredit(scored.edition.sources.map((source) => source.publisher))));
    }
    if (query.format === 'xlsx') {
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}.xlsx"`)
        .send(xlsxDownload(leagueTableSheet(table, stageIds), 'League table', credit));
    }
    return sendJson(reply, { ...table, sort: query.sort ?? 'rank', total: scored.areas.length, method: scored.method === edition.method ? null : scored.method, attribution: credit });
  });

  app.get<{ Params: AreaParams }>('/api/v1/editions/:edition/areas/:code', async (request, reply) => {
    const scored = await scoredFor(request.params);
    readQuery(request.query, {});
    const entry = scored.byCode.get(request.params.code.toUpperCase());
    if (entry === undefined) {
      throw new ApiError(404, `no area with code "${request.params.code}" in ${scored.edition.id}; list them at /api/v1/editions/${scored.edition.id}/areas.`);
    }
    const key = `${scored.edition.id}/${entry.area.code}`;
    let body = profiles.get(key);
    if (body === undefined) {
      body = JSON.stringify({ ...areaProfile(scored, entry), context: peersOf(scored, entry), attribution: attributionText(scored.edition) });
      profiles.set(key, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/groups', async (request, reply) => {
    const scored = await scoredFor(request.params);
    const query = readQuery(request.query, { by: { values: idsOf(GROUP_BY) } });
    if (query.by === undefined) throw new ApiError(400, `query parameter "by" is required: one of ${idsOf(GROUP_BY).join(', ')}.`);
    return sendJson(reply, { ...groupsReport(scored, query.by as GroupBy), attribution: attribution(scored.edition) });
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/indicators', async (request, reply) => {
    const scored = await scoredFor(request.params);
    readQuery(request.query, {});
    return sendJson(reply, { edition: scored.edition.id, areas: scored.areas.length, indicators: indicatorCatalogue(scored.edition, scored.method), attribution: attribution(scored.edition) });
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/sources', async (request, reply) => {
    const scored = await scoredFor(request.params);
    readQuery(request.query, {});
    return sendJson(reply, { edition: scored.edition.id, sources: scored.edition.sources, attribution: attribution(scored.edition), licence: OGL_URL });
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/method', async (request, reply) => {
    const scored = await scoredFor(request.params);
    readQuery(request.query, {});
    return sendJson(reply, scored.method);
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/export', async (request, reply) => {
    const edition = await scoredFor(request.params);
    const query = readQuery(request.query, METHOD_CHOICE_PARAMETERS);
    return sendJson(reply, exportResult(rescored(edition, choicesOf(query))));
  });

  app.get<{ Params: EditionParams }>('/api/v1/editions/:edition/geometry', async (request, reply) => {
    const id = EditionStore.checkId(request.params.edition);
    const query = readQuery(request.query, { layout: { values: idsOf(LAYOUT) } });
    const json = await store.geometryJson(id, (query.layout ?? 'map') as Layout);
    return reply.type('application/json; charset=utf-8').send(json);
  });
}
