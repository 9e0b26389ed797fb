/**
 * The briefing's text in the characters pdfkit's standard fonts can draw (Windows-1252): what is
 * drawable stays as it is, the views' few other characters become their nearest equivalents, and
 * nothing outside the code page reaches the PDF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/server/briefingPdf.js';

/**
 * Windows-1252's printable characters, from the WHATWG encoding index (an oracle independent of the
 * module's own table): Latin-1's printable ranges, and the 27 characters of bytes 0x80–0x9F.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
];
const windows1252 = new Set([
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCodePoint(0xa0 + i)),
  ...WINDOWS_1252_HIGH.map((code) => String.fromCodePoint(code)),
]);

describe('pdfText', () => {
  it('keeps what the standard fonts draw: "£27,615", "worst 10–20%", "Commission’s", "…"', () => {
    for (const text of ['£27,615', 'worst 10–20%', 'Commission’s — “index”', '…', 'Contains OS data © Crown copyright', 'café × 2']) expect(pdfText(text)).toBe(text);
  });

  it('writes the minus sign and comparison signs with their nearest drawable characters', () => {
    expect(pdfText('−0.285')).toBe('-0.285');
    expect(pdfText('≥ 50')).toBe('>= 50');
    expect(pdfText('≤ 50')).toBe('<= 50');
  });

  it('never lets a character outside Windows-1252 through (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        for (const character of pdfText(text)) expect(character === '\n' || windows1252.has(character), JSON.stringify(character)).toBe(true);
      }),
    );
  });

  it('changes nothing that is already drawable (any Windows-1252 text)', () => {
    const drawable = [...windows1252];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...drawable), { maxLength: 60 }), (characters) => {
        expect(pdfText(characters.join(''))).toBe(characters.join(''));
      }),
    );
  });
});
