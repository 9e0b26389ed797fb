/**
 * Groups of areas — regions, counties or rural-urban classes: how many hotspots and coldspots
 * each has, the share of its areas in the lower half of the ranking, mean and median rank, and a
 * small bar per group (hotspots, neither, coldspots) whose numbers are also in the table.
 * URL parameters: `edition`, `by` (region | county | rural-urban | rural-urban-broad).
 */
import { editionUrl, useApi } from '../../api.js';
import { COLDSPOT_COLOUR, HOTSPOT_COLOUR } from '../../colour.js';
import { DataTable } from '../../components/DataTable.js';
import { ImageDownloads } from '../../components/ImageDownloads.js';
import { cellText, rowHeaderText, tableChartRows } from '../../image/chartImage.js';
import { CAVEAT } from '../../../../src/report/attribution.js';
import { Link } from '../../components/Link.js';
import { Pending } from '../../components/Status.js';
import { formatNumber, formatShare } from '../../format.js';
import { useReportAttribution } from '../../state/attribution.js';
import { href, updateQuery, type Route } from '../../state/url.js';
import type { GroupBy, GroupRow, GroupsResponse } from '../../types.js';
import { useTitle } from '../useTitle.js';
import { SheetDownloads } from '../../components/SheetDownloads.js';

const GROUPINGS: Array<{ by: GroupBy; label: string; filter: string | null }> = [
  { by: 'region', label: 'Region', filter: 'region' },
  { by: 'county', label: 'County (two-tier counties)', filter: 'county' },
  { by: 'rural-urban', label: 'Rural-urban class', filter: 'rural_urban' },
  { by: 'rural-urban-broad', label: 'Rural-urban class (broad)', filter: 'rural_urban' },
];

export function GroupsPage({ route }: { route: Route }) {
  useTitle(route.title);
  const requested = route.params.get('by');
  const grouping = GROUPINGS.find((entry) => entry.by === requested) ?? GROUPINGS[0]!;
  const groups = useApi<GroupsResponse>(editionUrl(route.edition, '/groups', { by: grouping.by }));
  const report = groups.data?.by === grouping.by && groups.data.edition === route.edition ? groups.data : null;
  useReportAttribution(report?.attribution);
  const largest = Math.max(1, ...(report?.groups.map((group) => group.areas) ?? [1]));

  return (
    <>
      <h1>{route.title}</h1>
      <p class="lead">How many hotspots (best 20%) and coldspots (worst 20%) each group of areas has, and how many of its areas rank in the lower half.</p>
      <form class="controls" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="by">Group areas by</label>
          <select id="by" name="by" value={grouping.by} onChange={(event) => updateQuery({ by: event.currentTarget.value === 'region' ? null : event.currentTarget.value })}>
            {GROUPINGS.map((entry) => (
              <option key={entry.by} value={entry.by}>
                {entry.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <Pending error={groups.error} ready={report !== null} what="the groups" />
      {report !== null && (
        <>
          <p>
            <span class="key-swatch" style={{ background: HOTSPOT_COLOUR }} aria-hidden="true" /> hotspots{' '}
            <span class="key-swatch key-neither" aria-hidden="true" /> neither{' '}
            <span class="key-swatch" style={{ background: COLDSPOT_COLOUR }} aria-hidden="true" /> coldspots, out of each group's areas.
            {report.ungrouped > 0 && ` ${report.ungrouped} areas belong to no ${grouping.by === 'county' ? 'county (unitary, metropolitan and London areas)' : 'group'}.`}
          </p>
          <SheetDownloads edition={route.edition} path="/groups" query={{ by: grouping.by }} lead="Download these groups" id="groups-downloads" />
          <DataTable
            id="groups-table"
            class="groups-table"
            caption={`${report.groups.length} groups by ${grouping.label.toLowerCase()}, best mean rank first (${report.rankedCount} areas ranked)`}
            rows={report.groups}
            rowKey={(group) => group.group}
            columns={[
              {
                key: 'group',
                header: 'Group',
                rowHeader: true,
                cell: (group) => (grouping.filter === null ? group.group : <Link href={href('/table', { edition: route.edition, [grouping.filter]: group.group })}>{group.group}</Link>),
              },
              { key: 'areas', header: 'Areas', numeric: true, cell: (group) => group.areas },
              { key: 'hotspots', header: 'Hotspots', numeric: true, cell: (group) => group.hotspots },
              { key: 'coldspots', header: 'Coldspots', numeric: true, cell: (group) => group.coldspots },
              { key: 'lower-half', header: 'In lower half', numeric: true, cell: (group) => formatShare(group.lowerHalfShare) },
              { key: 'mean', header: 'Mean rank', numeric: true, cell: (group) => formatNumber(group.meanRank) },
              { key: 'median', header: 'Median rank', numeric: true, cell: (group) => formatNumber(group.medianRank) },
              { key: 'chart', header: 'Chart', cell: (group) => <GroupBar group={group} largest={largest} /> },
            ]}
          />
          <ImageDownloads
            name={`smi-${route.edition}-groups-${grouping.by}`}
            what="the chart of the groups"
            image={() => {
              const table = document.getElementById('groups-table');
              const rows = table === null ? [] : tableChartRows(table, 'svg', (row) => `${rowHeaderText(row)}: ${row.querySelector('svg')?.getAttribute('aria-label') ?? ''} of ${cellText(row.cells[1])}`);
              if (rows.length === 0) return null;
              return {
                title: `Hotspots and coldspots by ${grouping.label.toLowerCase()} (${route.edition})`,
                chart: { rows },
                key: [
                  { fill: HOTSPOT_COLOUR, label: 'hotspots' },
                  { fill: '#dfe1e2', label: 'neither' },
                  { fill: COLDSPOT_COLOUR, label: 'coldspots' },
                ],
                notes: ["Each bar is a group's areas, as wide as their number.", CAVEAT.text],
              };
            }}
          />
        </>
      )}
    </>
  );
}

const BAR_WIDTH = 180;

/** One group's areas as a bar: hotspots, neither, coldspots; widths proportional to counts. */
function GroupBar({ group, largest }: { group: GroupRow; largest: number }) {
  const unit = BAR_WIDTH / largest;
  const neither = Math.max(0, group.areas - group.hotspots - group.coldspots);
  return (
    <svg width={BAR_WIDTH} height="16" viewBox={`0 0 ${BAR_WIDTH} 16`} role="img" aria-label={`${group.hotspots} hotspots, ${neither} neither, ${group.coldspots} coldspots`}>
      <rect x="0" y="2" width={group.hotspots * unit} height="12" fill={HOTSPOT_COLOUR} />
      <rect x={group.hotspots * unit} y="2" width={neither * unit} height="12" fill="#dfe1e2" stroke="#b1b4b6" stroke-width="0.5" />
      <rect x={(group.hotspots + neither) * unit} y="2" width={group.coldspots * unit} height="12" fill={COLDSPOT_COLOUR} />
    </svg>
  );
}
