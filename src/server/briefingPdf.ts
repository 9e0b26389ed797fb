/**
 * The area briefing drawn as an A4 PDF with pdfkit: the blocks of src/views/briefing.ts (headings,
 * paragraphs, key–value rows, lists, tables, and the rank-by-year chart drawn with pdfkit's vector
 * calls) flowed down the page, a table's header repeated on
 * each page it runs onto, and on every page a foot line with the caveat and "page n of N".
 *
 * pdfkit because it is the well-kept PDF writer of Node for text and vector drawing: it measures
 * and wraps text itself and embeds the 14 standard fonts, so nothing is downloaded or installed.
 * Those fonts (Helvetica here) speak Windows-1252 only: {@link pdfText} writes the few characters
 * the views use outside it ("−", "≥", "≤") as their nearest Windows-1252 equivalents, and any other
 * as "?" — never a wrong glyph.
 */
import PDFDocument from 'pdfkit';
import type { Briefing, BriefingBlock, BriefingRankChart, BriefingTable } from '../views/briefing.js';

/** Windows-1252's characters outside Latin-1 (0x80–0x9F): the standard fonts draw these too. */
const WINDOWS_1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Characters the views write that Windows-1252 lacks, and what the PDF writes for them. */
const NEAREST: Readonly<Record<string, string>> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->', '\u2009': ' ', '\u202f': ' ' };

/** `text` in the characters Helvetica can draw (see the module comment). */
export function pdfText(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WINDOWS_1252_EXTRA.has(character)) out += character;
    else out += NEAREST[character] ?? '?';
  }
  return out;
}

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#0b0c0c';
const GREY = '#505a5f';
const RULE = '#b1b4b6';
const HEADER_FILL = '#f3f2f1';
const CAVEAT_BAR = '#1d70b8';
const MARGIN = { top: 54, bottom: 54, left: 50, right: 50 } as const;
const CELL_PAD = 2.5;

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

/** A new page when fewer than `height` points are left on this one. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function write(doc: Doc, text: string, options: { font?: string; size: number; colour?: string; x?: number; width?: number; gap?: number }): void {
  doc.font(options.font ?? FONT).fontSize(options.size).fillColor(options.colour ?? INK);
  const x = options.x ?? MARGIN.left;
  const width = options.width ?? contentWidth(doc) - (x - MARGIN.left);
  const safe = pdfText(text);
  ensureSpace(doc, Math.min(doc.heightOfString(safe, { width }), 3 * doc.currentLineHeight(true)));
  doc.text(safe, x, doc.y, { width });
  doc.y += options.gap ?? 4;
}

function heading(doc: Doc, text: string): void {
  // a heading keeps at least a few lines of what follows it on its page
  ensureSpace(doc, 60);
  doc.y += 6;
  write(doc, text, { font: BOLD, size: 12.5, gap: 4 });
}

function paragraph(doc: Doc, block: Extract<BriefingBlock, { kind: 'paragraph' }>): void {
  if (block.style === 'lead') return write(doc, block.text, { font: BOLD, size: 13, gap: 8 });
  if (block.style === 'note') return write(doc, block.text, { size: 8, colour: GREY, gap: 5 });
  if (block.style === 'body') return write(doc, block.text, { size: 9, gap: 4 });
  // the caveat: set apart by a bar in the margin, as the web page sets it apart
  const x = MARGIN.left + 10;
  doc.font(BOLD).fontSize(10);
  const height = doc.heightOfString(pdfText(block.text), { width: contentWidth(doc) - 10 });
  ensureSpace(doc, height + 8);
  const top = doc.y;
  doc.rect(MARGIN.left, top - 2, 4, height + 4).fill(CAVEAT_BAR);
  doc.y = top;
  write(doc, block.text, { font: BOLD, size: 10, x, gap: 10 });
}

function facts(doc: Doc, rows: ReadonlyArray<readonly [string, string]>): void {
  const keyWidth = 110;
  const valueX = MARGIN.left + keyWidth + 8;
  const valueWidth = contentWidth(doc) - keyWidth - 8;
  for (const [key, text] of rows) {
    doc.font(FONT).fontSize(9.5);
    const height = Math.max(doc.heightOfString(pdfText(text), { width: valueWidth }), doc.font(BOLD).heightOfString(pdfText(key), { width: keyWidth }));
    ensureSpace(doc, height + 4);
    const top = doc.y;
    doc.font(BOLD).fontSize(9.5).fillColor(INK).text(pdfText(key), MARGIN.left, top, { width: keyWidth });
    doc.font(FONT).fontSize(9.5).text(pdfText(text), valueX, top, { width: valueWidth });
    doc.y = top + height + 3;
    doc.moveTo(MARGIN.left, doc.y - 1.5).lineTo(MARGIN.left + contentWidth(doc), doc.y - 1.5).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.y += 2;
  }
  doc.y += 4;
}

function list(doc: Doc, items: readonly string[]): void {
  for (const item of items) {
    const top = doc.y;
    doc.font(FONT).fontSize(9);
    ensureSpace(doc, doc.heightOfString(pdfText(item), { width: contentWidth(doc) - 12 }));
    const y = doc.y === top ? top : doc.y;
    doc.fillColor(INK).text('•', MARGIN.left + 2, y, { width: 10 });
    doc.y = y;
    write(doc, item, { size: 9, x: MARGIN.left + 12, gap: 2 });
  }
  doc.y += 4;
}

const TABLE_SIZE = 8;

/** The height of a row of cells in `font`. */
function rowHeight(doc: Doc, table: BriefingTable, cells: readonly string[], font: string): number {
  const width = contentWidth(doc);
  doc.font(font).fontSize(TABLE_SIZE);
  return Math.max(...cells.map((cell, i) => doc.heightOfString(pdfText(cell), { width: table.columns[i]!.width * width - 2 * CELL_PAD }))) + 2 * CELL_PAD;
}

