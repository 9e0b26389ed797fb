/**
 * "Download …: CSV · Excel (XLSX)": the two links every page uses for its credited downloads, to
 * the same API route with format=csv and format=xlsx. One component, so that every page offers its
 * tables in the same words and order.
 */
import { editionUrl } from '../api.js';

interface Props {
  edition: string;
  /** The route's path under the edition, e.g. "/groups". */
  path: string;
  query?: Record<string, string | null | undefined>;
  /** The sentence before the links, without its colon: "Download these groups". */
  lead: string;
  id?: string;
}

export function SheetDownloads({ edition, path, query = {}, lead, id }: Props) {
  return (
    <p class="downloads" id={id}>
      {lead}: <a href={editionUrl(edition, path, { ...query, format: 'csv' })} download>CSV</a>
      {' · '}
      <a href={editionUrl(edition, path, { ...query, format: 'xlsx' })} download>
        Excel (XLSX)
      </a>
    </p>
  );
}
