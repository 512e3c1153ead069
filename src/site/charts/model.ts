// Shared vocabulary of the chart specs: series, palette, sizes. A chart spec is a pure function
// (data, options) → Plot options; these types are what the data side hands it.
import type { Cell } from '../facts.ts';
import type { Formatter } from '../format.ts';

/** What a chart needs besides its data: formatting, the privacy threshold and the hatch to draw suppression with. */
export interface ChartOptions {
  fmt: Formatter;
  minCell: number;
  /** `url(#…)` of the hatch pattern the renderer puts into this chart's SVG. */
  hatch: string;
  width?: number;
}

/** Charts are drawn at 400 px and scale down to a 360 px phone; 13 px text stays ≥ 10 px there. */
export const CHART_WIDTH = 400;
export const FONT_SIZE = '13px';

/**
 * Colour-blind-safe series colours (Okabe–Ito hues, darkened where needed so every mark has ≥ 3:1
 * contrast on white, WCAG 1.4.11). Series are also told apart by shape, dash or position and named
 * in a legend and in the table: colour is never the only cue.
 */
export const PALETTE = {
  demand: '#C44E00',
  enrolled: '#6B6B6B',
  completed: '#0072B2',
  certified: '#00785A',
  placed: '#A0467E',
  pool: '#00785A',
  neutral: '#3D5A80',
  windowOpen: '#6B6B6B',
} as const;

export type SeriesKey = 'demand' | 'enrolled' | 'completed' | 'certified' | 'placed' | 'pool';

/** One line of a multi-series chart: its cells in period order (undefined = not published). */
export interface Series {
  key: SeriesKey;
  label: string;
  color: string;
  cells: (Cell | undefined)[];
  /** Dashed line, for a second kind of quantity (a stock against flows). */
  dashed?: boolean;
}

export interface LegendItem {
  label: string;
  color: string;
  /** How the key is drawn: as the chart draws it (a line, a bar, a symbol, the privacy hatch, a dashed outline). */
  swatch: 'line' | 'dashed-line' | 'bar' | 'hatch' | 'outline' | 'square' | 'ring' | 'diamond' | 'highlight';
}

/**
 * A suppressed value is no number: it is drawn at the baseline as a small hatched mark of this many
 * pixels, labelled "<5", never at some value on the axis. Its mark carries the class
 * `SUPPRESSED_CLASS`, the zero line `BASELINE_CLASS`: the browser tests check one against the other.
 */
export const SUPPRESSED_PX = 10;
export const SUPPRESSED_CLASS = 'suppressed-mark';
export const BASELINE_CLASS = 'baseline';

/** A published, shown value: not suppressed, not window-open, not missing. */
export function shown(c: Cell | undefined): c is Cell & { value: number } {
  return c !== undefined && c.flag === '' && c.value !== null;
}

export function isSuppressed(c: Cell | undefined): boolean {
  return c?.flag === 'suppressed';
}

/** Characters that fit on a bold label line above a row at 400 px (13 px font); the table has the full name. */
export const LABEL_ABOVE_MAX = 45;

/** A long label cut to fit the left margin; the table keeps the full name. */
export function clip(label: string, max = 24): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Plot never measures text: a left margin from the longest label at ~7.8 px a character (13 px font). */
export function marginForLabels(labels: readonly string[], max = 24): number {
  const longest = Math.max(0, ...labels.map((l) => clip(l, max).length));
  return Math.min(190, Math.round(longest * 7.8) + 18);
}
