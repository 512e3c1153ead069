// One kecamatan's page: its residents in training per 1,000 residents by year, and the demand
// posted with a work location there. facts.csv has no occupation × kecamatan table: none is shown.
import type { KecamatanRef } from '../facts.ts';
import { describeTrend } from '../charts/describe.ts';
import type { Series } from '../charts/model.ts';
import { kecamatanDemandTitle, residentsTitle } from '../charts/titles.ts';
import type { TrendData } from '../charts/trend.ts';
import { trendPlot } from '../charts/trend.ts';
import type { PageRef } from '../routes.ts';
import type { BuildContext } from './context.ts';
import { chartOptions, get, missing, missingNotes, per1000, sourcesOf, span } from './context.ts';
import { provisionalOf, trendData, trendLegend, trendSeries } from './common.ts';
import type { Datum, FigureModel } from './figure.ts';
import { mapFigure } from './overview.ts';

export function kecamatanChartIds(slug: string) {
  return { residents: `kecamatan-${slug}-residents`, demand: `kecamatan-${slug}-demand`, map: `kecamatan-${slug}-map` };
}

function residentsFigure(ctx: BuildContext, k: KecamatanRef, id: string, page: PageRef): FigureModel {
  const dims = { kecamatan: k.bps };
  const counts = trendSeries(ctx, ['enrolled', 'completed', 'certified', 'placed'], ctx.years, dims);
  const series: Series[] = counts.series.map((s) => ({ ...s, cells: s.cells.map((c) => per1000(c, k.population)) }));
  const d: TrendData = {
    periods: ctx.years,
    series,
    unit: 'per1000',
    ...provisionalOf(ctx, ctx.years, ['enrolled', 'completed', 'certified', 'placed']),
  };
  const data: Datum[] = [
    ...trendData(d).map((x) => ({ ...x, column: `${x.column} (${ctx.s.labels.per1000})` })),
    ...counts.series.flatMap((s) =>
      ctx.years.map((year, i) => ({ row: year, rowIsPeriod: true, column: s.label, cell: s.cells[i], kind: 'count' as const })),
    ),
  ];
  return {
    id,
    lang: ctx.lang,
    page,
    title: residentsTitle(ctx, k.name, ctx.year, get(ctx, 'completed', ctx.year, dims), k.population, missing(ctx, 'completed').length > 0),
    subtitle: k.population === null ? ctx.s.subtitles.residentsNoPopulation : ctx.s.subtitles.residents(ctx.fmt.count(k.population)),
    description: describeTrend(ctx, d),
    plot: trendPlot(d, chartOptions(ctx, id)),
    sources: sourcesOf(['enrolled', 'certified', 'placed']),
    legend: trendLegend(ctx, d),
    notes: [...missingNotes(ctx, counts.missing), ctx.s.figure.populationSource(ctx.site.reference.population_source[ctx.lang])],
    rowHeader: ctx.s.labels.period,
    data,
  };
}

function demandFigure(ctx: BuildContext, k: KecamatanRef, id: string, page: PageRef): FigureModel {
  const dims = { kecamatan: k.bps };
  const { series, missing: absent } = trendSeries(ctx, ['demand'], ctx.quarters, dims);
  const d: TrendData = { periods: ctx.quarters, series, unit: 'count', ...provisionalOf(ctx, ctx.quarters, ['demand']) };
  return {
    id,
    lang: ctx.lang,
    page,
    title: kecamatanDemandTitle(ctx, k.name, ctx.year, get(ctx, 'demand_positions', ctx.year, dims), absent.length > 0),
    subtitle: ctx.s.subtitles.kecDemand(...span(ctx, ctx.quarters)),
    description: describeTrend(ctx, d),
    plot: trendPlot(d, chartOptions(ctx, id)),
    sources: sourcesOf(['demand_positions']),
    legend: trendLegend(ctx, d),
    notes: missingNotes(ctx, absent),
    rowHeader: ctx.s.labels.period,
    data: trendData(d),
  };
}

export function kecamatanFigures(ctx: BuildContext, k: KecamatanRef): FigureModel[] {
  const page: PageRef = { kind: 'kecamatan', slug: k.slug };
  const ids = kecamatanChartIds(k.slug);
  return [
    residentsFigure(ctx, k, ids.residents, page),
    demandFigure(ctx, k, ids.demand, page),
    mapFigure(ctx, { kecamatan: k, id: ids.map, page }),
  ];
}
