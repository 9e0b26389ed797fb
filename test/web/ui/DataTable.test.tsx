// @vitest-environment jsdom
/**
 * The data table (web/src/components/DataTable.tsx): its caption naming a keyboard-reachable
 * scrolling region, column and row headers with their scope, numeric cells right-aligned (the
 * "numeric" class), data-column on every body cell, sortable headers as buttons with aria-sort on
 * the sorting column only, an empty corner cell, left-out columns, and a footer.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable, type Column } from '../../../web/src/components/DataTable.js';
import { get, show, unmountAll } from './dom.js';

afterEach(unmountAll);

interface Area {
  code: string;
  name: string;
  rank: number | null;
}

const areas: Area[] = [
  { code: 'E07000028', name: 'Carlisle', rank: 318 },
  { code: 'E07000026', name: 'Allerdale', rank: null },
];

const columns: Array<Column<Area> | false> = [
  { key: 'name', header: 'Area', rowHeader: true, sortable: true, cell: (area) => area.name },
  { key: 'rank', header: 'Rank', numeric: true, sortable: true, cell: (area) => (area.rank === null ? 'not ranked' : String(area.rank)) },
  false,
  { key: 'code', header: 'Code', numeric: (area) => area.rank !== null, cell: (area) => area.code, cellAttributes: (area) => ({ 'data-code': area.code }) },
];

function texts(elements: Iterable<Element>): string[] {
  return [...elements].map((element) => element.textContent ?? '');
}

describe('DataTable', () => {
  it('sits in a scrolling region that the keyboard reaches and the caption names', async () => {
    const root = await show(<DataTable caption="Two areas" columns={columns} rows={areas} rowKey={(area) => area.code} />);
    const region = get(root, '.table-wrap');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.tabIndex).toBe(0);
    const caption = get(region, 'table > caption');
    expect(caption.textContent).toBe('Two areas');
    expect(region.getAttribute('aria-labelledby')).toBe(caption.id);
    expect(document.getElementById(caption.id)).toBe(caption);
  });

  it('gives column headers scope="col", row headers scope="row", and numeric columns the numeric class', async () => {
    const root = await show(<DataTable caption="Two areas" columns={columns} rows={areas} rowKey={(area) => area.code} />);
    const headers = [...root.querySelectorAll('thead th')];
    expect(texts(headers)).toEqual(['Area', 'Rank', 'Code']);
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers.map((th) => th.classList.contains('numeric'))).toEqual([false, true, true]);
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((row) => [...row.children].map((cell) => `${cell.tagName}${cell.getAttribute('scope') === null ? '' : `[${cell.getAttribute('scope')}]`}`))).toEqual([
      ['TH[row]', 'TD', 'TD'],
      ['TH[row]', 'TD', 'TD'],
    ]);
    expect(rows.map((row) => texts(row.children))).toEqual([
      ['Carlisle', '318', 'E07000028'],
      ['Allerdale', 'not ranked', 'E07000026'],
    ]);
    expect(rows.map((row) => [...row.children].map((cell) => cell.getAttribute('data-column')))).toEqual([
      ['name', 'rank', 'code'],
      ['name', 'rank', 'code'],
    ]);
    // Numeric row by row: the code is right-aligned where the area is ranked.
    expect(rows.map((row) => [...row.children].map((cell) => cell.classList.contains('numeric')))).toEqual([
      [false, true, true],
      [false, true, false],
    ]);
    expect(get(root, 'tbody tr:first-child td[data-code]').getAttribute('data-code')).toBe('E07000028');
  });

  it('makes sortable headers buttons, says aria-sort on the sorting column only, and asks for a sort on a click', async () => {
    const asked: string[] = [];
    const root = await show(<DataTable caption="Two areas" columns={columns} rows={areas} rowKey={(area) => area.code} sort={{ column: 'rank', onSort: (key) => asked.push(key) }} />);
    const headers = [...root.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('aria-sort'))).toEqual([null, 'ascending', null]);
    expect(headers.map((th) => th.querySelector('button') !== null)).toEqual([true, true, false]);
    await act(() => get<HTMLButtonElement>(headers[0]!, 'button').click());
    expect(asked).toEqual(['name']);
  });

  it('has no sort buttons without a sort, an empty corner cell for a null header, row attributes and a footer', async () => {
    const root = await show(
      <DataTable
        caption="Ranks"
        columns={[
          { key: 'measure', header: null, rowHeader: true, cell: (area: Area) => area.name },
          { key: 'rank', header: 'Rank', numeric: true, sortable: true, cell: (area: Area) => area.rank },
        ]}
        rows={areas}
        rowKey={(area) => area.code}
        rowAttributes={(area) => ({ 'data-code': area.code })}
        foot={
          <tr>
            <th scope="row">Total</th>
            <td>318</td>
          </tr>
        }
        id="ranks"
        class="narrow"
      />,
    );
    const table = get(root, 'table#ranks');
    expect(table.className).toBe('data-table narrow');
    expect([...get(table, 'thead tr').children].map((cell) => cell.tagName)).toEqual(['TD', 'TH']);
    expect(table.querySelector('thead button')).toBeNull();
    expect([...table.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-code'))).toEqual(['E07000028', 'E07000026']);
    expect(texts(table.querySelectorAll('tfoot tr > *'))).toEqual(['Total', '318']);
  });

  it('gives each table of a page its own caption id', async () => {
    const root = await show(
      <>
        <DataTable caption="One" columns={columns} rows={areas} rowKey={(area) => area.code} />
        <DataTable caption="Two" columns={columns} rows={areas} rowKey={(area) => area.code} />
      </>,
    );
    const names = [...root.querySelectorAll('.table-wrap')].map((region) => document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent);
    expect(names).toEqual(['One', 'Two']);
  });
});
