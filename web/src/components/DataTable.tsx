/**
 * The GOV.UK table for data: a caption, column headers with scope="col", the cells that head their
 * row as <th scope="row">, numeric columns right-aligned with tabular figures, and optionally
 * sortable columns — a button in the header, aria-sort on the column that orders the rows (pressing
 * the button of that column again reverses the order; the button keeps the focus). The
 * table sits in a scrolling container that the keyboard can reach (tabindex="0") and that is a
 * region named by the caption, so a wide table can be scrolled without a mouse. When the table is
 * wider than its box (a phone), a line above it says so, beside the edge shadows of the stylesheet.
 *
 * Columns are data: each says how to draw its cell for a row. Every body cell carries
 * data-column="<key>"; a column given as null or false is left out.
 */
import type { ComponentChildren } from 'preact';
import type { SortOrder } from '../../../src/method/vocabulary.js';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export type Attributes = Record<string, string | number | undefined>;

export interface Column<Row> {
  /** Names the column: data-column on its cells, and what `sort` names. */
  key: string;
  /** The header's content; null for an empty corner cell above a column of row headers. */
  header: ComponentChildren;
  cell: (row: Row) => ComponentChildren;
  /** Right-aligned, tabular figures: for the whole column, or row by row. */
  numeric?: boolean | ((row: Row) => boolean);
  /** The column's cells head their rows (<th scope="row">). */
  rowHeader?: boolean;
  /** The header is a button that sorts the rows by this column (with `sort`). */
  sortable?: boolean;
  /** Another class of the column's header and cells. */
  class?: string;
  headerAttributes?: Attributes;
  cellAttributes?: (row: Row) => Attributes;
}

export interface Sort {
  /** The key of the column the rows are sorted by. */
  column: string;
  /** ascending (best first, A to Z; the default) or descending. */
  order?: SortOrder;
  /** A header's button was pressed: the page sorts by `column`, reversing the order when it is the column already sorted by. */
  onSort: (column: string) => void;
}

interface Props<Row> {
  caption: ComponentChildren;
  columns: ReadonlyArray<Column<Row> | null | false>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => Attributes;
  sort?: Sort;
  id?: string;
  /** Classes of the <table> besides data-table ("narrow" for a table of a few short columns). */
  class?: string;
  /** The rows of a <tfoot> (a total, say). */
  foot?: ComponentChildren;
  /** Inside the scrolling container after the table: "No area matches", say. */
  after?: ComponentChildren;
  /** The rows are being replaced (aria-busy on the container). */
  busy?: boolean;
  /** Attributes of the <table> (data-… for tests). */
  attributes?: Attributes;
}

function classes(...names: Array<string | false | undefined>): string | undefined {
  const text = names.filter((name) => typeof name === 'string' && name !== '').join(' ');
  return text === '' ? undefined : text;
}

export function DataTable<Row>({ caption, columns, rows, rowKey, rowAttributes, sort, id, class: className, foot, after, busy, attributes }: Props<Row>) {
  const baseId = useId();
  const captionId = `${baseId}-caption`;
  const hintId = `${baseId}-scroll`;
  const shown = columns.filter((column): column is Column<Row> => column !== null && column !== false);
  const overflowing = useOverflowing();
  return (
    <>
      {overflowing.wide && (
        <p class="hint scroll-hint" id={hintId}>
          Scroll the table sideways to see all its columns.
        </p>
      )}
      <div class="table-wrap" role="region" aria-labelledby={captionId} aria-describedby={overflowing.wide ? hintId : undefined} tabIndex={0} aria-busy={busy} ref={overflowing.ref}>
        <table class={classes('data-table', className)} id={id} {...attributes}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {shown.map((column) => (
                <Header key={column.key} column={column} sort={sort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {shown.map((column) => {
                  const Cell = column.rowHeader === true ? 'th' : 'td';
                  const numeric = typeof column.numeric === 'function' ? column.numeric(row) : column.numeric === true;
                  return (
                    <Cell
                      key={column.key}
                      scope={column.rowHeader === true ? 'row' : undefined}
                      class={classes(numeric && 'numeric', column.class)}
                      data-column={column.key}
                      {...column.cellAttributes?.(row)}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {foot !== undefined && <tfoot>{foot}</tfoot>}
        </table>
        {after}
      </div>
    </>
  );
}

/** Whether the element's content is wider than its box, kept up to date as either changes size. */
function useOverflowing(): { ref: (element: HTMLDivElement | null) => void; wide: boolean } {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [wide, setWide] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => setWide(element.scrollWidth > element.clientWidth + 1);
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
    if (element.firstElementChild !== null) observer.current.observe(element.firstElementChild);
    measure();
    return () => observer.current?.disconnect();
  }, [element]);
  return { ref: setElement, wide };
}

function Header<Row>({ column, sort }: { column: Column<Row>; sort: Sort | undefined }) {
  if (column.header === null) return <td {...column.headerAttributes} />;
  const className = classes(column.numeric === undefined || column.numeric === false ? undefined : 'numeric', column.class);
  if (column.sortable !== true || sort === undefined) {
    return (
      <th scope="col" class={className} {...column.headerAttributes}>
        {column.header}
      </th>
    );
  }
  const active = sort.column === column.key;
  const order = sort.order ?? 'ascending';
  return (
    <th scope="col" class={className} aria-sort={active ? order : undefined} {...column.headerAttributes}>
      <button type="button" class="sort-button" onClick={() => sort.onSort(column.key)}>
        {column.header}
        <span class="sort-mark" aria-hidden="true">
          {active ? (order === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
