// Where trainees end up, how long it takes and for whom (contract amendment 1.1): placements by
// route per year, the share placed within 30/90/180/365 days per completion year with 95 %
// intervals, and the share of women at each stage. An edition whose facts.csv predates the
// amendment (an older release) has none of these metrics: it gets none of these charts.
import type { DatasetName } from '../../pipeline/contract.ts';
import type { Cell, Dims, SiteData } from '../facts.ts';
import type { BarRow } from '../charts/bars.ts';
import { barsPlot } from '../charts/bars.ts';
import { describeBars } from '../charts/describe.ts';
import type { LegendItem } from '../charts/model.ts';
import { PALETTE, isSuppressed, shown } from '../charts/model.ts';
import type { RouteYear } from '../charts/routes.ts';
import { ROUTE_COLORS, routesPlot } from '../charts/routes.ts';
import { cellText, routesTitle, waitingTitle, womenTitle } from '../charts/titles.ts';
import type { WaitingCohort } from '../charts/waiting.ts';
import { waitingPlot } from '../charts/waiting.ts';
import { HORIZONS, PLACEMENT_ROUTES, rateMetric, routeMetric, withInterval } from '../outcomes.ts';
import type { PageRef } from '../routes.ts';
import { SMALL_N } from '../wilson.ts';
import type { BuildContext } from './context.ts';
import { windowClosesOn } from '../../pipeline/periods.ts';
import { chartOptions, get, hatchLegend, missingNotes, sourcesOf, span } from './context.ts';
import type { Datum, FigureModel } from './figure.ts';

/** Whether this edition's facts.csv has amendment 1.1's metrics (releases kept before it do not). */
export function hasOutcomes(site: Pick<SiteData, 'facts'>): boolean {
  return site.facts.some((f) => f.metric === 'placement_rate_30d' || f.metric === 'placed_employed');
}

function absentOf(ctx: BuildContext, datasets: readonly DatasetName[]): DatasetName[] {
  return datasets.filter((d) => !ctx.site.meta.datasets[d]?.present);
}

export function outcomeChartIds(slug?: string) {
  const prefix = slug ? `${slug}-` : '';
  return { routes: `${prefix}placement-routes`, waiting: `${prefix}waiting-time`, women: 'women-and-men' };
}

interface Target {
  id: string;
  page: PageRef;
  dims: Dims;
  who: string;
}

/** Placements by route per year, stacked; the title names one route's share of the latest complete year. */
export function routesFigure(ctx: BuildContext, o: Target): FigureModel {
  const o2 = ctx.s.outcomes;
  const absent = absentOf(ctx, ['placements']);
  const years: RouteYear[] = ctx.years.map((period) => ({
    period,
    total: absent.length ? undefined : get(ctx, 'placed', period, o.dims),
    parts: PLACEMENT_ROUTES.map((r) => ({
      key: r,
      label: o2.routes[r],
      color: ROUTE_COLORS[r],
      cell: absent.length ? undefined : get(ctx, routeMetric(r), period, o.dims),
    })),
  }));
  const latest = years.find((y) => y.period === ctx.year);
  const anyHidden = years.some((y) => y.parts.some((p) => isSuppressed(p.cell)));
  const legend: LegendItem[] = [
    ...PLACEMENT_ROUTES.map((r) => ({ label: o2.routes[r], color: ROUTE_COLORS[r], swatch: 'bar' as const })),
    ...(anyHidden ? [hatchLegend(ctx)] : []),
  ];
  const describeYear = (y: RouteYear) =>
    o2.describe.routesYear(
      ctx.fmt.period(y.period),
      [...y.parts.map((p) => `${p.label} ${cellText(ctx, p.cell)}`), `${o2.routes.placed} ${cellText(ctx, y.total)}`].join(', '),
    );
  return {
    id: o.id,
    lang: ctx.lang,
    page: o.page,
    title: routesTitle(ctx, o.who, ctx.year, {
      placed: latest?.total,
      employed: latest?.parts[0].cell,
      migrant: latest?.parts[1].cell,
      self_employed: latest?.parts[2].cell,
    }),
    subtitle: o2.subtitles.routes(...span(ctx, ctx.years)),
    description: years.length ? `${o2.describe.routes} ${years.map(describeYear).join('; ')}.` : ctx.s.describe.noData,
    plot: routesPlot(years, chartOptions(ctx, o.id)),
    sources: sourcesOf(['placed']),
    legend,
    notes: [...missingNotes(ctx, absent), o2.routesNote],
    rowHeader: ctx.s.labels.period,
    data: years.flatMap((y) => [
      ...y.parts.map((p) => ({ row: y.period, rowIsPeriod: true, column: p.label, cell: p.cell, kind: 'count' as const })),
      { row: y.period, rowIsPeriod: true, column: o2.routes.placed, cell: y.total, kind: 'count' as const },
    ]),
  };
}

