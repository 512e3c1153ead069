// The main chart: per occupation, demand (positions posted) against supply (completed, certified),
// one row each, sorted by the gap so the largest shortage is on top and surpluses at the bottom.
import * as Plot from '@observablehq/plot';
import type { Cell } from '../facts.ts';
import type { PlotOptions } from '../render.ts';
import type { ChartOptions } from './model.ts';
import { BASELINE_CLASS, FONT_SIZE, PALETTE, SUPPRESSED_CLASS, SUPPRESSED_PX, isSuppressed, shown } from './model.ts';

export interface GapRow {
  code: string;
  label: string;
  demand: Cell | undefined;
  completed: Cell | undefined;
  certified: Cell | undefined;
  /** The occupation's page (a site path, without the base): the row's name links to it. */
  href?: string;
}

/** demand − certified; a suppressed count counts as half the threshold, for ordering only. */
export function gapOf(row: GapRow, minCell: number): number {
  const value = (c: Cell | undefined) => (shown(c) ? c.value : isSuppressed(c) ? minCell / 2 : 0);
  return value(row.demand) - value(row.certified);
}

/** Largest shortage first; ties by code so the order never depends on input order. */
export function sortByGap(rows: readonly GapRow[], minCell: number): GapRow[] {
  return [...rows].sort((a, b) => gapOf(b, minCell) - gapOf(a, minCell) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

type SupplyKey = 'completed' | 'certified';
const SUPPLY: readonly SupplyKey[] = ['completed', 'certified'];

interface Point {
  code: string;
  value: number;
}

/**
 * The gap chart spans the page (both columns of the figure grid): 720 px, drawn 1:1 on a wide screen.
 * Names sit in the left margin, wrapped, never cut; the values in the right margin.
 */
export const GAP_WIDTH = 720;
/** Characters on one line of a name (13 px font, ~7.8 px a character); longer names wrap. */
export const GAP_LINE_CHARS = 22;
export const CHAR_PX = 7.8;
export const LINE_PX = 15;
const VALUES_PX = 118;

/** A name broken at spaces into lines of at most `max` characters; a single longer word keeps its line whole. */
export function wrapLabel(label: string, max = GAP_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "2.614 vs 282": demand against certified supply as printed at the end of a row ("<5" when suppressed). */
export function gapValues(row: GapRow, o: ChartOptions & { showDemand: boolean }): string {
  const text = (c: Cell | undefined) => (shown(c) ? o.fmt.count(c.value) : isSuppressed(c) ? `<${o.fmt.count(o.minCell)}` : '–');
  return o.showDemand ? `${text(row.demand)} vs ${text(row.certified)}` : text(row.certified);
}

/** What both layouts of the chart draw: the shown values, the suppressed ones, the gap from certified supply up to demand, the largest value. */
export function gapMarks(rows: readonly GapRow[], o: ChartOptions & { showDemand: boolean }) {
  const points = (key: 'demand' | SupplyKey): Point[] =>
    rows.flatMap((r) => (shown(r[key]) ? [{ code: r.code, value: r[key].value }] : []));
  const suppressed = SUPPLY.flatMap((key) => rows.filter((r) => isSuppressed(r[key])).map((r) => ({ code: r.code, key })));
  const gaps = o.showDemand
    ? rows
        .filter((r) => shown(r.demand) && shown(r.certified))
        .map((r) => ({ code: r.code, x1: r.certified!.value!, x2: r.demand!.value! }))
    : [];
  const max = Math.max(o.minCell, ...rows.flatMap((r) => [r.demand, r.completed, r.certified].map((c) => (shown(c) ? c.value : 0))));
  return { points, suppressed, gaps, max };
}

export function gapPlot(rows: readonly GapRow[], o: ChartOptions & { showDemand: boolean }): PlotOptions {
  const codes = rows.map((r) => r.code);
  const wrapped = new Map(rows.map((r) => [r.code, wrapLabel(r.label)]));
  const lines = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
  const longest = Math.max(0, ...[...wrapped.values()].flat().map((l) => l.length));
  const row = Math.max(30, lines * LINE_PX + 8);
  const { points, suppressed, gaps, max } = gapMarks(rows, o);
  const linked = (r: GapRow) => r.href ?? null;
  return {
    width: o.width ?? GAP_WIDTH,
    height: 60 + rows.length * row,
    marginLeft: Math.round(longest * CHAR_PX) + 16,
    marginRight: VALUES_PX,
    marginTop: 30,
    marginBottom: 30,
    style: { fontSize: FONT_SIZE },
    x: { domain: [0, max], nice: true, grid: true, label: null, tickFormat: (n: number) => o.fmt.count(n), ticks: 5, axis: 'both' },
    y: { domain: codes, label: null, axis: null, padding: 0 },
    marks: [
      Plot.text(rows, {
        y: 'code',
        text: (r: GapRow) => wrapped.get(r.code)!.join('\n'),
        frameAnchor: 'left',
        textAnchor: 'end',
        dx: -8,
        lineAnchor: 'middle',
        lineHeight: LINE_PX / 13,
        fontWeight: 600,
        href: linked,
        target: '_top',
      }),
      Plot.text(rows, {
        y: 'code',
        text: (r: GapRow) => gapValues(r, o),
        frameAnchor: 'right',
        textAnchor: 'start',
        dx: 8,
        href: linked,
        target: '_top',
      }),
      Plot.ruleY(gaps, { y: 'code', x1: 'x1', x2: 'x2', stroke: '#B8B8B8', strokeWidth: 6, ariaHidden: 'true' }),
      Plot.barX(suppressed, {
        y: 'code',
        x1: 0,
        x2: 0,
        insetRight: -SUPPRESSED_PX,
        fill: o.hatch,
        className: SUPPRESSED_CLASS,
        stroke: (d: { key: SupplyKey }) => PALETTE[d.key],
        insetTop: row / 2 - 6,
        insetBottom: row / 2 - 6,
      }),
      Plot.dot(points('completed'), {
        x: 'value',
        y: 'code',
        r: 5,
        stroke: PALETTE.completed,
        strokeWidth: 2,
        fill: 'white',
        symbol: 'circle',
      }),
      Plot.dot(points('certified'), { x: 'value', y: 'code', r: 5, fill: PALETTE.certified, symbol: 'diamond' }),
      ...(o.showDemand ? [Plot.dot(points('demand'), { x: 'value', y: 'code', r: 5.5, fill: PALETTE.demand, symbol: 'square' })] : []),
      Plot.ruleX([0], { ariaHidden: 'true', className: BASELINE_CLASS }),
    ],
  };
}
