/**
 * Loading and error messages for data that comes from the API, announced to screen readers.
 */
import type { ApiState } from '../api.js';

export function LoadError({ error }: { error: Error }) {
  return (
    <div class="error-summary" role="alert">
      <h2>There is a problem</h2>
      <p>{error.message}</p>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** The first error among the states, if any. */
export function firstError(...states: Array<ApiState<unknown>>): Error | null {
  for (const state of states) if (state.error !== null) return state.error;
  return null;
}