/** Draws a row of cells at the current position (the caller has made room for it). */
function drawRow(doc: Doc, table: BriefingTable, cells: readonly string[], options: { font: string; fill?: string }): void {
  const width = contentWidth(doc);
  const height = rowHeight(doc, table, cells, options.font);
  const top = doc.y;
  if (options.fill !== undefined) doc.rect(MARGIN.left, top, width, height).fill(options.fill);
  let x = MARGIN.left;
  cells.forEach((cell, i) => {
    const column = table.columns[i]!;
    const cellWidth = column.width * width;
    doc.font(options.font).fontSize(TABLE_SIZE).fillColor(INK).text(pdfText(cell), x + CELL_PAD, top + CELL_PAD, { width: cellWidth - 2 * CELL_PAD, align: column.numeric ? 'right' : 'left' });
    x += cellWidth;
  });
  doc.moveTo(MARGIN.left, top + height).lineTo(MARGIN.left + width, top + height).lineWidth(0.4).strokeColor(RULE).stroke();
  doc.y = top + height;
}

/** A table: its caption, its header (again at the top of each page it runs onto), its rows and its foot; no row is split, and at least three rows follow the header. */
function table(doc: Doc, table: BriefingTable): void {
  const header = table.columns.map((column) => column.header);
  const headerHeight = rowHeight(doc, table, header, BOLD);
  // the caption and header start a page of their own unless the first few rows fit under them
  const first = table.rows.slice(0, 3).reduce((sum, row) => sum + rowHeight(doc, table, row, FONT), 0);
  ensureSpace(doc, 16 + headerHeight + first);
  write(doc, table.caption, { font: BOLD, size: 9, colour: GREY, gap: 3 });
  drawRow(doc, table, header, { font: BOLD, fill: HEADER_FILL });
  const rows: Array<{ cells: readonly string[]; font: string; fill?: string }> = table.rows.map((cells) => ({ cells, font: FONT }));
  if (table.foot !== undefined) rows.push({ cells: table.foot, font: BOLD, fill: HEADER_FILL });
  for (const row of rows) {
    if (doc.y + rowHeight(doc, table, row.cells, row.font) > bottom(doc)) {
      doc.addPage();
      drawRow(doc, table, header, { font: BOLD, fill: HEADER_FILL });
    }
    drawRow(doc, table, row.cells, row);
  }
  doc.y += 8;
}

const CHART = { height: 110, left: 44, right: 16, top: 8, bottom: 18, line: '#1d70b8' } as const;

