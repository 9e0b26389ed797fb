/**
 * The URL is the app's state: the path names the page, the query string holds every control's
 * value. `navigate` pushes a new history entry (or replaces it while someone types), and
 * `useLocation` re-renders on those changes and on back/forward (popstate).
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_EDITION } from '../../../src/edition/catalogue.js';

export { DEFAULT_EDITION };
const NAVIGATE_EVENT = 'smi:navigate';

export type Page = 'map' | 'table' | 'area' | 'compare' | 'groups' | 'method' | 'uncertainty' | 'patterns' | 'shift' | 'not-found';

export interface Route {
  page: Page;
  /** The area code of /area/{code}. */
  code: string | null;
  params: URLSearchParams;
  edition: string;
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const edition = params.get('edition') || DEFAULT_EDITION;
  const path = pathname.replace(/\/+$/, '') || '/';
  const area = /^\/area\/([^/]+)$/.exec(path);
  if (area?.[1] !== undefined) return { page: 'area', code: decodeURIComponent(area[1]), params, edition };
  const pages: Record<string, Page> = {
    '/': 'map',
    '/table': 'table',
    '/compare': 'compare',
    '/groups': 'groups',
    '/method': 'method',
    '/uncertainty': 'uncertainty',
    '/patterns': 'patterns',
    '/shift': 'shift',
  };
  return { page: pages[path] ?? 'not-found', code: null, params, edition };
}

/** A path with a query string; empty, null and default values are left out so links stay short. */
export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (key === 'edition' && value === DEFAULT_EDITION) continue;
    query.set(key, value);
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The path of an area page in an edition, with any other parameters (the method choices, say). */
export function areaHref(code: string, edition: string, params: Record<string, string | null | undefined> = {}): string {
  return href(`/area/${encodeURIComponent(code)}`, { edition, ...params });
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = location.pathname + location.search;
  if (to === current) return;
  if (options.replace === true) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Changes some query parameters of the current page, keeping the others: `null` or '' removes one.
 */
export function updateQuery(changes: Record<string, string | null>, options: { replace?: boolean } = {}): void {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '' || (key === 'edition' && value === DEFAULT_EDITION)) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  navigate(text === '' ? location.pathname : `${location.pathname}?${text}`, options);
}

export function useLocation(): { pathname: string; search: string } {
  const [loc, setLoc] = useState(() => ({ pathname: location.pathname, search: location.search }));
  useEffect(() => {
    const update = (): void => setLoc({ pathname: location.pathname, search: location.search });
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return loc;
}
