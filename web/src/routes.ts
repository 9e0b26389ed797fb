/**
 * The route table: every page of the explorer, once. A route gives its path pattern (`:name`
 * stands for one segment), its page component — in the first bundle, or loaded in a chunk of its
 * own when first shown — its title (the page's heading and document title), its link in the
 * header's navigation if it has one, and an address that shows it with data. Routing
 * (`parseRoute`), the navigation (`NAV_ROUTES`) and the end-to-end tests' list of pages read it.
 * A lazy page lives in pages/<its id>/, which names its chunk (see vite.config.ts).
 */
import { DEFAULT_EDITION } from '../../src/edition/catalogue.js';
import type { PageComponent } from './components/LazyPage.js';
import { MapPage } from './pages/map/MapPage.js';
import { NotFoundPage } from './pages/not-found/NotFoundPage.js';
import type { Route } from './state/url.js';

/** How a page's code arrives: with the first page, or in a chunk of its own when first shown. */
export type PageSource = { kind: 'eager'; component: PageComponent } | { kind: 'lazy'; load: () => Promise<PageComponent> };

export interface RouteSpec {
  /** The page's id: `Route.page`, and the name of its folder under pages/. */
  readonly id: string;
  /** The path; `:name` stands for one segment, given to the page as `pathParams.name`. */
  readonly pattern: string;
  /** The page's heading and document title (an area page puts the area's name in their place once loaded). */
  readonly title: string;
  readonly source: PageSource;
  /** The page's link in the header's navigation, ordered by `order`; null for a page reached from others. */
  readonly nav: { readonly label: string; readonly order: number } | null;
  /** An address that shows the page with data: the end-to-end tests visit it. */
  readonly example: string;
  /** True when the page ranks under the URL's method choices (`weights`, `normalise`, …): links to it carry them. */
  readonly methodChoices: boolean;
  /** An embeddable view (src/contract/embeds.ts): drawn without the header, navigation and footer, and framable by other sites. */
  readonly embed?: boolean;
}

const eager = (component: PageComponent): PageSource => ({ kind: 'eager', component });
const lazy = (load: () => Promise<PageComponent>): PageSource => ({ kind: 'lazy', load });

