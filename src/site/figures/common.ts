// Figure builders shared by several pages: demand against supply over quarters, the funnel.
import type { DatasetName } from '../../pipeline/contract.ts';
import type { Dims } from '../facts.ts';
import type { BarRow } from '../charts/bars.ts';
import { barsPlot } from '../charts/bars.ts';
import { describeBars, describeTrend } from '../charts/describe.ts';
import type { LegendItem, Series, SeriesKey } from '../charts/model.ts';
import { PALETTE, isSuppressed, shown } from '../charts/model.ts';
import type { FunnelCells, SupplyKind } from '../charts/titles.ts';
import { flowTitle, funnelTitle } from '../charts/titles.ts';
import type { TrendData } from '../charts/trend.ts';
import { trendPlot } from '../charts/trend.ts';
import { isProvisional } from '../provisional.ts';
import type { PageRef } from '../routes.ts';
import type { BuildContext } from './context.ts';
import { chartOptions, get, hatchLegend, missing, missingNotes, sourcesOf, span } from './context.ts';
import type { Datum, FigureModel } from './figure.ts';
import { flowWindows } from './flows.ts';
import type { MetricName } from '../../pipeline/contract.ts';

const METRIC_OF: Record<SeriesKey, MetricName> = {
  demand: 'demand_positions',
  enrolled: 'enrolled',
  completed: 'completed',
  certified: 'certified',
  placed: 'placed',
  pool: 'certified_pool',
};

/** Series of a trend, dropping those whose source is missing (they would be zeros that are not zeros). */
export function trendSeries(
  ctx: BuildContext,
  keys: readonly SeriesKey[],
  periods: readonly string[],
  dims: Dims,
): { series: Series[]; missing: DatasetName[] } {
  const absent: DatasetName[] = [];
  const series: Series[] = [];
  for (const key of keys) {
    const gone = missing(ctx, METRIC_OF[key]);
    if (gone.length) {
      absent.push(...gone);
      continue;
    }
    series.push({
      key,
      label: ctx.s.labels.series[key],
      color: PALETTE[key],
      dashed: key === 'pool',
      cells: periods.map((p) => get(ctx, METRIC_OF[key], p, dims)),
    });
  }
  return { series, missing: absent };
}

/** A trend's provisional periods (for the sources of its metrics) and the word the chart labels them with. */
export function provisionalOf(
  ctx: BuildContext,
  periods: readonly string[],
  keys: readonly SeriesKey[],
): Pick<TrendData, 'provisional' | 'provisionalLabel'> {
  const sources = sourcesOf(keys.map((k) => METRIC_OF[k]));
  return { provisional: periods.filter((p) => isProvisional(p, ctx.site.meta, sources)), provisionalLabel: ctx.s.provisional.label };
}

export function trendLegend(ctx: BuildContext, d: TrendData): LegendItem[] {
  const items: LegendItem[] = d.series.map((s) => ({ label: s.label, color: s.color, swatch: s.dashed ? 'dashed-line' : 'line' }));
  return d.series.some((s) => s.cells.some(isSuppressed)) ? [...items, hatchLegend(ctx)] : items;
}

export function trendData(d: TrendData): Datum[] {
  return d.periods.flatMap((period, i) =>
    d.series.map((s) => ({
      row: period,
      rowIsPeriod: true,
      column: s.label,
      cell: s.cells[i],
      kind: d.unit === 'count' ? ('count' as const) : ('per1000' as const),
    })),
  );
}

/** Demand against supply by quarter, flows against flows (the overview trend and each occupation's first chart). */
export function demandSupplyTrendFigure(
  ctx: BuildContext,
  o: { id: string; page: PageRef; dims: Dims; who: string; keys: readonly SeriesKey[]; supplyKind: Exclude<SupplyKind, 'pool'> },
): FigureModel {
  const periods = ctx.quarters;
  const { series, missing: absent } = trendSeries(ctx, o.keys, periods, o.dims);
  const d: TrendData = { periods, series, unit: 'count', ...provisionalOf(ctx, periods, o.keys) };
  const supplyMetric = METRIC_OF[o.supplyKind];
  const missingForTitle = missing(ctx, 'demand_positions')[0] ?? missing(ctx, supplyMetric)[0] ?? null;
  return {
    id: o.id,
    lang: ctx.lang,
    page: o.page,
    title: flowTitle(ctx, {
      who: o.who,
      year: ctx.year,
      supplyKind: o.supplyKind,
      windows: flowWindows(ctx, o.dims, supplyMetric),
      missing: missingForTitle,
    }),
    subtitle: ctx.s.subtitles.trend(...span(ctx, periods)),
    description: describeTrend(ctx, d),
    plot: trendPlot(d, chartOptions(ctx, o.id)),
    sources: sourcesOf(o.keys.map((k) => METRIC_OF[k])),
    legend: trendLegend(ctx, d),
    notes: missingNotes(ctx, absent),
    rowHeader: ctx.s.labels.period,
    data: trendData(d),
  };
}

const FUNNEL: readonly SeriesKey[] = ['enrolled', 'completed', 'certified', 'placed'];

/** Enrolled → completed → certified → placed in the latest complete year (flows, not one cohort). */
export function funnelFigure(ctx: BuildContext, o: { id: string; page: PageRef; dims: Dims; who: string }): FigureModel {
  const period = ctx.year;
  const cells = Object.fromEntries(FUNNEL.map((k) => [k, get(ctx, METRIC_OF[k], period, o.dims)])) as unknown as FunnelCells;
  const absent = FUNNEL.flatMap((k) => missing(ctx, METRIC_OF[k]));
  const rows: BarRow[] = FUNNEL.map((k) => {
    const c = cells[k as keyof FunnelCells];
    const gone = missing(ctx, METRIC_OF[k]).length > 0;
    const state = gone || !c ? ('missing' as const) : shown(c) ? ('shown' as const) : ('suppressed' as const);
    const text = gone
      ? ctx.s.labels.missingSource
      : state === 'suppressed'
        ? `<${ctx.fmt.count(ctx.minCell)}`
        : state === 'missing'
          ? ctx.s.labels.notPublished
          : ctx.fmt.count(c!.value!);
    return {
      key: k,
      label: ctx.s.labels.series[k],
      value: shown(c) && !gone ? c.value : null,
      state,
      color: PALETTE[k as keyof typeof PALETTE],
      text,
    };
  });
  const legend: LegendItem[] = rows.some((r) => r.state === 'suppressed') ? [hatchLegend(ctx)] : [];
  return {
    id: o.id,
    lang: ctx.lang,
    page: o.page,
    title: funnelTitle(ctx, o.who, period, cells, absent),
    subtitle: ctx.s.subtitles.funnel(ctx.fmt.period(period)),
    description: describeBars(ctx, rows),
    plot: barsPlot({ rows, unit: 'count' }, chartOptions(ctx, o.id)),
    sources: sourcesOf(FUNNEL.map((k) => METRIC_OF[k])),
    legend,
    notes: missingNotes(ctx, absent),
    rowHeader: ctx.s.labels.stage,
    data: rows.map((r) => ({
      row: r.label,
      rowIsPeriod: false,
      column: ctx.fmt.period(period),
      cell: missing(ctx, METRIC_OF[r.key as SeriesKey]).length ? undefined : cells[r.key as keyof FunnelCells],
      kind: 'count',
      note: missing(ctx, METRIC_OF[r.key as SeriesKey]).length ? ctx.s.labels.missingSource : undefined,
    })),
  };
}
