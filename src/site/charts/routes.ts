// Placements by route per year, stacked: employed in Indonesia, migrant worker abroad, self-employed.
// A suppressed part sits at the baseline as a hatched block of nominal height, labelled "<5", below
// the published parts: never drawn as zero, never mistaken for a measured height. The total (placed)
// is printed above each stack.
import * as Plot from '@observablehq/plot';
import type { Cell } from '../facts.ts';
import type { PlotOptions } from '../render.ts';
import type { ChartOptions } from './model.ts';
import { CHART_WIDTH, FONT_SIZE, isSuppressed, shown } from './model.ts';

export interface RoutePart {
  key: string;
  label: string;
  color: string;
  cell: Cell | undefined;
}

export interface RouteYear {
  period: string;
  /** `placed`: the stack's total. */
  total: Cell | undefined;
  parts: RoutePart[];
}

/** Okabe–Ito based, each ≥ 3:1 against white (WCAG 1.4.11); parts are also separated by a white edge. */
export const ROUTE_COLORS = { employed: '#3D5A80', migrant: '#A0467E', self_employed: '#8A6D00' } as const;

interface Segment {
  period: string;
  key: string;
  y1: number;
  y2: number;
  fill: string;
  hidden: boolean;
}

/** The stacks, bottom up: hatched suppressed parts first, then published parts in route order. */
export function routeSegments(years: readonly RouteYear[], hiddenHeight: number): Segment[] {
  return years.flatMap((y) => {
    let top = 0;
    const out: Segment[] = [];
    for (const p of y.parts.filter((q) => isSuppressed(q.cell))) {
      out.push({ period: y.period, key: p.key, y1: top, y2: top + hiddenHeight, fill: '', hidden: true });
      top += hiddenHeight;
    }
    for (const p of y.parts.filter((q) => shown(q.cell) && q.cell.value > 0)) {
      out.push({ period: y.period, key: p.key, y1: top, y2: top + p.cell!.value!, fill: p.color, hidden: false });
      top += p.cell!.value!;
    }
    return out;
  });
}

export function routesPlot(years: readonly RouteYear[], o: ChartOptions): PlotOptions {
  const tallest = Math.max(o.minCell, ...years.map((y) => y.parts.reduce((n, p) => n + (shown(p.cell) ? p.cell.value : 0), 0)));
  // Tall enough to see and to carry its "<5", small against the published parts.
  const hiddenHeight = Math.max(o.minCell / 2, tallest * 0.06);
  const segments = routeSegments(years, hiddenHeight);
  const top = (period: string) => Math.max(0, ...segments.filter((s) => s.period === period).map((s) => s.y2));
  const totals = years.map((y) => ({
    period: y.period,
    y: top(y.period),
    text: shown(y.total) ? o.fmt.count(y.total.value) : isSuppressed(y.total) ? `<${o.fmt.count(o.minCell)}` : '',
  }));
  return {
    width: o.width ?? CHART_WIDTH,
    height: 260,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 22,
    marginBottom: 30,
    style: { fontSize: FONT_SIZE },
    x: { type: 'band', domain: years.map((y) => y.period), label: null, padding: 0.3, tickFormat: (p: string) => o.fmt.periodShort(p) },
    y: {
      domain: [0, Math.max(...totals.map((t) => t.y), o.minCell) * 1.08],
      nice: true,
      grid: true,
      label: null,
      ticks: 5,
      tickFormat: (n: number) => o.fmt.count(n),
    },
    marks: [
      Plot.rectY(
        segments.filter((s) => !s.hidden),
        { x: 'period', y1: 'y1', y2: 'y2', fill: 'fill', stroke: 'white', strokeWidth: 1 },
      ),
      Plot.rectY(
        segments.filter((s) => s.hidden),
        { x: 'period', y1: 'y1', y2: 'y2', fill: o.hatch, stroke: '#555555' },
      ),
      Plot.text(
        segments.filter((s) => s.hidden),
        {
          x: 'period',
          y: (s: Segment) => (s.y1 + s.y2) / 2,
          text: () => `<${o.fmt.count(o.minCell)}`,
          fill: '#222222',
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
          fontWeight: 600,
        },
      ),
      Plot.ruleY([0], { ariaHidden: 'true' }),
      Plot.text(totals, { x: 'period', y: 'y', text: 'text', dy: -8, fill: '#222222', fontWeight: 600 }),
    ],
  };
}
