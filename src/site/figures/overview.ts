// The overview's charts: the gap by occupation (the main chart), demand against supply by quarter,
// the training funnel, and the map of the 8 kecamatan.
import { describeGap, describeMap } from '../charts/describe.ts';
import type { GapRow } from '../charts/gap.ts';
import { gapPlot, sortByGap } from '../charts/gap.ts';
import { gapPhonePlot } from '../charts/gap-phone.ts';
import type { MapArea } from '../charts/map.ts';
import { MAP_HIGHLIGHT, mapClasses, mapPlot } from '../charts/map.ts';
import type { LegendItem } from '../charts/model.ts';
import { PALETTE, isSuppressed, shown } from '../charts/model.ts';
import { cellText, gapTitle, mapTitle } from '../charts/titles.ts';
import type { BuildContext } from './context.ts';
import { chartOptions, get, hatchLegend, missing, missingNotes, occupationName, per1000, sourcesOf } from './context.ts';
import { demandSupplyTrendFigure, funnelFigure } from './common.ts';
import type { FigureModel } from './figure.ts';
import { phoneChartId } from './figure.ts';
import type { KecamatanRef } from '../facts.ts';
import { pagePath, type PageRef } from '../routes.ts';
import { overviewOutcomeFigures } from './outcomes.ts';

export const OVERVIEW_CHARTS = {
  gap: 'demand-supply-gap',
  trend: 'demand-supply-trend',
  funnel: 'training-funnel',
  map: 'kecamatan-map',
} as const;

const PAGE = { kind: 'overview' } as const;

export function gapFigure(ctx: BuildContext): FigureModel {
  const id = OVERVIEW_CHARTS.gap;
  const period = ctx.year;
  const demandMissing = missing(ctx, 'demand_positions').length > 0;
  const absent = [...missing(ctx, 'demand_positions'), ...missing(ctx, 'completed'), ...missing(ctx, 'certified')];
  const slugOf = new Map(ctx.site.reference.occupations.map((o) => [o.code, o.slug]));
  const gapRow = (code: string): GapRow => ({
    code,
    label: occupationName(ctx, code),
    href: slugOf.has(code) ? pagePath(ctx.lang, { kind: 'occupation', slug: slugOf.get(code)! }) : undefined,
    demand: demandMissing ? undefined : get(ctx, 'demand_positions', period, { occupation: code }),
    completed: missing(ctx, 'completed').length ? undefined : get(ctx, 'completed', period, { occupation: code }),
    certified: missing(ctx, 'certified').length ? undefined : get(ctx, 'certified', period, { occupation: code }),
  });
  const rows = sortByGap(
    ctx.site.reference.occupations.map((o) => gapRow(o.code)),
    ctx.minCell,
  );
  // "Other" is no occupation one can train for: it is in the table, not in the ranking.
  const other = gapRow('other');
  const total: GapRow = {
    code: '*',
    label: ctx.s.breakdown.total,
    demand: demandMissing ? undefined : get(ctx, 'demand_positions', period),
    completed: missing(ctx, 'completed').length ? undefined : get(ctx, 'completed', period),
    certified: missing(ctx, 'certified').length ? undefined : get(ctx, 'certified', period),
  };
  const restValues = (
    [
      ['demand', other.demand],
      ['completed', other.completed],
      ['certified', other.certified],
    ] as const
  )
    .filter(([, c]) => c !== undefined)
    .map(([key, c]) => `${ctx.s.labels.series[key]} ${cellText(ctx, c)}`)
    .join('; ');
  const totalValues = (
    [
      ['demand', total.demand],
      ['completed', total.completed],
      ['certified', total.certified],
    ] as const
  )
    .filter(([, c]) => c !== undefined)
    .map(([key, c]) => `${ctx.s.labels.series[key]} ${cellText(ctx, c)}`)
    .join('; ');
  const legend: LegendItem[] = [
    ...(demandMissing ? [] : [{ label: ctx.s.labels.series.demand, color: PALETTE.demand, swatch: 'square' as const }]),
    { label: ctx.s.labels.series.completed, color: PALETTE.completed, swatch: 'ring' as const },
    { label: ctx.s.labels.series.certified, color: PALETTE.certified, swatch: 'diamond' as const },
    ...(rows.some((r) => isSuppressed(r.completed) || isSuppressed(r.certified)) ? [hatchLegend(ctx)] : []),
  ];
  return {
    id,
    lang: ctx.lang,
    page: PAGE,
    wide: true,
    title: gapTitle(ctx, rows, period, absent[0] ?? null),
    subtitle: ctx.s.subtitles.gap(ctx.fmt.period(period)),
    description: describeGap(ctx, rows),
    plot: gapPlot(rows, { ...chartOptions(ctx, id), showDemand: !demandMissing }),
    phonePlot: gapPhonePlot(rows, { ...chartOptions(ctx, phoneChartId(id)), showDemand: !demandMissing }),
    sources: sourcesOf(['demand_positions', 'completed', 'certified']),
    legend,
    notes: [
      ...missingNotes(ctx, absent),
      ...(demandMissing ? [] : [ctx.s.gapChart.values]),
      ctx.s.breakdown.notInChart(ctx.s.breakdown.restPart(other.label, restValues), totalValues),
    ],
    rowHeader: ctx.s.labels.occupation,
    data: [...rows, other, total].flatMap((r) =>
      (
        [
          ['demand', r.demand],
          ['completed', r.completed],
          ['certified', r.certified],
        ] as const
      ).map(([key, cell]) => ({
        row: r.label,
        rowIsPeriod: false,
        column: ctx.s.labels.series[key],
        cell,
        kind: 'count' as const,
        note: cell ? undefined : ctx.s.labels.missingSource,
        overlaps: key === 'certified' || undefined,
      })),
    ),
    breakdown: { rest: [other.label], total: total.label },
    rowLinks: Object.fromEntries(rows.flatMap((r) => (r.href ? [[r.label, r.href]] : []))),
  };
}

