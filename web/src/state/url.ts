/**
 * The URL is the app's state: the path names the page (routes.ts matches it), the query string
 * holds every control's value. `navigate` pushes a new history entry (or replaces it while someone types), and
 * `useLocation` re-renders on those changes and on back/forward (popstate).
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_EDITION } from '../../../src/edition/catalogue.js';

export { DEFAULT_EDITION };
const NAVIGATE_EVENT = 'smi:navigate';

/** Where the app is: the page the path names (see routes.ts) and the query string, which holds every control's value. */
export interface Route {
  /** The id of the page in the route table; 'not-found' for a path no route matches. */
  page: string;
  /** The page's heading and document title, from the route table. */
  title: string;
  /** The values of the route pattern's `:name` segments: `code` of /area/:code. */
  pathParams: Readonly<Record<string, string>>;
  params: URLSearchParams;
  edition: string;
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
