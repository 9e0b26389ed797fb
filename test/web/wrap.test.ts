/**
 * The line wrapping of text inside a chart's image (web/src/image/wrap.ts): the words stay
 * in order, none is lost or split, and a line is longer than the width allows only when one word is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../web/src/image/wrap.js';

describe('wrap', () => {
  it('breaks a credit into lines of about the width (13 px glyphs about 6.76 px wide: 100 px holds 14 characters)', () => {
    expect(wrap('Contains OS data © Crown copyright and database right 2017', 100, 13)).toEqual(['Contains OS', 'data © Crown', 'copyright and', 'database right', '2017']);
  });

  it('keeps every word, in order, and lines within the width unless a word is longer (any words)', () => {
    const word = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => !/\s/.test(text));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 50, max: 900 }), fc.integer({ min: 8, max: 24 }), (words, width, size) => {
        const lines = wrap(words.join(' '), width, size);
        expect(lines.join(' ').split(' ').filter((part) => part !== '')).toEqual(words);
        const most = Math.max(10, Math.floor(width / (size * 0.52)));
        for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(most);
      }),
    );
  });
});
