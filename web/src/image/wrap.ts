/**
 * Text wrapped for an image without measuring it: an SVG file has no layout engine, so the chart
 * images (chartImage.ts) break their titles, notes and credits at word boundaries by an average
 * glyph width of about half the font size.
 */

/** Words wrapped to lines of at most about `width` pixels at `size` (an average glyph is about half the size wide). */
export function wrap(words: string, width: number, size: number): string[] {
  const most = Math.max(10, Math.floor(width / (size * 0.52)));
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && line.length + 1 + word.length > most) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
