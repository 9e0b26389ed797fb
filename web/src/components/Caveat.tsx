/**
 * The one line every headline carries (map, league table, area page, Compare): an open edition
 * rebuilt from public data, not the Social Mobility Commission's published index, with a link to
 * the limits. The words are defined once, in src/report/attribution.ts, for the CLI, the
 * downloads and the API too.
 */
import { CAVEAT } from '../../../src/report/attribution.js';
import { Link } from './Link.js';
import { href } from '../state/url.js';

export function Caveat({ edition }: { edition: string }) {
  const [path, anchor] = CAVEAT.limitsPath.split('#');
  return (
    <p class="caveat" data-caveat="">
      {CAVEAT.text}{' '}
      <Link href={`${href(path ?? '/method', { edition })}${anchor === undefined ? '' : `#${anchor}`}`}>See the limits</Link>.
    </p>
  );
}