/** The map of the overview, or — on a kecamatan's page — the same map with that kecamatan outlined and named. */
export function mapFigure(ctx: BuildContext, on?: { kecamatan: KecamatanRef; id: string; page: PageRef }): FigureModel {
  const id = on?.id ?? OVERVIEW_CHARTS.map;
  const period = ctx.year;
  const absent = missing(ctx, 'completed');
  const areas: MapArea[] = ctx.site.reference.kecamatan.map((k) => {
    const count = absent.length ? undefined : get(ctx, 'completed', period, { kecamatan: k.bps });
    const rate = per1000(count, k.population);
    const state = !rate ? ('missing' as const) : shown(rate) ? ('shown' as const) : ('suppressed' as const);
    const text = state === 'shown' ? ctx.fmt.fixed(rate!.value!, 1) : state === 'suppressed' ? `<${ctx.fmt.count(ctx.minCell)}` : '–';
    return { bps: k.bps, name: k.name, value: state === 'shown' ? rate!.value : null, state, text };
  });
  // The city's population is the sum of its kecamatan's, unknown when one of them is.
  const populations = ctx.site.reference.kecamatan.map((k) => k.population);
  const cityPopulation = populations.every((p) => p !== null) ? populations.reduce((n, p) => n + p, 0) : undefined;
  const unknown = absent.length ? undefined : get(ctx, 'completed', period, { kecamatan: 'unknown' });
  const classes = mapClasses(areas.flatMap((a) => (a.value === null ? [] : [a.value])));
  const legend: LegendItem[] = [
    ...classes.map((c, i) => ({
      label:
        i === classes.length - 1
          ? ctx.s.mapBins.last(ctx.fmt.fixed(c.from, 1), ctx.fmt.fixed(c.to, 1))
          : ctx.s.mapBins.bin(ctx.fmt.fixed(c.from, 1), ctx.fmt.fixed(c.to, 1)),
      color: c.color,
      swatch: 'bar' as const,
    })),
    ...(areas.some((a) => a.state === 'suppressed') ? [hatchLegend(ctx)] : []),
    ...(on ? [{ label: ctx.s.mapHighlight.legend(on.kecamatan.name), color: MAP_HIGHLIGHT, swatch: 'highlight' as const }] : []),
  ];
  return {
    id,
    lang: ctx.lang,
    page: on?.page ?? PAGE,
    title: mapTitle(ctx, period, areas, absent.length > 0),
    subtitle: ctx.s.subtitles.map(ctx.fmt.period(period)),
    description: [describeMap(ctx, areas), on ? ctx.s.mapHighlight.description(on.kecamatan.name) : ''].filter(Boolean).join(' '),
    plot: mapPlot(ctx.site.geo, areas, chartOptions(ctx, id), on?.kecamatan.bps),
    sources: sourcesOf(['completed']),
    legend,
    notes: [
      ...missingNotes(ctx, absent),
      ...(unknown
        ? [
            ctx.s.breakdown.notInChart(
              ctx.s.breakdown.restPart(ctx.s.labels.unknown, `${ctx.s.labels.series.completed} ${cellText(ctx, unknown)}`),
              `${ctx.s.labels.series.completed} ${cellText(ctx, get(ctx, 'completed', period))}`,
            ),
          ]
        : []),
      ctx.s.figure.populationSource(ctx.site.reference.population_source[ctx.lang]),
      ...(classes.length > 1 ? [ctx.s.mapBins.note] : []),
    ],
    rowHeader: ctx.s.labels.kecamatan,
    data: [
      ...ctx.site.reference.kecamatan.map((k) => ({ name: k.name, dims: { kecamatan: k.bps }, population: k.population ?? undefined })),
      { name: ctx.s.labels.unknown, dims: { kecamatan: 'unknown' }, population: undefined },
      { name: ctx.s.breakdown.total, dims: {}, population: cityPopulation },
    ].flatMap((k) => {
      const count = absent.length ? undefined : get(ctx, 'completed', period, k.dims);
      return [
        { row: k.name, rowIsPeriod: false, column: ctx.s.labels.series.completed, cell: count, kind: 'count' as const },
        {
          row: k.name,
          rowIsPeriod: false,
          column: ctx.s.labels.per1000,
          kind: 'per1000' as const,
          cell: k.population === undefined ? undefined : per1000(count, k.population),
          note: k.population === undefined ? '–' : undefined,
        },
        {
          row: k.name,
          rowIsPeriod: false,
          column: ctx.s.labels.population,
          kind: 'count' as const,
          cell: k.population === undefined ? undefined : { value: k.population, flag: '' as const },
          note: k.population === undefined ? '–' : undefined,
        },
      ];
    }),
    breakdown: { rest: [ctx.s.labels.unknown], total: ctx.s.breakdown.total },
  };
}

export function overviewFigures(ctx: BuildContext): FigureModel[] {
  return [
    gapFigure(ctx),
    demandSupplyTrendFigure(ctx, {
      id: OVERVIEW_CHARTS.trend,
      page: PAGE,
      dims: {},
      who: '',
      keys: ['demand', 'completed', 'certified', 'placed'],
      supplyKind: 'completed',
    }),
    funnelFigure(ctx, { id: OVERVIEW_CHARTS.funnel, page: PAGE, dims: {}, who: '' }),
    mapFigure(ctx),
    ...overviewOutcomeFigures(ctx),
  ];
}