/**
 * A rank by year as a line chart: the years evenly across, the rank down from 1 at the top to the
 * number ranked at the foot (so a rise is a line going up), a dot and the rank's number at each
 * year; a year without a rank breaks the line.
 */
function rankChart(doc: Doc, chart: BriefingRankChart): void {
  ensureSpace(doc, 16 + CHART.height + 6);
  write(doc, chart.caption, { font: BOLD, size: 9, colour: GREY, gap: 3 });
  const top = doc.y + CHART.top;
  const plotLeft = MARGIN.left + CHART.left;
  const plotWidth = contentWidth(doc) - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const n = chart.points.length;
  const x = (i: number): number => plotLeft + (n <= 1 ? plotWidth / 2 : (i * plotWidth) / (n - 1));
  const y = (rank: number): number => top + ((rank - 1) / Math.max(1, chart.of - 1)) * plotHeight;
  // the rank axis: 1 at the top, the number ranked at the foot, and gridlines between
  const ticks = [...new Set([1, ...[50, 100, 150, 200, 250, 300].filter((tick) => tick < chart.of), chart.of])];
  doc.font(FONT).fontSize(7).fillColor(GREY);
  for (const tick of ticks) {
    doc.moveTo(plotLeft, y(tick)).lineTo(plotLeft + plotWidth, y(tick)).lineWidth(0.3).strokeColor(RULE).stroke();
    doc.text(String(tick), MARGIN.left, y(tick) - 3, { width: CHART.left - 6, align: 'right', lineBreak: false });
  }
  doc.save();
  doc.rotate(-90, { origin: [MARGIN.left + 4, top + plotHeight / 2] });
  doc.text('Rank (1 = best)', MARGIN.left + 4 - 30, top + plotHeight / 2 - 3, { width: 60, align: 'center', lineBreak: false });
  doc.restore();
  // the line, broken where a year has no rank
  let drawing = false;
  chart.points.forEach((point, i) => {
    if (point.rank === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(x(i), y(point.rank));
    else doc.moveTo(x(i), y(point.rank));
    drawing = true;
  });
  doc.lineWidth(1.5).strokeColor(CHART.line).stroke();
  chart.points.forEach((point, i) => {
    doc.font(FONT).fontSize(7).fillColor(GREY).text(String(point.year), x(i) - 15, top + plotHeight + 6, { width: 30, align: 'center', lineBreak: false });
    if (point.rank === null) return;
    doc.circle(x(i), y(point.rank), 2.2).fill(CHART.line);
    // the number above the dot, or below it near the top of the axis
    const labelY = y(point.rank) < top + 10 ? y(point.rank) + 4 : y(point.rank) - 10;
    doc.font(FONT).fontSize(6.5).fillColor(INK).text(String(point.rank), x(i) - 15, labelY, { width: 30, align: 'center', lineBreak: false });
  });
  doc.x = MARGIN.left;
  doc.y = top + CHART.height - CHART.top + 4;
}

function block(doc: Doc, item: BriefingBlock): void {
  switch (item.kind) {
    case 'heading':
      return heading(doc, item.text);
    case 'paragraph':
      return paragraph(doc, item);
    case 'facts':
      return facts(doc, item.rows);
    case 'list':
      return list(doc, item.items);
    case 'table':
      return table(doc, item.table);
    case 'rankChart':
      return rankChart(doc, item.chart);
  }
}

/** The briefing as the bytes of an A4 PDF. */
export function renderBriefing(briefing: Briefing): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: pdfText(`${briefing.title}: ${briefing.subtitle}`), Author: 'smi-open', Subject: pdfText(briefing.footer), CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  write(doc, briefing.subtitle, { size: 9.5, colour: GREY, gap: 2 });
  write(doc, briefing.title, { font: BOLD, size: 22, gap: 6 });
  for (const item of briefing.blocks) block(doc, item);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // the foot line sits in the bottom margin: without the margin for a moment, so no page is added
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(7.5).fillColor(GREY).text(pdfText(`${briefing.footer} Page ${i + 1} of ${range.count}.`), MARGIN.left, doc.page.height - MARGIN.bottom + 18, { width: contentWidth(doc), lineBreak: true });
    doc.page.margins.bottom = MARGIN.bottom;
  }
  doc.end();
  return done;
}
