/**
 * "How does my area fare?": one area's headline rank and class, its life-stage ranks with decile
 * phrases, every indicator (value, England median, rank, a strip plot among all areas, level),
 * strongest and weakest indicators, what drives its result, what-if, the index over time (the series
 * open-series, TrendSection.tsx), similar areas, other areas
 * of its county and region, its council of today, and links to compare.
 * URL: /area/{code}?edition=…&set=<indicator>=<target>,… (the what-if settings), and the league
 * table's method choices (`weights`, `normalise`, `aggregate`, `missing`): with them every request
 * of the page (profile, export, explain, what-if, neighbours) carries them, so every rank on it is
 * under the changed method; a notice says so, and the links to other areas, Compare and the table
 * carry the choices.
 */
import { EmbedCode } from '../../components/EmbedCode.js';
import { ValueDownloads } from '../../components/ValueDownloads.js';
import { useMemo } from 'preact/hooks';
import { editionEntry, editionOn, isEditionId } from '../../../../src/edition/catalogue.js';
import { YOURS } from '../../yours/edition.js';
import { editionUrl, useApi } from '../../api.js';
import { countyValuePhrase, stageCoveragePhrase } from '../../../../src/report/indicatorWords.js';
import { Caveat } from '../../components/Caveat.js';
import { LevelBadge } from '../../components/LevelBadge.js';
import { DataTable } from '../../components/DataTable.js';
import { ImageDownloads } from '../../components/ImageDownloads.js';
import { cellText, rowHeaderText, tableChartRows } from '../../image/chartImage.js';
import { Link } from '../../components/Link.js';
import { LoadError, Loading } from '../../components/Status.js';
import { StripPlot } from '../../components/StripPlot.js';
import { SummaryList } from '../../components/SummaryList.js';
import { capitalise, classLabel, formatRank, formatValue } from '../../format.js';
import { levelInfo } from '../../levels.js';
import { useReportAttribution } from '../../state/attribution.js';
import { hasMethodChoices, methodQuery, type MethodParams } from '../../state/methodChoices.js';
import { areaHref, href, type Route } from '../../state/url.js';
import type { AreaResponse, ExportResponse, Peer, ProfileIndicator } from '../../types.js';
import { ExplainSection } from './ExplainSection.js';
import { MethodNotice } from './MethodNotice.js';
import { NeighboursSection } from './NeighboursSection.js';
import { TrendSection } from './TrendSection.js';
import { WhatIfSection } from './WhatIfSection.js';
import { useTitle } from '../useTitle.js';
import { tiePhrase } from '../../../../src/report/rankText.js';
import { CAVEAT } from '../../../../src/report/attribution.js';

