// The main chart: per occupation, demand (positions posted) against supply (completed, certified),
// one row each, sorted by the gap so the largest shortage is on top and surpluses at the bottom.
import * as Plot from '@observablehq/plot';
import type { Cell } from '../facts.ts';
import type { PlotOptions } from '../render.ts';
import type { ChartOptions } from './model.ts';
import { BASELINE_CLASS, CHART_WIDTH, FONT_SIZE, LABEL_ABOVE_MAX, PALETTE, SUPPRESSED_CLASS, SUPPRESSED_PX, clip, isSuppressed, shown } from './model.ts';

export interface GapRow {
  code: string;
  label: string;
  demand: Cell | undefined;
  completed: Cell | undefined;
  certified: Cell | undefined;
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
  label: string;
  value: number;
}

/** Each row: the occupation's full name on a line of its own, the dots under it (names are long). */
const ROW = 46;
const MARK_DY = 8;

export function gapPlot(rows: readonly GapRow[], o: ChartOptions & { showDemand: boolean }): PlotOptions {
  const labels = rows.map((r) => r.label);
  const points = (key: 'demand' | SupplyKey): Point[] =>
    rows.flatMap((r) => (shown(r[key]) ? [{ label: r.label, value: r[key].value }] : []));
  const suppressed = SUPPLY.flatMap((key) => rows.filter((r) => isSuppressed(r[key])).map((r) => ({ label: r.label, key })));
  const gaps = o.showDemand
    ? rows.filter((r) => shown(r.demand) && shown(r.certified)).map((r) => ({ label: r.label, x1: r.certified!.value!, x2: r.demand!.value! }))
    : [];
  const max = Math.max(o.minCell, ...rows.flatMap((r) => [r.demand, r.completed, r.certified].map((c) => (shown(c) ? c.value : 0))));
  return {
    width: o.width ?? CHART_WIDTH,
    height: 36 + rows.length * ROW,
    marginLeft: 12,
    marginRight: 22,
    marginTop: 8,
    style: { fontSize: FONT_SIZE },
    x: { domain: [0, max], nice: true, grid: true, label: null, tickFormat: (n: number) => o.fmt.count(n), ticks: 4 },
    y: { domain: labels, label: null, axis: null, padding: 0 },
    marks: [
      Plot.text(rows, { y: 'label', text: (r: GapRow) => clip(r.label, LABEL_ABOVE_MAX), frameAnchor: 'left', textAnchor: 'start', dy: -11, fontWeight: 600 }),
      Plot.ruleY(gaps, { y: 'label', x1: 'x1', x2: 'x2', dy: MARK_DY, stroke: '#B8B8B8', strokeWidth: 6, ariaHidden: 'true' }),
      Plot.barX(suppressed, {
        y: 'label', x1: 0, x2: 0, insetRight: -SUPPRESSED_PX, fill: o.hatch, className: SUPPRESSED_CLASS,
        stroke: (d: { key: SupplyKey }) => PALETTE[d.key], insetTop: ROW / 2 + MARK_DY - 6, insetBottom: ROW / 2 - MARK_DY - 6,
      }),
      Plot.dot(points('completed'), { x: 'value', y: 'label', dy: MARK_DY, r: 5, stroke: PALETTE.completed, strokeWidth: 2, fill: 'white', symbol: 'circle' }),
      Plot.dot(points('certified'), { x: 'value', y: 'label', dy: MARK_DY, r: 5, fill: PALETTE.certified, symbol: 'diamond' }),
      ...(o.showDemand ? [Plot.dot(points('demand'), { x: 'value', y: 'label', dy: MARK_DY, r: 5.5, fill: PALETTE.demand, symbol: 'square' })] : []),
      Plot.ruleX([0], { ariaHidden: 'true', className: BASELINE_CLASS }),
    ],
  };
}
