/**
 * # A chart as a standalone image
 *
 * "Download as SVG" and "Download as PNG" (components/ImageDownloads.tsx) turn a chart on the page
 * into a file that stands on its own: its title, the chart itself, its key, and the source line and
 * the licence and Ordnance Survey credits the page shows beside it, all inside one SVG. The chart's
 * SVG is copied with the styles the page's stylesheet gives it written onto each shape as presentation
 * attributes (a file has no stylesheet, and the page's Content-Security-Policy refuses style attributes), its interactive attributes dropped, and each shape's accessible name kept as its
 * `<title>`. A chart of rows (one small chart per indicator, say, or two: a contribution and a gap)
 * is laid out one row a line with its label, under the charts' column headings. The PNG is that SVG drawn on a canvas at twice its size.
 *
 * No script and no remote resource is involved: the PNG is drawn from a `data:` URL (which the
 * server's Content-Security-Policy allows as an image source), and the files are handed over as
 * `blob:` downloads, which the policy does not restrict.
 */

import { wrap } from './wrap.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One entry of a key: a swatch filled with `fill` (a colour, or a pattern of the chart's own) and its words. */
export interface KeyEntry {
  fill: string;
  label: string;
}

/** One row of a chart of rows: its words and its small charts, left to right. */
export interface ChartRow {
  label: string;
  svgs: SVGSVGElement[];
}

export interface ChartImage {
  title: string;
  /** The chart: one SVG, or rows of small SVGs (side by side when a row has more than one, under `columns`) each with its label. */
  chart: { svg: SVGSVGElement } | { rows: ChartRow[]; columns?: string[] };
  /** The key's entries, if the chart has a key of swatches. */
  key?: KeyEntry[];
  /** Sentences under the chart that say how to read it. */
  notes?: string[];
  /** The source line and credits (the page's attribution lines). */
  credits: string[];
}

/**
 * A table's small charts as the rows of an image: each body row's `svg`s matching `selector`,
 * labelled by `label` (by default the row's header cell). Rows without such a chart are left out.
 */
export function tableChartRows(table: Element, selector: string, label: (row: HTMLTableRowElement) => string = rowHeaderText): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    const svgs = [...row.querySelectorAll<SVGSVGElement>(selector)];
    if (svgs.length > 0) rows.push({ label: label(row), svgs });
  }
  return rows;
}

/** The text of a row's header cell, spaces tidied. */
export function rowHeaderText(row: HTMLTableRowElement): string {
  return cellText(row.querySelector('th'));
}

/** The text of a cell, spaces tidied ('' for none). */
export function cellText(cell: Element | null | undefined): string {
  return (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Width of the image in CSS pixels. */
const WIDTH = 900;
const PAD = 24;
const TITLE_SIZE = 20;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;
const LINE = 1.35;
const FONT = 'Arial, Helvetica, sans-serif';
const ROW_LABEL_WIDTH = 380;

/** The presentation properties copied from the page's computed style onto each copied element. */
const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight'] as const;

/** Attributes kept on copied elements: geometry and presentation, and the shapes' area codes. */
const KEPT_ATTRIBUTE = /^(d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|viewBox|points|transform|id|patternUnits|fill|stroke|stroke-width|stroke-opacity|stroke-dasharray|fill-opacity|opacity|data-area-code|text-anchor)$/;

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const made = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, String(value));
  return made;
}

function text(content: string, attributes: Record<string, string | number>): SVGTextElement {
  const made = element('text', { 'font-family': FONT, fill: '#0b0c0c', ...attributes });
  made.textContent = content;
  return made;
}

/** A copy of `source` with its computed presentation inlined, its interactive attributes dropped and its name as a `<title>`. */
function copyOf(source: Element): Element | null {
  if (source.classList.contains('map-highlight')) return null;
  const copy = document.createElementNS(SVG_NS, source.localName);
  for (const attribute of [...source.attributes]) if (KEPT_ATTRIBUTE.test(attribute.name)) copy.setAttribute(attribute.name, attribute.value);
  if (source instanceof SVGGraphicsElement || source.localName === 'svg') {
    // as presentation attributes, not a style attribute: the page's Content-Security-Policy refuses inline styles
    const computed = getComputedStyle(source);
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property).replace(/url\("(#[^"]*)"\)/, 'url($1)');
      if (value !== '') copy.setAttribute(property, value);
    }
  }
  const name = source.getAttribute('aria-label');
  if (name !== null && source.localName !== 'svg') {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = name;
    copy.appendChild(title);
  }
  for (const child of [...source.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) copy.appendChild(document.createTextNode(child.textContent ?? ''));
    else if (child instanceof Element) {
      const inner = copyOf(child);
      if (inner !== null) copy.appendChild(inner);
    }
  }
  return copy;
}

/** The chart's drawing box: its viewBox, else its size. */
function boxOf(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box !== null && box.width > 0 && box.height > 0) return { x: box.x, y: box.y, width: box.width, height: box.height };
  return { x: 0, y: 0, width: Number(svg.getAttribute('width')) || 200, height: Number(svg.getAttribute('height')) || 20 };
}