export function AreaPage({ route }: { route: Route }) {
  const code = route.pathParams.code ?? '';
  // with method choices in the URL, every rank of the page (headline, stages, indicators, what-if, neighbours, peers) is under them
  const pageChoices = methodQuery(route.params);
  const profile = useApi<AreaResponse>(editionUrl(route.edition, `/areas/${encodeURIComponent(code)}`, pageChoices));
  const exported = useApi<ExportResponse>(editionUrl(route.edition, '/export', pageChoices));
  const area = profile.data !== null && profile.data.code === code && profile.data.edition === route.edition ? profile.data : null;
  // A code unknown here may be an area of the other edition (a 2016 district viewed in open-latest, say).
  const otherEdition = isEditionId(route.edition) ? editionEntry(route.edition).counterpart : null;
  const elsewhere = useApi<AreaResponse>(profile.error !== null && otherEdition !== null ? editionUrl(otherEdition, `/areas/${encodeURIComponent(code)}`) : null);
  useTitle(area?.name ?? route.title);
  useReportAttribution(area?.attribution);
  const valuesById = useMemo(() => {
    const out = new Map<string, number[]>();
    for (const entry of exported.data?.areas ?? []) {
      for (const [id, value] of Object.entries(entry.values)) {
        if (value === null || entry.overall.rank === null) continue;
        const list = out.get(id) ?? [];
        list.push(value);
        out.set(id, list);
      }
    }
    return out;
  }, [exported.data]);
  const labels = useMemo(() => new Map((profile.data?.indicators ?? []).map((indicator) => [indicator.id, indicator.label])), [profile.data]);

  if (area === null) {
    // The caption and <h1> sit where the loaded page has them, so the heading keeps focus when the data arrives.
    return (
      <>
        <p class="caption">How does my area fare?</p>
        <h1>{profile.error === null ? route.title : 'Area not found'}</h1>
        {profile.error !== null ? (
          <>
            <LoadError error={profile.error} />
            {elsewhere.data !== null && otherEdition !== null && (
              <p>
                {elsewhere.data.name} is an area of the {otherEdition} edition:{' '}
                <Link href={areaHref(code, otherEdition)}>see {elsewhere.data.name} in {otherEdition}</Link>
                {elsewhere.data.successor !== null && isEditionId(route.edition) && editionEntry(route.edition).geography.year === '2025' && (
                  <>
                    , or the council it is part of today, <Link href={areaHref(elsewhere.data.successor.code, route.edition)}>{elsewhere.data.successor.name}</Link>
                  </>
                )}
                .
              </p>
            )}
            <p>
              Find an area in the <Link href={href('/table', { edition: route.edition })}>league table</Link>.
            </p>
          </>
        ) : (
          <Loading what="the area" />
        )}
      </>
    );
  }

  const countyPeers = area.context?.county ?? [];
  const regionPeers = area.context?.region ?? [];
  const countyCodes = [area.code, ...countyPeers.map((peer) => peer.code)].slice(0, 8);
  const choices = pageChoices;
  const councils = editionOn('2025');
  const districts = editionOn('2016');
  return (
    <>
      <p class="caption">How does my area fare?</p>
      <h1>{area.name}</h1>
      {hasMethodChoices(route.params) && <MethodNotice edition={route.edition} area={area} params={route.params} choices={choices} />}
      <p class="lead headline">{area.headline}</p>
      <Caveat edition={route.edition} />
      <SummaryList
        rows={[
          {
            key: 'Overall rank',
            value: `${formatRank(area.overall.rank, area.rankedCount)}${tiePhrase(area.overall.tie)}`,
            attributes: { id: 'overall-rank', 'data-rank': area.overall.rank ?? '' },
          },
          { key: 'Class', value: `${capitalise(classLabel(area.overall.class))}${area.overall.decilePhrase === null ? '' : ` (${area.overall.decilePhrase})`}` },
          // the default run is of the edition's own method: under changed choices it would describe another ranking
          area.rankInterval !== null &&
            !hasMethodChoices(route.params) && {
              key: 'How sure',
              value: (
                <>
                  <span id="rank-interval" data-best={area.rankInterval.best} data-worst={area.rankInterval.worst}>
                    {area.rankInterval.sentence}
                  </span>{' '}
                  <Link href={href('/uncertainty', { edition: route.edition, q: area.name })}>How sure are the other ranks?</Link>
                </>
              ),
            },
          { key: 'Where', value: `${area.type}, ${area.county === null ? '' : `${area.county}, `}${area.region}` },
          { key: 'Rural-urban class', value: area.ruralUrban },
          area.successor !== null && {
            key: 'Council today',
            value: (
              <>
                Since its reorganisation, part of <Link href={areaHref(area.successor.code, councils.id)}>{area.successor.name}</Link> (see it in the {councils.id}{' '}
                edition).
              </>
            ),
          },
          area.predecessorCodes.length > 0 && {
            key: 'Formed from',
            value: (
              <>
                {area.predecessorCodes.map((predecessor, i) => (
                  <span key={predecessor}>
                    {i > 0 ? ', ' : ''}
                    <Link href={areaHref(predecessor, districts.id)}>{predecessor}</Link>
                  </span>
                ))}{' '}
                ({districts.geography.label}, in the {districts.id} edition)
              </>
            ),
          },
          area.unrankedReason !== null && { key: 'Not ranked because', value: area.unrankedReason },
        ]}
      />
      <ul class="action-links">
        {countyPeers.length > 0 && (
          <li>
            <Link href={href('/compare', { edition: route.edition, areas: countyCodes.join(','), ...choices })}>Compare with the rest of its county</Link>
          </li>
        )}
        <li>
          <Link href={href('/compare', { edition: route.edition, areas: area.code, ...choices })}>Compare with other areas…</Link>
        </li>
        <li>
          <Link href={href('/table', { edition: route.edition, region: area.region, ...choices })}>League table of {area.region}</Link>
        </li>
        {route.edition === YOURS ? (
          // the server makes the briefing, and it never sees your data
          <li data-print="hide">To keep a copy of this page of your data, print it (the print layout is made for A4).</li>
        ) : (
          <li data-print="hide">
            {/* the server's PDF of this page (GET …/briefing.pdf), under the page's method choices */}
            <a id="briefing-pdf" href={editionUrl(route.edition, `/areas/${encodeURIComponent(area.code)}/briefing.pdf`, choices)} download>
              Download the briefing (PDF)
            </a>
          </li>
        )}
      </ul>

      <h2>Life stages</h2>
      <DataTable
        class="narrow"
        caption={`${area.name}'s rank in each life stage`}
        rows={area.stages}
        rowKey={(stage) => stage.id}
        rowAttributes={(stage) => ({ 'data-stage': stage.id, 'data-rank': stage.rank ?? '' })}
        columns={[
          { key: 'stage', header: 'Life stage', rowHeader: true, cell: (stage) => stage.label },
          {
            key: 'rank',
            header: 'Rank',
            numeric: true,
            cell: (stage) => (
              <>
                {`${formatRank(stage.rank, area.rankedCount)}${tiePhrase(stage.tie)}`}
                {stage.thin && stage.rank !== null && <span class="hint thin-stage"> ({stageCoveragePhrase(stage)}: a rank on so few says little)</span>}
              </>
            ),
          },
          { key: 'decile', header: 'Among all areas', cell: (stage) => stage.decilePhrase ?? '—' },
        ]}
      />

      <div class="two-columns">
        <StandingList id="strongest-title" title="Strongest indicators" items={area.strongest} />
        <StandingList id="weakest-title" title="Weakest indicators" items={area.weakest} />
      </div>

      {area.overall.rank !== null && (
        <>
          <ExplainSection edition={route.edition} code={area.code} labels={labels} choices={choices} />
          <WhatIfSection edition={route.edition} area={area} set={route.params.get('set')} choices={choices} />
        </>
      )}

      <h2>Every indicator</h2>
      <p>
        The dot is {area.name}; the dashed line the England median; each grey tick another area. Better is to the right. The level says how close the value is to
        the Commission's own measure (see <Link href={href('/method', { edition: route.edition })}>method and sources</Link>).
      </p>
      <DataTable
        id="indicator-table"
        class="indicator-table"
        caption={`${area.name}'s 16 indicators`}
        rows={area.indicators}
        rowKey={(indicator) => indicator.id}
        columns={[
          { key: 'indicator', header: 'Indicator', rowHeader: true, cell: indicatorName },
          { key: 'value', header: 'Value', numeric: true, cell: (indicator) => formatValue(indicator.value, indicator.unit) },
          { key: 'median', header: 'England median', numeric: true, cell: (indicator) => formatValue(indicator.median, indicator.unit) },
          { key: 'rank', header: 'Rank', numeric: true, cell: (indicator) => (indicator.rank === null ? '—' : formatRank(indicator.rank, indicator.rankOf, indicator.tie !== null)) },
          {
            key: 'strip',
            header: 'Among all areas',
            cell: (indicator) =>
              indicator.value === null ? (
                '—'
              ) : (
                <StripPlot values={valuesById.get(indicator.id) ?? []} value={indicator.value} median={indicator.median} unit={indicator.unit} direction={indicator.direction} areaName={area.name} />
              ),
          },
          { key: 'level', header: 'Level', cell: (indicator) => <IndicatorLevel indicator={indicator} /> },
        ]}
      />
      <ValueDownloads edition={route.edition} areas={[area.code]} choices={choices} what={`${area.name}'s values`} id="area-downloads" />
      <EmbedCode path={href(`/embed/area/${area.code}`, { edition: route.edition })} title={`${area.name}: Social Mobility Index`} height={420} />

      <ImageDownloads
        name={`smi-${route.edition}-${area.code}-indicators`}
        what="the strip plots of every indicator"
        image={() => {
          const table = document.getElementById('indicator-table');
          const rows = table === null ? [] : tableChartRows(table, 'svg.strip-plot', (row) => `${rowHeaderText(row)}: ${cellText(row.cells[1])} (England median ${cellText(row.cells[2])})`);
          if (rows.length === 0) return null;
          return {
            title: `${area.name} (${route.edition}): every indicator among all areas`,
            chart: { rows },
            notes: [`The dot is ${area.name}; the dashed line the England median; each grey tick another area. Better is to the right.`, area.headline, CAVEAT.text],
          };
        }}
      />

      {isEditionId(route.edition) && <TrendSection code={area.code} pageName={area.name} />}
      {area.overall.rank !== null && <NeighboursSection edition={route.edition} code={area.code} name={area.name} choices={choices} />}

      <div class="two-columns">
        <PeerList title={area.county === null ? 'Its county' : `Other areas of ${area.county}`} peers={countyPeers} edition={route.edition} rankedCount={area.rankedCount} choices={choices} />
        <PeerList title={`Other areas of ${area.region}`} peers={regionPeers} edition={route.edition} rankedCount={area.rankedCount} choices={choices} />
      </div>
    </>
  );
}

