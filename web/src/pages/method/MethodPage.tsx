/**
 * Method and sources: how the index is computed (with formulas), the 16 indicators and how this
 * edition measures each, what each data level means, the source files with their SHA-256, the
 * licence, and plain caveats on how the open editions differ from the Commission's own index.
 */
import { editionOn } from '../../../../src/edition/catalogue.js';
import { OGL_NAME, OGL_URL, mapAttribution } from '../../../../src/report/attribution.js';
import { editionUrl, useApi } from '../../api.js';
import type { ComponentChildren } from 'preact';
import { DataTable } from '../../components/DataTable.js';
import { LevelBadge } from '../../components/LevelBadge.js';
import { Pending } from '../../components/Status.js';
import { formatShare } from '../../format.js';
import { LEVELS } from '../../levels.js';
import { toLines, useReportAttribution } from '../../state/attribution.js';
import type { Route } from '../../state/url.js';
import type { IndicatorsResponse, MethodResponse, SourcesResponse } from '../../types.js';
import { useTitle } from '../useTitle.js';

export function MethodPage({ route }: { route: Route }) {
  const districts = editionOn('2016');
  const councils = editionOn('2025');
  useTitle(route.title);
  const method = useApi<MethodResponse>(editionUrl(route.edition, '/method'));
  const indicators = useApi<IndicatorsResponse>(editionUrl(route.edition, '/indicators'));
  const sources = useApi<SourcesResponse>(editionUrl(route.edition, '/sources'));
  useReportAttribution(sources.data?.attribution ?? indicators.data?.attribution);
  const m = method.data;
  const share = m?.hotspotShare ?? 0.2;

  return (
    <>
      <h1>{route.title}</h1>
      <p class="lead">
        How the {route.edition} edition ranks areas, where every number comes from, and how it differs from the Social Mobility Commission's own index.
      </p>

      <h2 id="limits">How the open editions differ from the Commission's index</h2>
      <div class="warning-text">
        <p>
          <strong>Read this before quoting a rank.</strong> The open editions apply the Commission's method to the data that is openly published. They are not
          the Commission's index, and ranks differ.
        </p>
      </div>
      <ul>
        <li>
          <strong>Four of the 16 indicators have no open source and are left out everywhere:</strong> 3 and 5 (pupils eligible for free school meals at good or
          outstanding primary and secondary schools), 11 (entry to selective universities) and 14 (managerial and professional jobs). The school stage rests on
          two indicators and the youth stage on four.
        </li>
        <li>
          <strong>County values.</strong> Most early-years, school and youth indicators are published by the Department for Education only for counties and
          unitary authorities. In two-tier counties every district gets its county's value, adjusted to the district for indicators 4, 6, 9 and 10 (the
          small-area adjustment); indicators 1, 2 and 8 are the same for every district of a county, so those districts tie.
        </li>
        <li>
          <strong>Stand-ins.</strong> Several values are related measures: all pupils instead of pupils eligible for free school meals, all households instead of
          families with children, school location instead of home, another year (living wage jobs from 2022; home ownership from the 2011 Census). Pay in
          {districts.id} is annual, not weekly, pay.
        </li>
        <li>
          <strong>Ranks move as a result.</strong> For example Carlisle is 318th of 324 in {districts.id} against 321st in the Commission's index, and Cotswold is not a
          coldspot here.
        </li>
        <li>
          <strong>{councils.id}</strong> applies the same method to the {councils.geography.areas} {councils.geography.label} with the latest data; merged councils take sums or the values of the
          areas they cover, as each value's note says.
        </li>
      </ul>

      <h2 id="method">The method</h2>
      <Pending error={method.error} ready={m !== null} what="the method" />
      {m !== null && (
        <>
          <p>
            Method in force: <strong>{m.label}</strong> (<code>{m.id}</code>).
          </p>
          <ol class="method-steps">
            <li>
              <strong>Ranked areas.</strong>{' '}
              {m.missing === 'available'
                ? 'An area is ranked if every life stage has at least one indicator value; a stage is averaged over the indicators the area has.'
                : 'Only areas with every indicator are ranked.'}{' '}
              Means, standard deviations and ranks are over the ranked areas only.
            </li>
            <li>
              <strong>Normalise each indicator</strong>{' '}
              {m.normalisation === 'zscore' ? (
                <>
                  to a z-score: <span class="formula">z = (x − x̄) / s</span>, where x̄ is the mean and s the <em>sample</em> standard deviation,{' '}
                  <span class="formula">s = √( Σ (x − x̄)² / (n − 1) )</span>.
                </>
              ) : m.normalisation === 'minmax' ? (
                <>
                  by min–max: <span class="formula">100 × (x − min) / (max − min)</span>.
                </>
              ) : (
                <>
                  by rank: <span class="formula">100 × (r − 1) / (n − 1)</span>.
                </>
              )}{' '}
              Where lower is better (indicators 7, 13 and 15) the score's sign is flipped, so a higher score is always better.
            </li>
            <li>
              <strong>Life-stage score</strong>: the {m.aggregation === 'mean' ? 'weighted mean' : 'weighted geometric mean'} of the stage's indicator scores,{' '}
              <span class="formula">S = Σ wᵢ zᵢ / Σ wᵢ</span> over the indicators the area has (equal weights).
            </li>
            <li>
              <strong>Overall score</strong>: the weighted mean of the {m.stages.length} life stages,{' '}
              <span class="formula">Σ Wₖ Sₖ / Σ Wₖ</span>, each stage weighing{' '}
              {m.stages.map((stage) => `${stage.label.toLowerCase()} ${stage.weight}`).join(', ')} — so each stage counts the same, not each indicator.
            </li>
            <li>
              <strong>Rank</strong> 1 is best. {m.ties === 'code' ? 'Equal scores are ordered by area code.' : 'Equal scores share the best rank.'} The{' '}
              <strong>decile</strong> is <span class="formula">⌈10 × rank / N⌉</span> (1 = best 10%). <strong>Hotspots</strong> are the best {formatShare(share)}{' '}
              (ranks 1 to round({share} × N)), <strong>coldspots</strong> the worst {formatShare(share)}.
            </li>
          </ol>
        </>
      )}

      <h2 id="over-time">Comparing over time</h2>
      <p data-paragraph="over-time">
        The series open-series repeats the index for every year from 2016 to 2025 with one method and one set of indicators, on the 294 councils of April 2025
        (a council that did not exist yet takes its predecessor’s values), so that an area’s years can be lined up. Read a change with four cautions. Ranks
        are relative: each year ranks the councils against each other, so an area can fall while its own values improve, if others improved more. A value
        carried from an earlier year (marked, and drawn as a hollow dot) does not move, so any change in rank there comes from the other councils. Some
        measures changed under the index: the early years foundation stage profile was reformed in 2021/22 and occupations were recoded from SOC 2010 to
        SOC 2020 in 2021, so values before and after those breaks are not comparable; and there were no KS2 or EYFS assessments in 2020 and 2021, whose
        values are 2019’s, carried.
      </p>

      <h2 id="indicators">The 16 indicators in {route.edition}</h2>
      <Pending error={indicators.error} ready={indicators.data !== null} what="the indicators" />
      {indicators.data !== null && (
        <DataTable
          caption={`Indicators, how ${indicators.data.edition} measures them, and how many of its ${indicators.data.areas} areas have a value`}
          rows={indicators.data.indicators}
          rowKey={(indicator) => indicator.id}
          columns={[
            {
              key: 'indicator',
              header: 'Indicator',
              rowHeader: true,
              cell: (indicator) => (
                <>
                  {indicator.number === null ? '' : `${indicator.number}. `}
                  {indicator.label}
                  <Hint>
                    {indicator.definition !== indicator.label ? `The method's indicator: ${indicator.definition}. ` : ''}
                    {indicator.description}
                    {indicator.note !== null && indicator.note !== '' ? ` ${indicator.note}` : ''}
                  </Hint>
                </>
              ),
            },
            { key: 'stage', header: 'Life stage', cell: (indicator) => indicator.stageLabel },
            { key: 'direction', header: 'Better', cell: (indicator) => (indicator.direction === 'higher' ? 'Higher' : 'Lower') },
            { key: 'level', header: 'Level', cell: (indicator) => <LevelBadge level={indicator.level} /> },
            { key: 'year', header: 'Year', cell: (indicator) => indicator.year ?? '—' },
            { key: 'publisher', header: 'Source', cell: (indicator) => indicator.publisher ?? '—' },
            { key: 'coverage', header: 'Areas', numeric: true, cell: (indicator) => indicator.coverage },
          ]}
        />
      )}

      <h2 id="levels">What each level means</h2>
      <DataTable
        caption="Levels: how close a value is to the Commission's measure"
        rows={LEVELS}
        rowKey={(level) => level.id}
        columns={[
          {
            key: 'level',
            header: 'Level',
            rowHeader: true,
            cell: ({ id }) => (
              <>
                <LevelBadge level={id} /> <code>{id}</code>
              </>
            ),
          },
          { key: 'meaning', header: 'Meaning', cell: (level) => level.formula },
        ]}
      />

      <h2 id="sources">Source files</h2>
      <Pending error={sources.error} ready={sources.data !== null} what="the sources" />
      {sources.data !== null && (
        <>
          <p>Every file is checked against its SHA-256 checksum before it is read, so a changed file is never used unnoticed.</p>
          <DataTable
            class="sources-table"
            caption={`The publishers' files behind ${sources.data.edition}`}
            rows={sources.data.sources}
            rowKey={(source) => source.id + source.path}
            columns={[
              {
                key: 'file',
                header: 'File',
                rowHeader: true,
                cell: (source) => (
                  <>
                    {source.url === '' ? source.title : <a href={source.url}>{source.title}</a>}
                    <Hint>
                      <code>{source.path}</code>
                    </Hint>
                  </>
                ),
              },
              { key: 'publisher', header: 'Publisher', cell: (source) => source.publisher },
              { key: 'licence', header: 'Licence', cell: (source) => source.licence },
              { key: 'sha256', header: 'SHA-256', cell: (source) => <code class="hash">{source.sha256}</code> },
            ]}
          />
          <h2 id="licence">Licence</h2>
          <p>
            Licence: <a href={sources.data.attribution.licence}>{sources.data.attribution.licence}</a>
          </p>
          {toLines(sources.data.attribution).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>Boundaries of the 2016 districts' map: {mapAttribution(2017)}</p>
          <p>Boundaries of the 2025 councils' map and of the hexagons: {mapAttribution(2016)}</p>
          <p>
            <a href={OGL_URL}>{OGL_NAME}</a>.
          </p>
          <p>The code of this explorer is under the MIT licence.</p>
        </>
      )}
    </>
  );
}

/** A hint on a line of its own below a cell's main text. */
function Hint({ children }: { children: ComponentChildren }) {
  return (
    <span class="hint">
      <br />
      {children}
    </span>
  );
}
