// A page's social preview (og:image) as one 1200×630 SVG: the site's name, the page's heading and
// description on the left, the page's main chart (the SVG the one renderer made for the page) under
// its finding on the right, and the page's URL at the bottom. Text has no wrapping in SVG, and the
// font is fixed (Inter, see png.ts), so lines are broken by an estimated glyph width.
import { escapeXml, wrap } from '../standalone.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewParts {
  siteName: string;
  /** The page's heading (its h1). */
  heading: string;
  description: string;
  /** The canonical URL, shown without its scheme. */
  url: string;
  /** The page's main chart, or null for a page without one. */
  chart: { title: string; svg: string } | null;
  /** Set when the site was built from synthetic data: a preview travels without the page's banner. */
  sampleNote?: string;
}

const PAD = 56;
const TEXT_WIDTH = 500;
const CHART_X = 620;
const CHART_WIDTH = PREVIEW_WIDTH - CHART_X - PAD + 8;
const CHART_TOP = 48;
const CHART_BOTTOM = 548;
const FOOTER_Y = 596;
const ACCENT = '#1f5a91';
const TEXT = '#1a1a1a';
const MUTED = '#4a4a4a';
/** Inter's average advance per character, as a share of the font size (bold is wider). */
const EM = { regular: 0.53, bold: 0.56 } as const;
/** Below this scale a whole chart's labels get too small to read: show its top part instead. */
const MIN_SCALE = 0.8;
const MAX_SCALE = 1.5;

function charsPerLine(width: number, size: number, weight: keyof typeof EM): number {
  return Math.max(8, Math.floor(width / (size * EM[weight])));
}

/** At most `max` lines; the last one ends with an ellipsis when text was left out. */
export function clampLines(lines: readonly string[], max: number, maxChars: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  const last = kept[max - 1];
  const room = maxChars - 1;
  kept[max - 1] =
    `${(last.length > room ? last.slice(0, last.lastIndexOf(' ', room) > 0 ? last.lastIndexOf(' ', room) : room) : last).replace(/[\s,;:.–-]+$/, '')}…`;
  return kept;
}

interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
}

/** The largest size at which the text fits in `maxLines`; at the smallest size it is cut. */
function fitText(
  text: string,
  width: number,
  sizes: readonly number[],
  maxLines: number,
  weight: keyof typeof EM,
  leading: number,
): TextBlock {
  for (const size of sizes) {
    const lines = wrap(text, charsPerLine(width, size, weight));
    if (lines.length <= maxLines) return { lines, size, lineHeight: Math.round(size * leading) };
  }
  const size = sizes[sizes.length - 1];
  const chars = charsPerLine(width, size, weight);
  return { lines: clampLines(wrap(text, chars), maxLines, chars), size, lineHeight: Math.round(size * leading) };
}

function textLines(block: TextBlock, x: number, firstBaseline: number, attrs: string): string {
  return block.lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${firstBaseline + i * block.lineHeight}" font-size="${block.size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The chart's own size, from the width and height Plot writes on its `<svg>`. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1]);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0 && height > 0)) throw new Error('preview: the chart SVG has no width and height');
  return { width, height };
}

/**
 * Where the chart goes in its box: scaled to fit when that keeps its labels readable; otherwise at a
 * readable scale, its top part shown (charts sort their most telling rows first) and the cut faded.
 */
export function chartPlacement(size: { width: number; height: number }, box: { width: number; height: number }) {
  const fit = Math.min(box.width / size.width, box.height / size.height, MAX_SCALE);
  if (fit >= MIN_SCALE) return { scale: fit, visibleHeight: size.height, cut: false };
  const scale = Math.min(box.width / size.width, 1);
  return { scale, visibleHeight: Math.min(size.height, box.height / scale), cut: box.height / scale < size.height };
}

function chartBlock(chart: { title: string; svg: string }): string {
  const title = fitText(chart.title, CHART_WIDTH, [22, 20, 18], 3, 'bold', 1.25);
  const titleTop = CHART_TOP + title.size;
  const top = titleTop + (title.lines.length - 1) * title.lineHeight + 20;
  const box = { width: CHART_WIDTH, height: CHART_BOTTOM - top };
  const size = svgSize(chart.svg);
  const { scale, visibleHeight, cut } = chartPlacement(size, box);
  const width = Math.round(size.width * scale);
  const height = Math.round(visibleHeight * scale);
  const x = CHART_X + Math.round((CHART_WIDTH - width) / 2);
  const fade = cut
    ? `<rect x="${CHART_X - 4}" y="${top + height - 60}" width="${CHART_WIDTH + 8}" height="62" fill="url(#preview-fade)"/>`
    : '';
  return (
    textLines(title, CHART_X, titleTop, `font-weight="700" fill="${TEXT}"`) +
    `<svg x="${x}" y="${top}" width="${width}" height="${height}" viewBox="0 0 ${size.width} ${visibleHeight}" overflow="hidden">${chart.svg}</svg>` +
    fade
  );
}

function sampleBadge(note: string): string {
  const size = 17;
  const width = Math.round(note.length * size * EM.bold) + 28;
  const x = PREVIEW_WIDTH - PAD - width;
  return (
    `<rect x="${x}" y="${FOOTER_Y - size - 9}" width="${width}" height="${size + 20}" rx="6" fill="#fff4cc" stroke="#b38600"/>` +
    `<text x="${x + 14}" y="${FOOTER_Y}" font-size="${size}" font-weight="700" fill="#5c4400">${escapeXml(note)}</text>`
  );
}

export function socialPreviewSvg(p: PreviewParts): string {
  const textWidth = p.chart ? TEXT_WIDTH : PREVIEW_WIDTH - 2 * PAD;
  const heading = fitText(p.heading, textWidth, [46, 40, 34, 30], 4, 'bold', 1.18);
  const headingTop = 118 + heading.size;
  const descriptionTop = headingTop + (heading.lines.length - 1) * heading.lineHeight + 30 + 22;
  const descriptionLines = Math.max(1, Math.floor((FOOTER_Y - 48 - descriptionTop) / 30) + 1);
  const description = fitText(p.description, textWidth, [22], descriptionLines, 'regular', 1.36);
  const url = p.url.replace(/^https?:\/\//, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="Inter, sans-serif">` +
    `<title>${escapeXml(p.heading)}</title>` +
    '<defs><linearGradient id="preview-fade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>' +
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#ffffff"/>` +
    `<rect width="${PREVIEW_WIDTH}" height="10" fill="${ACCENT}"/>` +
    `<text x="${PAD}" y="${PAD + 28}" font-size="26" font-weight="700" fill="${ACCENT}">${escapeXml(p.siteName)}</text>` +
    textLines(heading, PAD, headingTop, `font-weight="700" fill="${TEXT}"`) +
    textLines(description, PAD, descriptionTop, `fill="${MUTED}"`) +
    (p.chart ? chartBlock(p.chart) : '') +
    `<line x1="${PAD}" x2="${PREVIEW_WIDTH - PAD}" y1="${FOOTER_Y - 36}" y2="${FOOTER_Y - 36}" stroke="#d0d0d0"/>` +
    `<text x="${PAD}" y="${FOOTER_Y}" font-size="20" fill="${MUTED}">${escapeXml(url)}</text>` +
    (p.sampleNote ? sampleBadge(p.sampleNote) : '') +
    '</svg>\n'
  );
}
