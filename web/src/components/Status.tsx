/**
 * Loading and error messages for data that comes from the API, announced to screen readers.
 */
import type { ApiState } from '../api.js';
import { ErrorSummary } from './ErrorSummary.js';

const NO_FIELD: [] = [];

/**
 * Data that could not be loaded, in an error summary with the server's message. It does not take
 * the focus: it is no answer to something just typed, and the page's heading keeps it.
 */
export function LoadError({ error }: { error: Error }) {
  return <ErrorSummary errors={NO_FIELD} description={error.message} focus={false} />;
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** Data on its way: the error that stopped it, else "Loading …"; nothing once it is `ready`. */
export function Pending({ error, ready, what }: { error: Error | null; ready: boolean; what: string }) {
  if (error !== null) return <LoadError error={error} />;
  return ready ? null : <Loading what={what} />;
}

/** The first error among the states, if any. */
export function firstError(...states: Array<ApiState<unknown>>): Error | null {
  for (const state of states) if (state.error !== null) return state.error;
  return null;
}
