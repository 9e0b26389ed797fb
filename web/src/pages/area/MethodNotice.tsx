/**
 * The notice of an area page opened with method choices in its URL (`weights`, `normalise`,
 * `aggregate`, `missing`, as on /table): what is changed, the area's overall rank with the changed
 * method (read from GET …/areas/{code}/explain with the same choices, the request "What drives this
 * result?" makes), which parts of the page use which method, and links to the league table with
 * this method and back to the edition's own.
 */
import { useApi } from '../../api.js';
import type { ExplainResponse } from '../../types.js';
import { Link } from '../../components/Link.js';
import { formatRank } from '../../format.js';
import { describeMethod, type MethodParams } from '../../state/methodChoices.js';
import { areaHref, href } from '../../state/url.js';
import type { AreaClass, AreaResponse } from '../../types.js';
import { explainUrl } from './ExplainSection.js';

interface Props {
  edition: string;
  area: AreaResponse;
  params: URLSearchParams;
  choices: MethodParams;
}

function classPhrase(value: AreaClass | null): string {
  if (value === 'hotspot') return ', a hotspot';
  if (value === 'coldspot') return ', a coldspot';
  if (value === 'neither') return ', neither a hotspot nor a coldspot';
  return '';
}

export function MethodNotice({ edition, area, params, choices }: Props) {
  const url = explainUrl(edition, area.code, choices);
  const explained = useApi<ExplainResponse>(url);
  const report = explained.data !== null && explained.url === url ? explained.data : null;
  const labels = new Map([...area.stages, ...area.indicators].map((entry) => [entry.id, entry.label]));
  const own = formatRank(area.overall.rank, area.rankedCount);
  const explains = area.overall.rank !== null;
  return (
    <div class="notice" id="method-notice">
      <p>
        <strong>Ranked with a changed method:</strong> {describeMethod(params, labels)}.
      </p>
      <p aria-live="polite" id="method-rank" data-rank={report?.overall.rank ?? ''}>
        {report !== null
          ? `With this method ${area.name} ranks ${formatRank(report.overall.rank, report.rankedCount)}${classPhrase(report.overall.class)}; with the edition's own method, ${own}.`
          : explained.error !== null
            ? `With this method there is no rank to show: ${explained.error.message}`
            : `Working out ${area.name}'s rank with this method…`}
      </p>
      <p>
        {explains ? '“What drives this result?” uses the changed method. ' : ''}The headline, the life-stage and indicator ranks, “What if?” and the similar areas
        use the edition's own method.
      </p>
      <p>
        <Link href={href('/table', { edition, ...choices })}>League table with this method</Link>
        {' · '}
        <Link href={areaHref(area.code, edition, { set: params.get('set') })}>Back to the edition's own method</Link>
      </p>
    </div>
  );
}