export const ROUTES = [
  { id: 'map', pattern: '/', title: 'Social mobility across England', source: eager(MapPage), nav: { label: 'Map', order: 1 }, example: '/', methodChoices: true },
  { id: 'table', pattern: '/table', title: 'League table', source: lazy(() => import('./pages/table/TablePage.js').then((module) => module.TablePage)), nav: { label: 'League table', order: 2 }, example: '/table', methodChoices: true },
  { id: 'area', pattern: '/area/:code', title: 'Area', source: lazy(() => import('./pages/area/AreaPage.js').then((module) => module.AreaPage)), nav: null, example: '/area/E07000028', methodChoices: true },
  {
    id: 'compare',
    pattern: '/compare',
    title: 'Compare areas',
    source: lazy(() => import('./pages/compare/ComparePage.js').then((module) => module.ComparePage)),
    nav: { label: 'Compare', order: 3 },
    example: '/compare?areas=E07000026,E07000028,E07000029',
    methodChoices: true,
  },
  { id: 'groups', pattern: '/groups', title: 'Regions, counties and rural areas', source: lazy(() => import('./pages/groups/GroupsPage.js').then((module) => module.GroupsPage)), nav: { label: 'Groups', order: 4 }, example: '/groups?by=county', methodChoices: false },
  { id: 'method', pattern: '/method', title: 'Method and sources', source: lazy(() => import('./pages/method/MethodPage.js').then((module) => module.MethodPage)), nav: { label: 'Method & sources', order: 7 }, example: '/method', methodChoices: false },
  {
    id: 'uncertainty',
    pattern: '/uncertainty',
    title: 'How sure are the ranks?',
    source: lazy(() => import('./pages/uncertainty/UncertaintyPage.js').then((module) => module.UncertaintyPage)),
    nav: { label: 'How sure?', order: 5 },
    example: '/uncertainty?runs=200&seed=3',
    methodChoices: false,
  },
  {
    id: 'patterns',
    pattern: '/patterns',
    title: 'Patterns: deprivation, rurality and the coast',
    source: lazy(() => import('./pages/patterns/PatternsPage.js').then((module) => module.PatternsPage)),
    nav: { label: 'Patterns', order: 6 },
    example: '/patterns',
    methodChoices: false,
  },
  {
    id: 'shift',
    pattern: '/shift',
    title: 'How far does each area move?',
    source: lazy(() => import('./pages/shift/ShiftPage.js').then((module) => module.ShiftPage)),
    nav: null,
    example: '/shift?normalise=minmax',
    methodChoices: true,
  },
  {
    id: 'movers',
    pattern: '/movers',
    title: 'Who moved most?',
    source: lazy(() => import('./pages/movers/MoversPage.js').then((module) => module.MoversPage)),
    nav: { label: 'Who moved?', order: 6.5 },
    example: '/movers?from=2016&to=2025',
    methodChoices: false,
  },
  {
    id: 'yours',
    pattern: '/yours',
    title: 'Your own data',
    source: lazy(() => import('./pages/yours/YoursPage.js').then((module) => module.YoursPage)),
    nav: { label: 'Your own data', order: 6.8 },
    example: '/yours',
    methodChoices: false,
  },
  {
    id: 'embed-map',
    pattern: '/embed/map',
    title: 'Map',
    source: lazy(() => import('./pages/embed-map/EmbedMapPage.js').then((module) => module.EmbedMapPage)),
    nav: null,
    example: '/embed/map?measure=youth',
    methodChoices: false,
    embed: true,
  },
  {
    id: 'embed-area',
    pattern: '/embed/area/:code',
    title: 'Area',
    source: lazy(() => import('./pages/embed-area/EmbedAreaPage.js').then((module) => module.EmbedAreaPage)),
    nav: null,
    example: '/embed/area/E07000028',
    methodChoices: false,
    embed: true,
  },
] as const satisfies readonly RouteSpec[];

export type PageId = (typeof ROUTES)[number]['id'];

/** The page for a path no route matches. */
export const NOT_FOUND = { id: 'not-found', pattern: '', title: 'Page not found', source: eager(NotFoundPage), nav: null, example: '/no-such-page', methodChoices: false } as const satisfies RouteSpec;

/** The routes that have a link in the header, in the navigation's order. */
export const NAV_ROUTES: ReadonlyArray<RouteSpec & { nav: NonNullable<RouteSpec['nav']> }> = ROUTES.filter((spec) => spec.nav !== null).sort((a, b) => a.nav.order - b.nav.order);

interface Matcher {
  spec: RouteSpec;
  regex: RegExp;
  names: string[];
}

const MATCHERS: Matcher[] = ROUTES.map((spec) => {
  const names: string[] = [];
  const source = spec.pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { spec, regex: new RegExp(`^${source}$`), names };
});

/** The route of a path (a trailing slash is ignored), with the values of its `:name` segments; NOT_FOUND when none matches. */
export function matchPath(pathname: string): { spec: RouteSpec; pathParams: Record<string, string> } {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const { spec, regex, names } of MATCHERS) {
    const found = regex.exec(path);
    if (found === null) continue;
    try {
      return { spec, pathParams: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')])) };
    } catch {
      // A malformed escape (/area/%E0) names no page.
      break;
    }
  }
  return { spec: NOT_FOUND, pathParams: {} };
}

/** The route of an address: the page, its title, its path values, the query and the edition. */
export function parseRoute(pathname: string, search: string): Route {
  const { spec, pathParams } = matchPath(pathname);
  const params = new URLSearchParams(search);
  return { page: spec.id, title: spec.title, pathParams, params, edition: params.get('edition') || DEFAULT_EDITION };
}

/** The route table's entry of a page id (NOT_FOUND for any other). */
export function routeOf(page: string): RouteSpec {
  return ROUTES.find((spec) => spec.id === page) ?? NOT_FOUND;
}
