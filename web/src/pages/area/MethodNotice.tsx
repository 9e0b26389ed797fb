/**
 * The notice of an area page opened with method choices in its URL (`weights`, `normalise`,
 * `aggregate`, `missing`, as on /table): what is changed, that the whole page uses it (the page's
 * profile, what-if, similar areas and drivers are all asked for under the choices), the area's rank
 * with the edition's own method for comparison, and links to the league table with this method and
 * back to the edition's own.
 */
import { editionUrl, useApi } from '../../api.js';
import { Link } from '../../components/Link.js';
import { formatRank } from '../../format.js';
import { describeMethod, type MethodParams } from '../../state/methodChoices.js';
import { areaHref, href } from '../../state/url.js';
import type { AreaResponse } from '../../types.js';

interface Props {
  edition: string;
  /** The profile under the choices: its ranks are the page's. */
  area: AreaResponse;
  params: URLSearchParams;
  choices: MethodParams;
}

export function MethodNotice({ edition, area, params, choices }: Props) {
  const url = editionUrl(edition, `/areas/${encodeURIComponent(area.code)}`);
  const own = useApi<AreaResponse>(url);
  const ownRank = own.data !== null && own.url === url ? formatRank(own.data.overall.rank, own.data.rankedCount) : null;
  const labels = new Map([...area.stages, ...area.indicators].map((entry) => [entry.id, entry.label]));
  return (
    <div class="notice" id="method-notice">
      <p>
        <strong>Ranked with a changed method:</strong> {describeMethod(params, labels)}.
      </p>
      <p id="method-rank" data-rank={area.overall.rank ?? ''}>
        Every rank on this page — the headline, the life stages, the indicators, “What drives this result?”, “What if?” and the similar areas — uses this
        method. With it {area.name} ranks {formatRank(area.overall.rank, area.rankedCount)}
        {ownRank === null ? '.' : `; with the edition's own method, ${ownRank}.`}
      </p>
      <p>
        <Link href={href('/table', { edition, ...choices })}>League table with this method</Link>
        {' · '}
        <Link href={href('/', { edition, ...choices })}>Map with this method</Link>
        {' · '}
        <Link href={areaHref(area.code, edition, { set: params.get('set') })}>Back to the edition's own method</Link>
      </p>
    </div>
  );
}
