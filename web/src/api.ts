/**
 * The JSON API client: one cached promise per URL (the data of an edition does not change while
 * the page is open), errors as ApiError with the server's message, and `useApi` for components.
 */
import { useEffect, useState } from 'preact/hooks';
import { YOURS_API_PREFIX } from './yours/edition.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

export function apiUrl(path: string, params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(key, value);
  const text = query.toString();
  return `/api/v1${path}${text === '' ? '' : `?${text}`}`;
}

export function editionUrl(edition: string, path: string, params: Record<string, string | null | undefined> = {}): string {
  return apiUrl(`/editions/${encodeURIComponent(edition)}${path}`, params);
}

/** The API path prefix of a dataset of your own (web/src/yours/localApi.ts): answered in the page, never sent. */
const YOURS_PREFIX = YOURS_API_PREFIX;

/** The answer of a URL of edition `yours`, computed in the page; its errors as the server's would be. */
function answerYours(url: string): Promise<unknown> {
  return import('./yours/localApi.js')
    .then((local) => local.answerLocally(url))
    .catch((error: unknown) => {
      if (error instanceof Error && error.name === 'ApiError' && 'status' in error && typeof error.status === 'number') throw new ApiError(error.status, error.message);
      throw error;
    });
}

/** Forgets the answers kept for edition `yours` (a new dataset was given). */
export function forgetYours(): void {
  for (const url of [...cache.keys()]) if (url.startsWith(YOURS_PREFIX)) cache.delete(url);
}

export function fetchJson<T>(url: string): Promise<T> {
  let pending = cache.get(url);
  if (pending === undefined && url.startsWith(YOURS_PREFIX)) {
    pending = answerYours(url);
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  if (pending === undefined) {
    pending = fetch(url, { headers: { accept: 'application/json' } }).then(async (response) => {
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : `The server answered ${response.status}.`;
        throw new ApiError(response.status, message);
      }
      return body;
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending as Promise<T>;
}

export interface ApiState<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
  /** The URL `data` answers (it may lag behind the one asked for while the next loads). */
  url: string | null;
}

/** Fetches `url` (none when null); keeps the previous data on screen while the next loads. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ data: null, error: null, loading: url !== null, url: null });
  useEffect(() => {
    if (url === null) return;
    let live = true;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    fetchJson<T>(url).then(
      (data) => live && setState({ data, error: null, loading: false, url }),
      (error: unknown) => live && setState({ data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false, url }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
