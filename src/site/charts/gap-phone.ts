// The gap chart laid out for a phone: the wide layout needs 720 px (names in the left margin, values
// in the right), which a 360 px screen could only show scrolling sideways or shrunk to unreadable
// text. Here each row puts the name (wrapped) and the values on a line of their own above the
// row's marks, so the marks get the whole width. Same rows, order, marks, links and values; the page
// shows this one on a narrow screen and the wide one otherwise (site.css, .chart-phone).
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render.ts';
import { CHAR_PX, LINE_PX, gapMarks, gapValues, wrapLabel, type GapRow } from './gap.ts';
import type { ChartOptions } from './model.ts';
import { BASELINE_CLASS, FONT_SIZE, PALETTE, SUPPRESSED_CLASS, SUPPRESSED_PX } from './model.ts';

/** Drawn 1:1 on a 360 px phone (about 330–345 px of column); 13 px text stays ≥ 12 px on a 320 px one. */
export const GAP_PHONE_WIDTH = 340;
const MARGIN_LEFT = 12;
/** Room for half of the last tick label ("2.500"), centred on the end of the axis. */
const MARGIN_RIGHT = 20;
/** The marks' strip under the name: room for the 5.5 px square and the 6 px gap bar. */
const MARKS_PX = 20;
/** Space above a row's name, below the marks of the row before. */
const GAP_ABOVE = 6;

/** Characters of a name's line beside the widest values text (both at ~7.8 px a character). */
export function phoneLineChars(rows: readonly GapRow[], o: ChartOptions & { showDemand: boolean }, width = GAP_PHONE_WIDTH): number {
  const values = Math.max(0, ...rows.map((r) => gapValues(r, o).length));
  return Math.floor((width - MARGIN_LEFT - 2 - values * CHAR_PX - 8) / CHAR_PX);
}

export function gapPhonePlot(rows: readonly GapRow[], o: ChartOptions & { showDemand: boolean }): PlotOptions {
  const width = o.width ?? GAP_PHONE_WIDTH;
  const chars = phoneLineChars(rows, o, width);
  const wrapped = new Map(rows.map((r) => [r.code, wrapLabel(r.label, chars)]));
  const lines = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
  const text = lines * LINE_PX;
  const row = GAP_ABOVE + text + MARKS_PX;
  // Offsets from the middle of a row's band (where Plot puts a band's marks) to the foot of its name, just
  // above its marks (a name of fewer lines than the longest has the room above it), and to its marks' line.
  const nameDy = GAP_ABOVE + text - 3 - row / 2;
  const marksAt = GAP_ABOVE + text + MARKS_PX / 2;
  const marksDy = marksAt - row / 2;
  const { points, suppressed, gaps, max } = gapMarks(rows, o);
  const linked = (r: GapRow) => r.href ?? null;
  // Grid lines run behind the names: a white halo keeps them readable.
  const halo = { fill: 'currentColor', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' } as const;
  return {
    width,
    height: 60 + rows.length * row,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: 30,
    marginBottom: 30,
    style: { fontSize: FONT_SIZE },
    x: { domain: [0, max], nice: true, grid: true, label: null, tickFormat: (n: number) => o.fmt.count(n), ticks: 4, axis: 'both' },
    y: { domain: rows.map((r) => r.code), label: null, axis: null, padding: 0 },
    marks: [
      Plot.text(rows, {
        y: 'code',
        text: (r: GapRow) => wrapped.get(r.code)!.join('\n'),
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: nameDy,
        lineHeight: LINE_PX / 13,
        fontWeight: 600,
        ...halo,
        href: linked,
        target: '_top',
      }),
      Plot.text(rows, {
        y: 'code',
        text: (r: GapRow) => gapValues(r, o),
        frameAnchor: 'right',
        textAnchor: 'end',
        lineAnchor: 'bottom',
        dx: MARGIN_RIGHT - 2,
        dy: nameDy,
        lineHeight: LINE_PX / 13,
        ...halo,
        href: linked,
        target: '_top',
      }),
      Plot.ruleY(gaps, { y: 'code', x1: 'x1', x2: 'x2', dy: marksDy, stroke: '#B8B8B8', strokeWidth: 6, ariaHidden: 'true' }),
      Plot.barX(suppressed, {
        y: 'code',
        x1: 0,
        x2: 0,
        insetRight: -SUPPRESSED_PX,
        fill: o.hatch,
        className: SUPPRESSED_CLASS,
        stroke: (d: { key: 'completed' | 'certified' }) => PALETTE[d.key],
        insetTop: marksAt - 6,
        insetBottom: row - marksAt - 6,
      }),
      Plot.dot(points('completed'), {
        x: 'value',
        y: 'code',
        dy: marksDy,
        r: 5,
        stroke: PALETTE.completed,
        strokeWidth: 2,
        fill: 'white',
        symbol: 'circle',
      }),
      Plot.dot(points('certified'), { x: 'value', y: 'code', dy: marksDy, r: 5, fill: PALETTE.certified, symbol: 'diamond' }),
      ...(o.showDemand
        ? [Plot.dot(points('demand'), { x: 'value', y: 'code', dy: marksDy, r: 5.5, fill: PALETTE.demand, symbol: 'square' })]
        : []),
      // The zero line under each row's marks only, not through the names above them.
      Plot.tickX(rows, {
        x: () => 0,
        y: 'code',
        insetTop: GAP_ABOVE + text,
        insetBottom: 0,
        ariaHidden: 'true',
        className: BASELINE_CLASS,
      }),
    ],
  };
}
