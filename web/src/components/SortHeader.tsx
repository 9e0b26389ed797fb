/**
 * A sortable column header: a button inside <th> that sets the table's sort, with aria-sort
 * telling screen readers which column orders the rows.
 */
import type { ComponentChildren } from 'preact';

interface Props {
  column: string;
  current: string;
  onSort: (column: string) => void;
  children: ComponentChildren;
  class?: string;
}

export function SortHeader({ column, current, onSort, children, class: className }: Props) {
  const active = column === current;
  return (
    <th scope="col" class={className} aria-sort={active ? 'ascending' : undefined}>
      <button type="button" class="sort-button" onClick={() => onSort(column)}>
        {children}
        <span class="sort-mark" aria-hidden="true">
          {active ? ' ▲' : ''}
        </span>
      </button>
    </th>
  );
}
