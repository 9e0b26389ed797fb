/**
 * The route table (web/src/routes.ts): every address in the wild reaches its page, with its path
 * values, query and edition; anything else is "not found"; the navigation's order; and each lazy
 * page living in the folder its chunk is named after.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION } from '../../../src/edition/catalogue.js';
import { NAV_ROUTES, NOT_FOUND, ROUTES, matchPath, parseRoute, routeOf } from '../../../web/src/routes.js';

describe('parseRoute', () => {
  const wild: Array<[string, string]> = [
    ['/', 'map'],
    ['/table', 'table'],
    ['/table/', 'table'],
    ['/area/E07000028', 'area'],
    ['/compare', 'compare'],
    ['/groups', 'groups'],
    ['/method', 'method'],
    ['/uncertainty', 'uncertainty'],
    ['/patterns', 'patterns'],
    ['/shift', 'shift'],
  ];
  it.each(wild)('%s is the %s page', (path, page) => {
    expect(parseRoute(path, '').page).toBe(page);
  });

  it('gives an area page its code, decoded, with the query and the edition', () => {
    const route = parseRoute('/area/E07000028/', '?edition=open-latest&set=median-pay%3D30000');
    expect(route).toMatchObject({ page: 'area', title: 'Area', pathParams: { code: 'E07000028' }, edition: 'open-latest' });
    expect(route.params.get('set')).toBe('median-pay=30000');
    expect(parseRoute('/area/E07%30', '').pathParams).toEqual({ code: 'E070' });
  });

  it('takes the default edition when none, or an empty one, is given', () => {
    expect(parseRoute('/table', '').edition).toBe(DEFAULT_EDITION);
    expect(parseRoute('/table', '?edition=').edition).toBe(DEFAULT_EDITION);
  });

  it.each(['/nope', '/area', '/area/', '/area/E07000028/explain', '/table/x', '/area/%E0', '//table'])('%s is not found', (path) => {
    const route = parseRoute(path, '');
    expect(route.page).toBe('not-found');
    expect(route.title).toBe(NOT_FOUND.title);
  });

  it("reads every route's example as that route", () => {
    for (const spec of ROUTES) {
      const url = new URL(spec.example, 'http://localhost');
      expect(matchPath(url.pathname).spec).toBe(spec);
      expect(routeOf(spec.id)).toBe(spec);
    }
  });
});

describe('the table', () => {
  it('has one route per id and per pattern', () => {
    expect(new Set(ROUTES.map((spec) => spec.id)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((spec) => spec.pattern)).size).toBe(ROUTES.length);
  });

  it('orders the navigation by `order`, leaving out the pages reached from others', () => {
    expect(NAV_ROUTES.map((spec) => spec.nav.label)).toEqual(['Map', 'League table', 'Compare', 'Groups', 'How sure?', 'Patterns', 'Who moved?', 'Your own data', 'Method & sources']);
    expect(ROUTES.filter((spec) => spec.nav === null).map((spec) => spec.id)).toEqual(['area', 'shift', 'embed-map', 'embed-area']);
    // A link in the header is its pattern itself.
    for (const spec of NAV_ROUTES) expect(spec.pattern).not.toContain(':');
  });

  it('keeps every page in pages/<id>/, the folder a lazy chunk is named after', () => {
    for (const spec of [...ROUTES, NOT_FOUND]) expect(existsSync(join(import.meta.dirname, '..', '..', '..', 'web', 'src', 'pages', spec.id)), spec.id).toBe(true);
  });
});