function indicatorName(indicator: ProfileIndicator) {
  return (
    <>
      {indicator.number === null ? '' : `${indicator.number}. `}
      {indicator.label}
      {indicator.direction === 'lower' && <span class="hint"> (lower is better)</span>}
    </>
  );
}

/** The value's level, and what it is: the level's meaning, year, note and interval. */
function IndicatorLevel({ indicator }: { indicator: ProfileIndicator }) {
  const info = levelInfo(indicator.level);
  return (
    <>
      <LevelBadge level={indicator.level} />
      <details class="value-note">
        <summary>About this value</summary>
        <p>{info.formula}</p>
        {indicator.countyValue !== null && <p class="county-value">{capitalise(countyValuePhrase(indicator.countyValue))}.</p>}
        {indicator.definition !== indicator.label && <p>The method's indicator: {indicator.definition}.</p>}
        {indicator.year !== null && indicator.year !== '' && <p>Year: {indicator.year}.</p>}
        {indicator.note !== null && <p>{indicator.note}</p>}
        {indicator.interval !== null && (
          <p>
            95% interval: {formatValue(indicator.interval.lower, indicator.unit)} to {formatValue(indicator.interval.upper, indicator.unit)}.
          </p>
        )}
      </details>
    </>
  );
}

function PeerList({ title, peers, edition, rankedCount, choices }: { title: string; peers: Peer[]; edition: string; rankedCount: number; choices: MethodParams }) {
  if (peers.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul class="peer-list">
        {peers.map((peer) => (
          <li key={peer.code}>
            <Link href={areaHref(peer.code, edition, choices)}>{peer.name}</Link>: {formatRank(peer.rank, rankedCount)}
            {peer.class === 'hotspot' || peer.class === 'coldspot' ? `, ${peer.class}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The area's strongest or weakest indicators, each with its rank ("=21st of 324" when shared). */
function StandingList({ id, title, items }: { id: string; title: string; items: AreaResponse['strongest'] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            {item.label}: {formatRank(item.rank, item.rankOf, item.tied)}
            {item.countyValue !== null && <span class="county-value"> — {countyValuePhrase(item.countyValue)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