/** `svg` copied into a nested <svg> placed at (x, y), `width` wide (its height by its aspect ratio); returns its height. */
function place(parent: SVGElement, svg: SVGSVGElement, x: number, y: number, width: number): number {
  const box = boxOf(svg);
  const height = (width * box.height) / box.width;
  const nested = element('svg', { x, y, width, height, viewBox: `${box.x} ${box.y} ${box.width} ${box.height}` });
  const copied = copyOf(svg);
  for (const child of [...(copied?.childNodes ?? [])]) nested.appendChild(child);
  parent.appendChild(nested);
  return height;
}

/** Writes wrapped paragraphs from `y` on; returns the y below them. */
function paragraphs(parent: SVGElement, lines: readonly string[], y: number, size: number, colour: string): number {
  let at = y;
  for (const paragraph of lines) {
    for (const line of wrap(paragraph, WIDTH - 2 * PAD, size)) {
      at += size * LINE;
      parent.appendChild(text(line, { x: PAD, y: at, 'font-size': size, fill: colour }));
    }
    at += size * 0.3;
  }
  return at;
}

/** The standalone SVG document of a chart (see the module comment). */
export function chartSvg(image: ChartImage): SVGSVGElement {
  // the serialiser writes the SVG namespace itself (an xmlns attribute set here would be written twice)
  const root = element('svg', { role: 'img', 'aria-label': image.title, 'font-family': FONT });
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = image.title;
  root.appendChild(title);
  const background = element('rect', { x: 0, y: 0, width: WIDTH, fill: '#ffffff' });
  root.appendChild(background);
  let y = PAD;
  for (const line of wrap(image.title, WIDTH - 2 * PAD, TITLE_SIZE)) {
    y += TITLE_SIZE * LINE;
    root.appendChild(text(line, { x: PAD, y, 'font-size': TITLE_SIZE, 'font-weight': 'bold' }));
  }
  y += 12;
  if ('svg' in image.chart) {
    y += place(root, image.chart.svg, PAD, y, WIDTH - 2 * PAD) + 12;
  } else {
    // the charts' area right of the labels, shared equally by a row's charts
    const left = PAD + ROW_LABEL_WIDTH + 12;
    const count = Math.max(1, ...image.chart.rows.map((row) => row.svgs.length));
    const slot = (WIDTH - PAD - left) / count;
    if (image.chart.columns !== undefined) {
      y += TEXT_SIZE * LINE;
      image.chart.columns.forEach((column, i) => root.appendChild(text(column, { x: left + i * slot, y, 'font-size': TEXT_SIZE, 'font-weight': 'bold' })));
      y += 6;
    }
    for (const row of image.chart.rows) {
      const lines = wrap(row.label, ROW_LABEL_WIDTH, TEXT_SIZE);
      const drawn = row.svgs.map((svg, i) => {
        const box = boxOf(svg);
        return place(root, svg, left + i * slot, y, Math.min(box.width, slot - 8));
      });
      const height = Math.max(...drawn, lines.length * TEXT_SIZE * LINE) + 6;
      lines.forEach((line, i) => root.appendChild(text(line, { x: PAD, y: y + (i + 1) * TEXT_SIZE * LINE - 3, 'font-size': TEXT_SIZE })));
      y += height;
    }
    y += 12;
  }
  if (image.key !== undefined && image.key.length > 0) {
    y += TEXT_SIZE * LINE;
    root.appendChild(text('Key', { x: PAD, y, 'font-size': TEXT_SIZE, 'font-weight': 'bold' }));
    // two columns, read down the first and then the second
    const rows = Math.ceil(image.key.length / 2);
    const columnWidth = (WIDTH - 2 * PAD) / 2;
    image.key.forEach((entry, i) => {
      const x = PAD + Math.floor(i / rows) * columnWidth;
      const top = y + 6 + (i % rows) * 22;
      root.appendChild(element('rect', { x, y: top, width: 24, height: 16, fill: entry.fill, stroke: '#505a5f' }));
      root.appendChild(text(entry.label, { x: x + 32, y: top + 13, 'font-size': TEXT_SIZE }));
    });
    y += 6 + rows * 22;
  }
  if (image.notes !== undefined) y = paragraphs(root, image.notes, y, TEXT_SIZE, '#0b0c0c');
  y = paragraphs(root, image.credits, y + 6, SMALL_SIZE, '#505a5f') + PAD;
  const height = Math.ceil(y);
  root.setAttribute('width', String(WIDTH));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  background.setAttribute('height', String(height));
  return root;
}

/** The SVG file's text. */
export function chartSvgText(image: ChartImage): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(chartSvg(image))}\n`;
}

/** The PNG of the SVG text, drawn at `scale` times its size. */
export function chartPng(svgText: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const picture = new Image();
    picture.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(picture.naturalWidth * scale);
      canvas.height = Math.round(picture.naturalHeight * scale);
      const context = canvas.getContext('2d');
      if (context === null) return reject(new Error('this browser cannot draw on a canvas'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(picture, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the image could not be made')) : resolve(blob)), 'image/png');
    };
    picture.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/** Hands `blob` to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
