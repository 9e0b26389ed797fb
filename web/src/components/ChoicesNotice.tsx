/**
 * The notice of a page opened with method choices in its URL (the map, Compare): what is changed,
 * that the page's ranks, deciles and classes use it, and links to the league table with this
 * method and back to the edition's own (`back`: this page's address without the choices).
 */
import { describeMethod, methodQuery } from '../state/methodChoices.js';
import { href } from '../state/url.js';
import { Link } from './Link.js';

interface Props {
  edition: string;
  params: URLSearchParams;
  /** Stage and indicator labels by id, for the description of the weights. */
  labels: ReadonlyMap<string, string>;
  back: string;
}

export function ChoicesNotice({ edition, params, labels, back }: Props) {
  return (
    <div class="notice" id="method-notice">
      <p>
        <strong>Ranked with a changed method:</strong> {describeMethod(params, labels)}. Every rank, decile and class on this page uses it.
      </p>
      <p>
        <Link href={href('/table', { edition, ...methodQuery(params) })}>League table with this method</Link>
        {' · '}
        <Link href={back}>Back to the edition's own method</Link>
      </p>
    </div>
  );
}