/** Share placed within 30, 90, 180 and 365 days, per completion year, each rate with its 95 % interval. */
export function waitingFigure(ctx: BuildContext, o: Target): FigureModel {
  const o2 = ctx.s.outcomes;
  const absent = absentOf(ctx, ['enrollments', 'placements']);
  const cohorts = ctx.years.map((period) => {
    const completed = absent.length ? undefined : get(ctx, 'completed', period, o.dims);
    return {
      period,
      completed,
      points: HORIZONS.map((days) => {
        const rate = absent.length ? undefined : get(ctx, rateMetric(days), period, o.dims);
        return { days, cell: rate, interval: withInterval(rate, completed)?.interval ?? null };
      }),
    };
  });
  const chartCohorts: WaitingCohort[] = cohorts.map(({ period, points }) => ({ period, points }));
  const points = cohorts.flatMap((c) => c.points);
  const open = points.filter((p) => p.cell?.flag === 'window_open').length;
  const small = cohorts.some((c) => shown(c.completed) && c.completed.value < SMALL_N && c.points.some((p) => p.interval));
  const legend: LegendItem[] = [
    { label: ctx.s.labels.rate, color: PALETTE.placed, swatch: 'line' },
    { label: o2.intervalNote, color: '#222222', swatch: 'line' },
    ...(points.some((p) => isSuppressed(p.cell)) ? [hatchLegend(ctx)] : []),
    ...(open ? [{ label: o2.windowOpenLegend, color: PALETTE.windowOpen, swatch: 'outline' as const }] : []),
  ];
  const pointText = (p: (typeof points)[number], period: string) => {
    if (p.cell?.flag === 'window_open') return ctx.s.labels.windowOpen(ctx.fmt.shortDate(windowClosesOn(period, p.days)));
    if (isSuppressed(p.cell)) return ctx.s.labels.suppressed;
    if (!shown(p.cell)) return ctx.s.labels.notPublished;
    return ctx.fmt.percent(p.cell.value);
  };
  const description = cohorts.length
    ? `${o2.describe.waiting} ${cohorts
        .map((c) =>
          o2.describe.waitingYear(
            ctx.fmt.period(c.period),
            c.points.map((p) => `${o2.horizon(ctx.fmt.count(p.days))} ${pointText(p, c.period)}`).join(', '),
          ),
        )
        .join('; ')}.` + (open ? ` ${o2.describe.openCount(ctx.fmt.count(open))}` : '')
    : ctx.s.describe.noData;
  return {
    id: o.id,
    lang: ctx.lang,
    page: o.page,
    title: waitingTitle(
      ctx,
      o.who,
      cohorts.map((c) => ({
        period: c.period,
        rates: c.points.flatMap((p) => (shown(p.cell) && p.interval ? [{ days: p.days, rate: p.cell.value, interval: p.interval }] : [])),
      })),
    ),
    subtitle: o2.subtitles.waiting,
    description,
    plot: waitingPlot(chartCohorts, chartOptions(ctx, o.id)),
    sources: sourcesOf(['placement_rate_180d']),
    legend,
    notes: [...missingNotes(ctx, absent), ...(small ? [o2.smallNNote(ctx.fmt.count(SMALL_N))] : [])],
    rowHeader: o2.cohortYear,
    data: cohorts.flatMap((c) =>
      c.points.map((p): Datum => ({
        row: c.period,
        rowIsPeriod: true,
        column: o2.horizon(ctx.fmt.count(p.days)),
        cell: p.cell,
        kind: 'rate',
        denominator: c.completed,
        interval: p.interval,
        note: shown(p.cell) ? undefined : pointText(p, c.period),
      })),
    ),
  };
}

const STAGES = ['enrolled', 'completed', 'certified', 'placed', 'placed_employed', 'placed_migrant', 'placed_self_employed'] as const;
const STAGE_SOURCE: Record<(typeof STAGES)[number], DatasetName> = {
  enrolled: 'enrollments',
  completed: 'enrollments',
  certified: 'certifications',
  placed: 'placements',
  placed_employed: 'placements',
  placed_migrant: 'placements',
  placed_self_employed: 'placements',
};

/**
 * The share of women at each stage in the latest complete year: women (P) over everyone (`*`), so
 * people whose sex is not known stay in the denominator; they are their own column in the table.
 */
