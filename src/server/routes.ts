/**
 * The JSON API, /api/v1, over HTTP: each route of the contract (src/contract/routes.ts) registered
 * with Fastify. A request's path is resolved first (an unknown edition or area is a 404), then its
 * query is read strictly against the route's parameters (query.ts: a 400 naming the parameter),
 * then it is answered by the route's handler (handlers.ts): on this thread for the cheap routes,
 * in the compute pool (compute/pool.ts) for the expensive ones — see {@link offloaded}.
 */
import type { FastifyInstance } from 'fastify';
import { ROUTES, fastifyPath, type RouteDefinition, type RouteName } from '../contract/routes.js';
import type { ComputePool } from './compute/pool.js';
import type { EditionStore } from './editionStore.js';
import { answerer, briefingTrend, queryMethodId, resolvePath, type PathParams } from './handlers.js';
import { sendPayload } from './prepared.js';
import { readQuery } from './query.js';
import { areaInterval } from '../report/areaInterval.js';

/** The routes that always compute: explain, what-if, the briefing (explain and neighbours, then a PDF), shift, patterns, uncertainty and the tidy values (a profile per area). */
const ALWAYS_OFFLOADED: ReadonlySet<RouteName> = new Set<RouteName>(['explain', 'whatif', 'briefing', 'shift', 'patterns', 'uncertainty', 'values']);
const CHOICE_PARAMETERS = ['weights', 'normalise', 'aggregate', 'missing'] as const;

/** Whether a request is answered in the compute pool: an always-computing route, or any route under method choices. */
export function offloaded(name: RouteName, query: Record<string, unknown>): boolean {
  return ALWAYS_OFFLOADED.has(name) || CHOICE_PARAMETERS.some((parameter) => query[parameter] !== undefined);
}

/** Registers every route of the contract on `app`; expensive answers go to `pool`. */
export function registerRoutes(app: FastifyInstance, store: EditionStore, pool: ComputePool): void {
  const answer = answerer(store);
  // one serial number per scored edition: a reloaded edition (changed sources) keys new answers
  const serials = new WeakMap<object, number>();
  let nextSerial = 0;
  const serialOf = (scored: object) => {
    let serial = serials.get(scored);
    if (serial === undefined) serials.set(scored, (serial = (nextSerial += 1)));
    return serial;
  };

  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const route: RouteDefinition = ROUTES[name];
    app.get(fastifyPath(route.path), async (request, reply) => {
      const raw = request.params as PathParams;
      const params: PathParams = {};
      if (raw.edition !== undefined) params.edition = raw.edition;
      if (raw.code !== undefined) params.code = raw.code;
      const path = resolvePath(store, params);
      // the edition and area are checked (404) before the query (400), as a path is read before its query
      const hasEdition = route.params.includes('edition');
      // a {code} without {edition} (the trend) names a council or 2016 district: checked (404) before the query too
      if (!hasEdition && route.params.includes('code')) await path.council();
      const scored = !hasEdition ? undefined : route.params.includes('code') ? (await path.area()).scored : (await path.edition()).scored;
      const query = readQuery(request.query, route) as Record<string, unknown>;
      if (scored === undefined || !offloaded(name, query)) return sendPayload(request, reply, await answer(name, params, query));
      // the key: the route, the edition as loaded, the area, and the query with its method choices normalised
      const method = queryMethodId(scored, query);
      const rest = Object.entries(query).filter(([parameter]) => !(CHOICE_PARAMETERS as readonly string[]).includes(parameter)).sort(([a], [b]) => (a < b ? -1 : 1));
      const key = JSON.stringify([name, serialOf(scored), params.code?.toUpperCase() ?? null, method, rest]);
      // a briefing under the edition's own method shows the rank interval this thread keeps (the worker need not run it again)
      // and the council's trend over the series, which this thread keeps scored, as the trend route answers it
      const given = name !== 'briefing' ? {} : { trend: await briefingTrend(store, (await path.area()).entry.area.code), ...(method === null ? { rankInterval: areaInterval(await store.defaultUncertainty((await path.edition()).id), params.code!.toUpperCase()) } : {}) };
      // a computation nobody waits for any more (every requester's connection closed) is dropped before it starts
      const gone = new AbortController();
      const socket = request.raw.socket;
      const leave = (): void => gone.abort();
      socket.once('close', leave);
      try {
        return await sendPayload(request, reply, await pool.answer(key, { kind: 'route', name, params, query, given }, request.ip, gone.signal));
      } finally {
        socket.off('close', leave);
      }
    });
  }
}
