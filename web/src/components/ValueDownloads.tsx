/**
 * "Download the values: CSV · Excel (XLSX)": links to the tidy table of `…/values` (one row per
 * area, period and indicator, credited), for the areas given (every area when none) under the
 * page's method choices. One component for the area page, Compare and the league table, so that
 * each downloads what it shows in the same layout.
 */
import { SheetDownloads } from './SheetDownloads.js';
import type { MethodParams } from '../state/methodChoices.js';

interface Props {
  edition: string;
  /** GSS codes; every area of the edition when absent. */
  areas?: readonly string[];
  choices: MethodParams;
  /** What the links download, in words: "Carlisle's values". */
  what: string;
  id?: string;
}

export function ValueDownloads({ edition, areas, choices, what, id }: Props) {
  const query = { ...choices, areas: areas === undefined ? null : areas.join(',') };
  return <SheetDownloads edition={edition} path="/values" query={query} lead={`Download ${what} (one row per area and indicator)`} id={id} />;
}
