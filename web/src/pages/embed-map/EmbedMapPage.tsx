/**
 * The embeddable map (`/embed/map`): the map of the edition coloured by the measure, its key, the
 * caveat and the credit, and nothing else — for another site's frame (the server lets only the
 * /embed/ views be framed). An area opens in the explorer in a new tab. URL parameters: `edition`,
 * `measure`, `since`, `layout`, as on the map page.
 */
import { useMemo } from 'preact/hooks';
import { editionUrl, useApi } from '../../api.js';
import { LoadError, Loading, firstError } from '../../components/Status.js';
import { findMeasure, type Standing } from '../../measures.js';
import { toLines, useReportAttribution } from '../../state/attribution.js';
import { areaHref, href, type Route } from '../../state/url.js';
import type { AreaClass, Layout, MapResponse, PathsResponse } from '../../types.js';
import { useTitle } from '../useTitle.js';
import { AreaMap, hasNoDataOn } from '../map/AreaMap.js';
import { Legend } from '../map/Legend.js';
import { CAVEAT } from '../../../../src/report/attribution.js';
import { TREND_NOTE } from '../../../../src/report/trendNotes.js';

export function EmbedMapPage({ route }: { route: Route }) {
  const layout: Layout = route.params.get('layout') === 'hex' ? 'hex' : 'map';
  const measureParam = route.params.get('measure');
  // the change measure takes its year, as on the map page
  const since = measureParam === 'change' ? route.params.get('since') : null;
  const mapped = useApi<MapResponse>(editionUrl(route.edition, '/map', { measure: measureParam === 'overall' ? null : measureParam, since }));
  const paths = useApi<PathsResponse>(editionUrl(route.edition, '/paths', { layout }));
  useReportAttribution(mapped.data?.attribution);
  const result = mapped.data;
  const measure = findMeasure(result?.measures ?? [], result?.measure ?? null);
  useTitle(`Map of ${measure.kind === 'overall' ? 'the Social Mobility Index' : measure.label.toLowerCase()}, ${route.edition}`);
  const byCode = useMemo(() => new Map<string, Standing>(result?.areas.map((area) => [area.code, area]) ?? []), [result]);
  const classes = useMemo(() => new Map<string, AreaClass | null>(result?.areas.map((area) => [area.code, area.class]) ?? []), [result]);
  const error = firstError(mapped, paths);
  const explorer = `${location.origin}${href('/', { edition: route.edition, measure: measureParam, since, layout: route.params.get('layout') })}`;
  return (
    <>
      <h1 class="embed-title">Social Mobility Index: {measure.kind === 'overall' ? 'overall rank' : measure.label.toLowerCase()} ({route.edition})</h1>
      <p class="embed-caveat">{CAVEAT.text}</p>
      {error !== null && <LoadError error={error} />}
      {result !== null && paths.data !== null ? (
        <figure class="map-figure embed-figure">
          <AreaMap
            map={paths.data}
            measure={measure}
            standings={byCode}
            classes={classes}
            edition={route.edition}
            choices={{ weights: null, normalise: null, aggregate: null, missing: null }}
            label={`Map of ${result.areas.length} areas coloured by ${measure.kind === 'change' ? measure.label.toLowerCase() : 'decile'}. Each area opens its page in the explorer, in a new tab.`}
            onOpen={(code) => window.open(`${location.origin}${areaHref(code, route.edition, { weights: null, normalise: null, aggregate: null, missing: null })}`, '_blank', 'noopener')}
          />
          <figcaption class="map-credit">{toLines(paths.data.attribution).join(' ')}</figcaption>
        </figure>
      ) : (
        error === null && <Loading what="the map" />
      )}
      <p class="hint map-keys" id="map-keys">
        The arrow keys move between areas; Enter opens one in the explorer.
      </p>
      <Legend measure={measure} hasNoData={hasNoDataOn(measure, byCode.values())} />
      {measure.kind === 'change' && (
        <ul class="embed-caveat" data-note="over-time">
          <li>{TREND_NOTE.relative}</li>
          <li>{TREND_NOTE.carried}</li>
        </ul>
      )}
      <p>
        <a href={explorer} target="_blank" rel="noopener">
          Open the map in the explorer (new tab)
        </a>
      </p>
    </>
  );
}
