/**
 * The note beside any change of rank between years of the series (the league table's "Since"
 * column, Who moved most?): the shared words of src/report/trendNotes.ts, which `smi trend` and the
 * area page's "Over time" section use too, and a link to the method page.
 */
import { TREND_NOTE } from '../../../src/report/trendNotes.js';
import { href } from '../state/url.js';
import { Link } from './Link.js';

export function OverTimeNote({ id, edition }: { id: string; edition: string }) {
  return (
    <div class="inset" id={id}>
      <ul>
        {Object.values(TREND_NOTE).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p>
        See <Link href={href('/method', { edition })}>method and sources</Link>.
      </p>
    </div>
  );
}
