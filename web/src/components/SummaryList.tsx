/**
 * The GOV.UK summary list: facts as key–value rows of a description list (<dl>, a <div> per row
 * holding its <dt> and <dd>). Rows given as null or false are left out, so optional facts can be
 * written in place.
 */
import type { ComponentChildren } from 'preact';

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  /** Attributes of the value's <dd>: an id, data-… for tests and scripts. */
  attributes?: Record<string, string | number>;
}

export function SummaryList({ rows }: { rows: ReadonlyArray<SummaryRow | null | false> }) {
  return (
    <dl class="summary-list">
      {rows
        .filter((row): row is SummaryRow => row !== null && row !== false)
        .map((row) => (
          <div class="summary-list-row" key={row.key}>
            <dt>{row.key}</dt>
            <dd {...row.attributes}>{row.value}</dd>
          </div>
        ))}
    </dl>
  );
}
