// Horizontal bars with a printed value on every row: the funnel, placement rates per cohort, demand
// by sector, the share of postings requiring a certificate. A row is shown, suppressed (hatched,
// "<5" or "hidden"), window-open (a dashed outline with the date it can be computed) or missing.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render.ts';
import type { ChartOptions } from './model.ts';
import {
  BASELINE_CLASS,
  CHART_WIDTH,
  FONT_SIZE,
  LABEL_ABOVE_MAX,
  PALETTE,
  SUPPRESSED_CLASS,
  SUPPRESSED_PX,
  clip,
  marginForLabels,
} from './model.ts';

export type BarState = 'shown' | 'suppressed' | 'window_open' | 'missing';

export interface BarRow {
  key: string;
  label: string;
  value: number | null;
  state: BarState;
  color: string;
  /** Printed beside the bar: the value with its denominator, or why there is none. */
  text: string;
  /** For a rate: its 95 % interval, drawn as a whisker across the bar's end. */
  interval?: { lower: number; upper: number };
}

export interface BarsData {
  rows: BarRow[];
  /** Rates are drawn on 0–100 %; counts from 0 to their maximum. */
  unit: 'count' | 'rate';
}

/** Text inside a long bar (white), beside a short one: it never runs off the chart. */
const INSIDE_FROM = 0.62;

/** Labels longer than this go on a line of their own above the bar; short ones (periods) on the left. */
const LEFT_LABEL_MAX = 14;

export function barsPlot(d: BarsData, o: ChartOptions): PlotOptions {
  const labels = d.rows.map((r) => r.label);
  const above = labels.some((l) => l.length > LEFT_LABEL_MAX);
  const row = above ? 46 : 32;
  // With labels above, the bar sits in the lower part of its row.
  const insetTop = above ? 20 : 3;
  const insetBottom = 3;
  const dy = (insetTop - insetBottom) / 2;
  const max = d.unit === 'rate' ? 1 : Math.max(o.minCell, ...d.rows.map((r) => (r.state === 'shown' ? (r.value ?? 0) : 0)));
  const shownRows = d.rows.filter((r) => r.state === 'shown' && r.value !== null);
  const inside = (r: BarRow) => r.state === 'shown' && (r.value ?? 0) / max >= INSIDE_FROM;
  return {
    width: o.width ?? CHART_WIDTH,
    height: 36 + d.rows.length * row,
    marginLeft: above ? 12 : marginForLabels(labels),
    marginRight: 22,
    marginTop: 8,
    style: { fontSize: FONT_SIZE },
    x: {
      domain: [0, max],
      nice: d.unit === 'count',
      grid: true,
      label: null,
      ticks: 4,
      tickFormat: (n: number) => (d.unit === 'rate' ? o.fmt.percent(n) : o.fmt.count(n)),
    },
    y: above
      ? { domain: labels, label: null, axis: null, padding: 0 }
      : { domain: labels, label: null, tickFormat: (l: string) => clip(l), tickSize: 0, padding: 0 },
    marks: [
      ...(above
        ? [
            Plot.text(d.rows, {
              y: 'label',
              text: (r: BarRow) => clip(r.label, LABEL_ABOVE_MAX),
              frameAnchor: 'left',
              textAnchor: 'start',
              dy: -12,
              fontWeight: 600,
            }),
          ]
        : []),
      Plot.barX(shownRows, { y: 'label', x: 'value', fill: (r: BarRow) => r.color, insetTop, insetBottom }),
      Plot.barX(
        d.rows.filter((r) => r.state === 'suppressed'),
        {
          y: 'label',
          x1: 0,
          x2: 0,
          insetRight: -SUPPRESSED_PX,
          fill: o.hatch,
          stroke: '#555555',
          insetTop,
          insetBottom,
          className: SUPPRESSED_CLASS,
        },
      ),
      Plot.barX(
        d.rows.filter((r) => r.state === 'window_open'),
        {
          y: 'label',
          x1: 0,
          x2: max,
          fill: 'none',
          stroke: PALETTE.windowOpen,
          strokeDasharray: '4 3',
          insetTop,
          insetBottom,
        },
      ),
      Plot.ruleX([0], { ariaHidden: 'true', className: BASELINE_CLASS }),
      ...whiskers(d.rows, dy, row),
      Plot.text(
        d.rows.filter((r) => !inside(r) && r.state !== 'suppressed'),
        {
          y: 'label',
          x: (r: BarRow) => (r.state === 'shown' ? r.value : 0),
          text: 'text',
          textAnchor: 'start',
          dx: 5,
          dy,
          fill: '#222222',
          // A white halo keeps the text readable where a whisker runs through it.
          ...(d.rows.some((r) => r.interval) ? { stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' } : {}),
        },
      ),
      Plot.text(
        d.rows.filter((r) => r.state === 'suppressed'),
        { y: 'label', x: 0, text: 'text', textAnchor: 'start', dx: SUPPRESSED_PX + 5, dy, fill: '#222222' },
      ),
      Plot.text(d.rows.filter(inside), { y: 'label', x: 'value', text: 'text', textAnchor: 'end', dx: -5, dy, fill: 'white' }),
    ],
  };
}

/** 95 % intervals: a line from the lower to the upper bound through the bar's end, with end ticks. */
function whiskers(rows: readonly BarRow[], dy: number, row: number): Plot.Markish[] {
  const bounded = rows.filter((r) => r.state === 'shown' && r.interval);
  if (bounded.length === 0) return [];
  const lower = (r: BarRow) => r.interval!.lower;
  const upper = (r: BarRow) => r.interval!.upper;
  // Along the bar's lower edge, under the printed value; end ticks 6 px tall.
  const at = dy + 10;
  const inset = (row - 6) / 2;
  return [
    Plot.ruleY(bounded, { y: 'label', x1: lower, x2: upper, stroke: '#222222', strokeWidth: 1.2, dy: at }),
    ...[lower, upper].map((x) =>
      Plot.tickX(bounded, { y: 'label', x, stroke: '#222222', strokeWidth: 1.2, dy: at, insetTop: inset, insetBottom: inset }),
    ),
  ];
}
