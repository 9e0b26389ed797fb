/**
 * Patterns: the index against deprivation, rurality and the coast, from GET …/patterns — rank
 * correlations with deprivation (in words and a table), affluent coldspots and deprived hotspots,
 * whether the Commission's named affluent coldspots are reproduced, hotspot and coldspot shares by
 * region, rural-urban class and coastal status, and the coastal rule. URL parameters: `edition`.
 */
import { editionUrl, useApi } from '../../api.js';
import type { GroupShare, NamedCheck, PatternArea, PatternsResponse } from '../../types.js';
import { DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { Pending } from '../../components/Status.js';
import { classLabel, formatNumber, formatRank, formatShare, listInWords } from '../../format.js';
import { useReportAttribution } from '../../state/attribution.js';
import { areaHref, type Route } from '../../state/url.js';
import { useTitle } from '../useTitle.js';
import { SheetDownloads } from '../../components/SheetDownloads.js';

/** "a weak", "a moderate"… relationship, by the size of ρ. */
export function strength(rho: number): string {
  const size = Math.abs(rho);
  if (size < 0.1) return 'hardly any';
  if (size < 0.3) return 'a weak';
  if (size < 0.5) return 'a moderate';
  return 'a strong';
}

function formatRho(rho: number | null | undefined): string {
  if (rho === null || rho === undefined) return '—';
  return `${rho < 0 ? '−' : ''}${Math.abs(rho).toFixed(2)}`;
}

type Correlation = PatternsResponse['correlations'][number];

export function PatternsPage({ route }: { route: Route }) {
  useTitle(route.title);
  const answer = useApi<PatternsResponse>(editionUrl(route.edition, '/patterns'));
  const report = answer.data?.edition === route.edition ? answer.data : null;
  useReportAttribution(report?.attribution);
  return (
    <>
      <h1>{route.title}</h1>
      <p class="lead">
        Do more deprived areas rank lower? Which well-off areas are coldspots, and which deprived ones hotspots? How do regions, rural areas and the coast
        fare?
      </p>
      <Pending error={answer.error} ready={report !== null} what="the patterns" />
      {report !== null && (
        <>
          <SheetDownloads edition={route.edition} path="/patterns" lead="Download every area's rank beside its deprivation, rural-urban class and coast (and, in the workbook, the shares and correlations below)" id="patterns-downloads" />
          <Patterns report={report} edition={route.edition} />
        </>
      )}
    </>
  );
}

function Patterns({ report, edition }: { report: PatternsResponse; edition: string }) {
  const overall = report.correlations.find((entry) => entry.target === 'overall');
  const main = report.measures[0];
  const rho = main === undefined ? null : (overall?.rho[main.id]?.rho ?? null);
  const least = report.thirds.leastDeprivedMaxImd2015;
  const most = report.thirds.mostDeprivedMinImd2015;
  return (
    <>
      <h2>Deprivation and the index</h2>
      {rho !== null && main !== undefined && (
        <p id="patterns-correlation">
          {rho < 0 ? 'More deprived areas tend to rank lower overall' : 'More deprived areas tend to rank no lower overall, if anything higher'}: Spearman's rank
          correlation between the overall score and the {main.label} is {formatRho(rho)}, {strength(rho)} relationship (−1 would mean the more deprived an area,
          always the lower its score; 0 no relationship).
        </p>
      )}
      <DataTable
        id="correlations"
        caption="Rank correlation (Spearman's ρ) of each score with deprivation: negative means more deprived areas score lower"
        rows={report.correlations}
        rowKey={(row) => row.target}
        columns={[
          { key: 'score', header: 'Score', rowHeader: true, cell: (row) => row.label },
          ...report.measures.map((measure) => ({ key: measure.id, header: measure.label, numeric: true, cell: (row: Correlation) => formatRho(row.rho[measure.id]?.rho) })),
        ]}
      />

      <div class="two-columns">
        <section aria-labelledby="affluent-title">
          <h2 id="affluent-title">Affluent coldspots</h2>
          <p>
            Coldspots among the least deprived third of areas ({report.thirds.size} areas{least === null ? '' : `, IMD 2015 mean score up to ${formatNumber(least, 1)}`}
            ): {report.affluentColdspots.length}.
          </p>
          <AreaList id="affluent-coldspots" areas={report.affluentColdspots} edition={edition} rankedCount={report.rankedCount} />
        </section>
        <section aria-labelledby="deprived-title">
          <h2 id="deprived-title">Deprived hotspots</h2>
          <p>
            Hotspots among the most deprived third of areas{most === null ? '' : ` (IMD 2015 mean score ${formatNumber(most, 1)} or more)`}:{' '}
            {report.deprivedHotspots.length}.
          </p>
          <AreaList id="deprived-hotspots" areas={report.deprivedHotspots} edition={edition} rankedCount={report.rankedCount} />
        </section>
      </div>

      <h2>The Commission's named affluent coldspots</h2>
      <NamedVerdict named={report.named} edition={edition} rankedCount={report.rankedCount} />

      <h2>Hotspots and coldspots by group</h2>
      <p>Hotspots are the best 20% of ranked areas and coldspots the worst 20%; in the lower half means ranked below the middle.</p>
      <GroupTable id="by-region" caption="By region" groups={report.byRegion} />
      <GroupTable id="by-rural-urban" caption="By rural-urban class (2011)" groups={report.byRuralUrban} />
      <GroupTable id="by-coastal" caption="Coastal and not coastal areas" groups={report.byCoastal} />
      <CoastalRule report={report} />
      {report.withoutContext.length > 0 && <p class="hint">No context data for {listInWords(report.withoutContext)}; they are left out above.</p>}
    </>
  );
}

function AreaList({ id, areas, edition, rankedCount }: { id: string; areas: PatternArea[]; edition: string; rankedCount: number }) {
  if (areas.length === 0) return <p>None.</p>;
  return (
    <ol class="peer-list" id={id}>
      {areas.map((area) => (
        <li key={area.code} data-code={area.code}>
          <Link href={areaHref(area.code, edition)}>{area.name}</Link>: {formatRank(area.rank, rankedCount)}, {area.region}
        </li>
      ))}
    </ol>
  );
}

function NamedVerdict({ named, edition, rankedCount }: { named: NamedCheck[]; edition: string; rankedCount: number }) {
  if (named.length === 0) return <p>Neither Cotswold nor West Berkshire is an area of this edition.</p>;
  const reproduced = named.filter((area) => area.affluentColdspot);
  const verdict =
    reproduced.length === named.length ? 'This edition reproduces it' : reproduced.length === 0 ? 'This edition does not reproduce it' : 'This edition reproduces it in part';
  return (
    <>
      <p id="named-verdict">
        The Social Mobility Commission named Cotswold and West Berkshire as affluent coldspots. {verdict}:
      </p>
      <ul id="named">
        {named.map((area) => (
          <li key={area.code} data-code={area.code} data-affluent-coldspot={String(area.affluentColdspot)}>
            <Link href={areaHref(area.code, edition)}>{area.name}</Link> is {formatRank(area.rank, rankedCount)},{' '}
            {area.class === 'neither' ? 'neither a hotspot nor a coldspot' : `a ${classLabel(area.class)}`}, and{' '}
            {area.inLeastDeprivedThird ? 'among' : 'not among'} the least deprived third of areas
            {area.affluentColdspot ? ': an affluent coldspot.' : ': not an affluent coldspot.'}
          </li>
        ))}
      </ul>
    </>
  );
}

function GroupTable({ id, caption, groups }: { id: string; caption: string; groups: GroupShare[] }) {
  return (
    <DataTable
      id={id}
      caption={caption}
      rows={groups}
      rowKey={(group) => group.group}
      columns={[
        { key: 'group', header: 'Group', rowHeader: true, cell: (group) => group.group },
        { key: 'ranked', header: 'Ranked areas', numeric: true, cell: (group) => group.ranked },
        { key: 'hotspots', header: 'Hotspots', numeric: true, cell: (group) => `${group.hotspots} (${formatShare(group.hotspotShare)})` },
        { key: 'coldspots', header: 'Coldspots', numeric: true, cell: (group) => `${group.coldspots} (${formatShare(group.coldspotShare)})` },
        { key: 'lower-half', header: 'In the lower half', numeric: true, cell: (group) => formatShare(group.lowerHalfShare) },
      ]}
    />
  );
}

/** The coastal rule: the API's when it sends one, else the same constants the server uses. */
function CoastalRule({ report }: { report: PatternsResponse }) {
  const threshold = report.coastalRule.thresholdKm;
  const exceptions = Object.values(report.coastalRule.notCoastal);
  return (
    <div class="inset" id="coastal-rule">
      <h3>How "coastal" is decided</h3>
      <p>
        An area is coastal when more than {threshold} km of its boundary lies on Mean High Water and is shared with no other district, except{' '}
        {exceptions.length} districts checked by hand whose "coast" is a tidal river or the head of an estuary: {listInWords(exceptions)}. A council of today is
        coastal if any of its 2016 districts is.
      </p>
    </div>
  );
}
