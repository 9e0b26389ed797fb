/**
 * The embeddable area card (`/embed/area/{code}`): the area's headline, the caveat, its four life
 * stages with rank and decile phrase, and the credit — for another site's frame (the server lets
 * only the /embed/ views be framed). URL parameters: `edition`.
 */
import { editionUrl, useApi } from '../../api.js';
import { Pending } from '../../components/Status.js';
import { formatRank } from '../../format.js';
import { useReportAttribution } from '../../state/attribution.js';
import { areaHref, type Route } from '../../state/url.js';
import type { AreaResponse } from '../../types.js';
import { useTitle } from '../useTitle.js';
import { CAVEAT } from '../../../../src/report/attribution.js';

export function EmbedAreaPage({ route }: { route: Route }) {
  const code = route.pathParams.code ?? '';
  const profile = useApi<AreaResponse>(editionUrl(route.edition, `/areas/${encodeURIComponent(code)}`));
  const area = profile.data;
  useReportAttribution(area?.attribution);
  useTitle(area === null ? 'Area' : `${area.name}: Social Mobility Index`);
  if (area === null) {
    return (
      <>
        <h1 class="embed-title">Social Mobility Index</h1>
        <Pending error={profile.error} ready={false} what="the area" />
      </>
    );
  }
  const explorer = `${location.origin}${areaHref(area.code, route.edition, { weights: null, normalise: null, aggregate: null, missing: null })}`;
  return (
    <article class="embed-card" data-area-code={area.code}>
      <h1 class="embed-title">{area.name}</h1>
      <p class="lead" id="embed-headline">
        {area.headline}
      </p>
      <p class="embed-caveat">{CAVEAT.text}</p>
      <table class="data-table narrow">
        <caption>Rank in each life stage ({route.edition})</caption>
        <thead>
          <tr>
            <th scope="col">Life stage</th>
            <th scope="col" class="numeric">
              Rank
            </th>
            <th scope="col">Among all areas</th>
          </tr>
        </thead>
        <tbody>
          {area.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.label}</th>
              <td class="numeric">{formatRank(stage.rank, area.rankedCount, stage.tie !== null)}</td>
              <td>{stage.decilePhrase ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={explorer} target="_blank" rel="noopener">
          See {area.name} in the explorer (new tab)
        </a>
      </p>
    </article>
  );
}
