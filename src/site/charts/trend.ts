// Series over periods (quarters or years): demand against completed, certified, placed; a pool
// against demand; residents per 1,000. Suppressed points are drawn as hatched markers on the
// baseline labelled "<5", and the line is broken there: never a value, never a silent gap.
import * as Plot from '@observablehq/plot';
import { granularityOf, periodYear, startsYear } from '../../pipeline/periods.ts';
import type { PlotOptions } from '../render.ts';
import type { ChartOptions, Series } from './model.ts';
import { BASELINE_CLASS, CHART_WIDTH, FONT_SIZE, SUPPRESSED_CLASS, isSuppressed, shown } from './model.ts';

export interface TrendData {
  periods: string[];
  series: Series[];
  /** Periods whose sources have not finished reporting: labelled "sementara" over the chart. */
  provisional?: string[];
  provisionalLabel?: string;
  /** Values are counts, or rates per 1,000 residents (one decimal). */
  unit: 'count' | 'per1000';
}

interface Point {
  period: string;
  series: string;
  value: number | null;
}

const SYMBOLS = ['circle', 'square', 'diamond', 'triangle', 'star'] as const;

function isQuarterly(periods: readonly string[]): boolean {
  return periods.some((p) => granularityOf(p) === 'quarter');
}

/** Quarter axes label only each year's first quarter (with the year); the table has every quarter. */
function periodTicks(periods: readonly string[]): string[] {
  return isQuarterly(periods) ? periods.filter((p) => startsYear(p) || p === periods[0]) : [...periods];
}

export function trendPlot(d: TrendData, o: ChartOptions): PlotOptions {
  const quarterly = isQuarterly(d.periods);
  const points: Point[] = d.series.flatMap((s) =>
    d.periods.map((period, i) => ({ period, series: s.key, value: shown(s.cells[i]) ? s.cells[i]!.value : null })),
  );
  // With nothing above zero the axis still needs a top: the threshold for counts, 1 for rates.
  const max = Math.max(0, ...points.map((p) => p.value ?? 0)) || (d.unit === 'count' ? o.minCell : 1);
  const hiddenPeriods = d.periods.filter((_, j) => d.series.some((s) => isSuppressed(s.cells[j])));
  return {
    width: o.width ?? CHART_WIDTH,
    height: 260,
    marginLeft: 44,
    marginRight: 16,
    marginBottom: 30,
    style: { fontSize: FONT_SIZE },
    x: {
      type: 'point',
      domain: d.periods,
      label: null,
      ticks: periodTicks(d.periods),
      padding: 0.3,
      tickFormat: (p: string) => (quarterly ? periodYear(p) : o.fmt.periodShort(p)),
    },
    y: {
      domain: [0, max],
      nice: true,
      grid: true,
      label: null,
      ticks: 5,
      tickFormat: (n: number) => (d.unit === 'count' ? o.fmt.count(n) : o.fmt.decimal(n, 1)),
    },
    marks: [
      Plot.ruleY([0], { ariaHidden: 'true', className: BASELINE_CLASS }),
      ...d.series.flatMap((s, i) => {
        const mine = points.filter((p) => p.series === s.key);
        const hidden = d.periods.filter((_, j) => isSuppressed(s.cells[j])).map((period) => ({ period }));
        return [
          Plot.line(mine, { x: 'period', y: 'value', stroke: s.color, strokeWidth: 2, strokeDasharray: s.dashed ? '6 4' : undefined }),
          Plot.dot(
            mine.filter((p) => p.value !== null),
            { x: 'period', y: 'value', fill: s.color, r: 3.5, symbol: SYMBOLS[i % SYMBOLS.length] },
          ),
          Plot.dot(hidden, {
            x: 'period',
            y: 0,
            r: 5,
            stroke: s.color,
            strokeWidth: 1.5,
            fill: o.hatch,
            symbol: SYMBOLS[i % SYMBOLS.length],
            className: SUPPRESSED_CLASS,
          }),
        ];
      }),
      Plot.text(d.provisional ?? [], {
        x: (p: string) => p,
        frameAnchor: 'top',
        text: () => d.provisionalLabel ?? '',
        dy: 2,
        fontSize: 10,
        fill: '#555555',
        textAnchor: 'end',
        dx: 6,
      }),
      Plot.text(hiddenPeriods, {
        x: (p: string) => p,
        y: 0,
        text: () => `<${o.fmt.count(o.minCell)}`,
        dy: -12,
        fontSize: 10,
        fill: '#222222',
      }),
    ],
  };
}
