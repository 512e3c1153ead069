// Waiting time to a first job (masa tunggu): for each completion year (one panel each), the share of
// completers working within 30, 90, 180 and 365 days, as a step curve with each rate's 95 % interval
// as a whisker. A window still open is a dashed outline over the whole height ("not yet"), never a low
// value; a suppressed rate a hatched block at the baseline. The curve stops where a rate is not shown.
import * as Plot from '@observablehq/plot';
import type { Cell } from '../facts.ts';
import type { PlotOptions } from '../render.ts';
import type { Interval } from '../wilson.ts';
import type { ChartOptions } from './model.ts';
import { CHART_WIDTH, FONT_SIZE, PALETTE, isSuppressed, shown } from './model.ts';

export interface WaitingPoint {
  days: number;
  cell: Cell | undefined;
  interval: Interval | null;
}

export interface WaitingCohort {
  period: string;
  points: WaitingPoint[];
}

/** Half the width of an open or suppressed marker, in days. */
const HALF = 9;
const PANEL = 92;

interface Step {
  period: string;
  days: number;
  value: number | null;
}

/** The curve's vertices: a shown rate holds until the next horizon; a gap breaks the line. */
export function waitingSteps(cohorts: readonly WaitingCohort[], end: number): Step[] {
  return cohorts.flatMap((c) => [
    ...c.points.map((p) => ({ period: c.period, days: p.days, value: shown(p.cell) ? p.cell.value : null })),
    { period: c.period, days: end, value: shown(c.points.at(-1)?.cell) ? c.points.at(-1)!.cell!.value : null },
  ]);
}

export function waitingPlot(cohorts: readonly WaitingCohort[], o: ChartOptions): PlotOptions {
  const horizons = cohorts[0]?.points.map((p) => p.days) ?? [];
  const end = Math.max(0, ...horizons) + 20;
  const points = cohorts.flatMap((c) => c.points.map((p) => ({ ...p, period: c.period })));
  const rated = points.filter((p) => shown(p.cell));
  const open = points.filter((p) => p.cell?.flag === 'window_open');
  const hidden = points.filter((p) => isSuppressed(p.cell));
  const whiskers = rated.filter((p) => p.interval);
  return {
    width: o.width ?? CHART_WIDTH,
    height: 40 + Math.max(1, cohorts.length) * PANEL,
    marginLeft: 50,
    marginRight: 52,
    marginTop: 8,
    marginBottom: 34,
    style: { fontSize: FONT_SIZE },
    fy: {
      domain: cohorts.map((c) => c.period),
      label: null,
      tickFormat: (p: string) => o.fmt.periodShort(p),
      axis: 'right',
      padding: 0.18,
    },
    x: { domain: [0, end], label: null, ticks: horizons, tickFormat: (d: number) => o.fmt.count(d) },
    y: { domain: [0, 1], grid: true, label: null, ticks: 2, tickFormat: (n: number) => o.fmt.percent(n) },
    marks: [
      Plot.ruleY([0], { ariaHidden: 'true' }),
      Plot.rect(open, {
        fy: 'period',
        x1: (p: WaitingPoint) => p.days - HALF,
        x2: (p: WaitingPoint) => p.days + HALF,
        y1: 0,
        y2: 1,
        fill: 'none',
        stroke: PALETTE.windowOpen,
        strokeDasharray: '4 3',
      }),
      Plot.rect(hidden, {
        fy: 'period',
        x1: (p: WaitingPoint) => p.days - HALF,
        x2: (p: WaitingPoint) => p.days + HALF,
        y1: 0,
        y2: 0.12,
        fill: o.hatch,
        stroke: '#555555',
      }),
      Plot.line(waitingSteps(cohorts, end), {
        fy: 'period',
        x: 'days',
        y: 'value',
        curve: 'step-after',
        stroke: PALETTE.placed,
        strokeWidth: 2,
      }),
      Plot.ruleX(whiskers, {
        fy: 'period',
        x: 'days',
        y1: (p: WaitingPoint) => p.interval!.lower,
        y2: (p: WaitingPoint) => p.interval!.upper,
        stroke: '#222222',
        strokeWidth: 1.2,
      }),
      ...(['lower', 'upper'] as const).map((end) =>
        Plot.ruleY(whiskers, {
          fy: 'period',
          y: (p: WaitingPoint) => p.interval![end],
          x1: (p: WaitingPoint) => p.days - 4,
          x2: (p: WaitingPoint) => p.days + 4,
          stroke: '#222222',
        }),
      ),
      Plot.dot(rated, { fy: 'period', x: 'days', y: (p: WaitingPoint) => p.cell!.value, fill: PALETTE.placed, r: 3.5 }),
      Plot.text(rated, {
        fy: 'period',
        x: 'days',
        y: (p: WaitingPoint) => p.cell!.value,
        text: (p: WaitingPoint) => o.fmt.percent(p.cell!.value!),
        dx: 6,
        dy: -9,
        textAnchor: 'start',
        fill: '#222222',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
        fontSize: 11,
      }),
    ],
  };
}
