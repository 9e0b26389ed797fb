// @vitest-environment jsdom
/**
 * The summary list (web/src/components/SummaryList.tsx): a <dl> whose rows are <div>s of one
 * <dt> and one <dd>, rows given as null or false left out, attributes on the value.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryList } from '../../../web/src/components/SummaryList.js';
import { get, show, unmountAll } from './dom.js';

afterEach(unmountAll);

describe('SummaryList', () => {
  it('writes each fact as a key and a value in a description list, in order, leaving out null and false rows', async () => {
    const root = await show(
      <SummaryList
        rows={[
          { key: 'Overall rank', value: '318th of 324', attributes: { id: 'overall-rank', 'data-rank': 318 } },
          null,
          { key: 'Where', value: <a href="/table">North West</a> },
          false,
        ]}
      />,
    );
    const list = get(root, 'dl');
    const rows = [...list.children];
    expect(rows.map((row) => row.tagName)).toEqual(['DIV', 'DIV']);
    expect(rows.map((row) => [...row.children].map((cell) => cell.tagName))).toEqual([
      ['DT', 'DD'],
      ['DT', 'DD'],
    ]);
    expect(rows.map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent])).toEqual([
      ['Overall rank', '318th of 324'],
      ['Where', 'North West'],
    ]);
    const rank = get(list, '#overall-rank');
    expect(rank.tagName).toBe('DD');
    expect(rank.getAttribute('data-rank')).toBe('318');
    expect(get(list, 'dd a').getAttribute('href')).toBe('/table');
  });
});