export function womenFigure(ctx: BuildContext, o: { id: string; page: PageRef }): FigureModel {
  const o2 = ctx.s.outcomes;
  const period = ctx.year;
  const stages = STAGES.map((metric) => {
    const gone = absentOf(ctx, [STAGE_SOURCE[metric]]).length > 0;
    const at = (sex?: string) => (gone ? undefined : get(ctx, metric, period, sex ? { sex } : {}));
    const all = at();
    const women = at('P');
    const share = shown(all) && shown(women) && all.value > 0 ? women.value / all.value : null;
    return { metric, label: o2.stages[metric], gone, all, women, men: at('L'), unknown: at('unknown'), share };
  });
  const rows: BarRow[] = stages.map((st) => {
    const base = { key: st.metric, label: st.label, color: PALETTE.placed };
    if (st.gone) return { ...base, value: null, state: 'missing' as const, text: ctx.s.labels.missingSource };
    if (st.share !== null)
      return {
        ...base,
        value: st.share,
        state: 'shown' as const,
        text: o2.womenOf(ctx.fmt.percent(st.share), ctx.fmt.count(st.women!.value!), ctx.fmt.count(st.all!.value!)),
      };
    if (isSuppressed(st.women) || isSuppressed(st.all))
      return { ...base, value: null, state: 'suppressed' as const, text: o2.womenHidden(ctx.fmt.count(ctx.minCell)) };
    return { ...base, value: null, state: 'missing' as const, text: shown(st.all) && st.all.value === 0 ? '0' : ctx.s.labels.notPublished };
  });
  const absent = [...new Set(stages.filter((st) => st.gone).map((st) => STAGE_SOURCE[st.metric]))];
  return {
    id: o.id,
    lang: ctx.lang,
    page: o.page,
    title: womenTitle(
      ctx,
      period,
      stages.map((st) => ({ label: st.label, share: st.share })),
    ),
    subtitle: o2.subtitles.women(ctx.fmt.period(period)),
    description: describeBars(ctx, rows),
    plot: barsPlot({ rows, unit: 'rate' }, chartOptions(ctx, o.id)),
    sources: sourcesOf(['enrolled', 'certified', 'placed']),
    legend: [
      { label: o2.shareWomen, color: PALETTE.placed, swatch: 'bar' },
      ...(rows.some((r) => r.state === 'suppressed') ? [hatchLegend(ctx)] : []),
    ],
    notes: [...missingNotes(ctx, absent), o2.womenNote(ctx.fmt.count(ctx.minCell))],
    rowHeader: ctx.s.labels.stage,
    data: stages.flatMap((st) => {
      const count = (column: string, c: Cell | undefined) => ({
        row: st.label,
        rowIsPeriod: false,
        column,
        cell: c,
        kind: 'count' as const,
        note: st.gone ? ctx.s.labels.missingSource : undefined,
      });
      return [
        count(o2.women, st.women),
        count(o2.men, st.men),
        count(o2.sexUnknown, st.unknown),
        count(o2.all, st.all),
        {
          row: st.label,
          rowIsPeriod: false,
          column: o2.shareWomen,
          kind: 'rate' as const,
          denominator: st.all,
          cell:
            st.share !== null
              ? { value: Math.round(st.share * 1000) / 1000, flag: '' as const }
              : isSuppressed(st.women) || isSuppressed(st.all)
                ? { value: null, flag: 'suppressed' as const }
                : undefined,
          note: st.share !== null ? undefined : rows[STAGES.indexOf(st.metric)].text,
        },
      ];
    }),
  };
}

/** The overview's charts of this kind: routes and waiting time for all occupations, women and men. */
export function overviewOutcomeFigures(ctx: BuildContext): FigureModel[] {
  if (!hasOutcomes(ctx.site)) return [];
  const page = { kind: 'overview' } as const;
  const ids = outcomeChartIds();
  return [
    routesFigure(ctx, { id: ids.routes, page, dims: {}, who: '' }),
    waitingFigure(ctx, { id: ids.waiting, page, dims: {}, who: '' }),
    womenFigure(ctx, { id: ids.women, page }),
  ];
}

/** One occupation's routes and waiting time. */
export function occupationOutcomeFigures(ctx: BuildContext, slug: string, code: string, who: string): FigureModel[] {
  if (!hasOutcomes(ctx.site)) return [];
  const page = { kind: 'occupation', slug } as const;
  const ids = outcomeChartIds(slug);
  const dims = { occupation: code };
  return [routesFigure(ctx, { id: ids.routes, page, dims, who }), waitingFigure(ctx, { id: ids.waiting, page, dims, who })];
}
