// The height an embed needs on a 360 px phone, worked out at build time from what the embed page
// shows: the chart scaled to the column, and each block of text wrapped at an average character
// width. A CMS that strips the embed code's script keeps the iframe at this height, so it must not
// be less than the page: widths and character sizes lean to the wide side (measured in the
// browser tests, which check it against the real page at 360 px).

/**
 * Text wraps soonest in the narrowest column (the iframe in a host page with 8 px margins, the embed
 * page padding 8 px a side); the chart, which scales with the column, is tallest in the widest (the
 * iframe as wide as the 360 px screen). Each is taken at its worst.
 */
export const PHONE_CONTENT_WIDTH = 360 - 16 - 16;
export const PHONE_CHART_WIDTH = 360 - 16;

/** A wide figure's chart (site.css, .figure-wide): at most 45rem. On a phone its phone layout is shown, at most 30rem. */
export const WIDE_CHART_MAX_PX = 720;
const CHART_MAX_PX = 480;

/** Average character width as a share of the font size (system-ui; bold a little wider), on the generous side. */
const CHAR_EM = 0.56;
const BOLD_CHAR_EM = 0.62;

export interface TextBlock {
  text: string;
  /** Font size and line height in px; margins and padding around the block in px. */
  font: number;
  lineHeight: number;
  space: number;
  bold?: boolean;
  /** Horizontal padding and border inside the column, px (the sample banner's box). */
  inset?: number;
}

/** Lines a text takes when wrapped at `width` px, word by word. */
export function lineCount(text: string, font: number, width: number, bold = false): number {
  const char = font * (bold ? BOLD_CHAR_EM : CHAR_EM);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length * char;
    const needed = used === 0 ? w : used + char + w;
    if (needed <= width || used === 0) {
      used = needed;
      // A word longer than the line breaks over several.
      if (used > width) {
        lines += Math.floor(used / width);
        used %= width;
      }
    } else {
      lines += 1;
      used = w;
    }
  }
  return lines;
}

export interface EmbedLayout {
  /** The chart's own size in its SVG (viewBox), and the widest it is drawn (CSS max-width, px). */
  chartWidth: number;
  chartHeight: number;
  chartMaxWidth: number;
  /** The text blocks of the page, top to bottom. */
  blocks: TextBlock[];
  /** Legend labels, laid out as a wrapping row of keys. */
  legend: string[];
  /** Fixed space besides the blocks: page padding, the figure's bottom padding. */
  chrome: number;
}

/** The embed page's height at the phone width, in whole px. */
export function embedHeightAt(layout: EmbedLayout, width = PHONE_CONTENT_WIDTH): number {
  const chartWidth = Math.min(width + PHONE_CHART_WIDTH - PHONE_CONTENT_WIDTH, layout.chartMaxWidth);
  const chart = (layout.chartHeight * chartWidth) / layout.chartWidth;
  const text = layout.blocks.reduce((h, b) => h + lineCount(b.text, b.font, width - (b.inset ?? 0), b.bold) * b.lineHeight + b.space, 0);
  // Legend keys: an 18 px swatch, a 6 px gap, the label; 16 px between keys; 0.85rem text.
  const legendFont = 13.6;
  let rows = 0;
  let used = 0;
  for (const label of layout.legend) {
    const w = 24 + label.length * legendFont * CHAR_EM;
    if (rows === 0 || used + 16 + w > width) {
      rows += 1;
      used = w;
    } else used += 16 + w;
  }
  const legend = rows ? rows * (legendFont * 1.5 + 3.2) + 12.8 : 0;
  // Fonts differ from system to system: a tenth more for the text, so the guess errs long, never short.
  return Math.ceil(chart + (text + legend) * 1.1 + layout.chrome);
}

/** What the embed page (EmbedPage.astro with Figure.astro, site.css) shows, as blocks of text. */
export function embedLayout(x: {
  banner?: string;
  title: string;
  subtitle: string;
  legend: string[];
  notes: string[];
  source: string;
  tableSummary: string;
  backlink: string;
  language: string;
  chartWidth: number;
  chartHeight: number;
  wide?: boolean;
  /** The size of the chart's phone layout, which a phone shows instead (Figure.astro, .chart-phone). */
  phoneChart?: { width: number; height: number };
}): EmbedLayout {
  const small = (text: string): TextBlock => ({ text, font: 14.4, lineHeight: 21.6, space: 8 });
  return {
    ...(x.phoneChart
      ? { chartWidth: x.phoneChart.width, chartHeight: x.phoneChart.height, chartMaxWidth: CHART_MAX_PX }
      : { chartWidth: x.chartWidth, chartHeight: x.chartHeight, chartMaxWidth: x.wide ? WIDE_CHART_MAX_PX : CHART_MAX_PX }),
    legend: x.legend,
    // main's padding (8 + 8) and the figure's bottom padding (16).
    chrome: 32,
    blocks: [
      ...(x.banner ? [{ text: x.banner, font: 16, lineHeight: 24, space: 19.2 + 2 + 8, inset: 25.6 + 2 }] : []),
      { text: x.title, font: 18.4, lineHeight: 23.92, space: 4.8, bold: true },
      small(x.subtitle),
      ...x.notes.map(small),
      small(x.source),
      { text: x.tableSummary, font: 16, lineHeight: 24, space: 0 },
      small(x.backlink),
      { ...small(x.language), space: 0 },
    ],
  };
}
