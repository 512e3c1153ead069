// One occupation's page: demand against supply by quarter, the funnel, the 180-day placement rate
// per cohort, the certified pool against demand, demand by employer sector, and the share of
// postings that require a certificate (vacancies are not private: demand.json has the details).
import type { OccupationRef } from '../facts.ts';
import type { BarRow } from '../charts/bars.ts';
import { barsPlot } from '../charts/bars.ts';
import { describeBars, describeTrend } from '../charts/describe.ts';
import type { TrendData } from '../charts/trend.ts';
import { trendPlot } from '../charts/trend.ts';
import type { LegendItem } from '../charts/model.ts';
import { PALETTE, shown } from '../charts/model.ts';
import type { Cohort } from '../charts/titles.ts';
import { cellText, certificateTitle, inSentence, placementTitle, sectorTitle } from '../charts/titles.ts';
import type { PageRef } from '../routes.ts';
import type { BuildContext } from './context.ts';
import { windowClosesOn } from '../../pipeline/periods.ts';
import { chartOptions, get, hatchLegend, missing, missingNotes, occupationName, sourcesOf, span } from './context.ts';
import { demandSupplyTrendFigure, funnelFigure, provisionalOf, trendData, trendLegend, trendSeries } from './common.ts';
import type { FigureModel } from './figure.ts';
import { occupationOutcomeFigures } from './outcomes.ts';
import { withInterval } from '../outcomes.ts';
import { SMALL_N } from '../wilson.ts';
import { shareOf } from './breakdown.ts';

export function occupationChartIds(slug: string) {
  return {
    trend: `${slug}-demand-supply`,
    funnel: `${slug}-funnel`,
    placement: `${slug}-placement-rate`,
    pool: `${slug}-certified-pool`,
    sector: `${slug}-demand-by-sector`,
    certificate: `${slug}-certificate-required`,
  };
}

function placementFigure(ctx: BuildContext, o: OccupationRef, id: string, page: PageRef, who: string): FigureModel {
  const absent = missing(ctx, 'placement_rate_180d');
  const cohorts: Cohort[] = ctx.quarters.map((period) => ({
    period,
    rate: absent.length ? undefined : get(ctx, 'placement_rate_180d', period, { occupation: o.code }),
    completed: absent.length ? undefined : get(ctx, 'completed', period, { occupation: o.code }),
  }));
  const rows: BarRow[] = cohorts.map((k) => {
    const base = { key: k.period, label: ctx.fmt.periodShort(k.period), color: PALETTE.neutral };
    if (absent.length || !k.rate)
      return {
        ...base,
        value: null,
        state: 'missing' as const,
        text: absent.length ? ctx.s.labels.missingSource : ctx.s.labels.notPublished,
      };
    if (k.rate.flag === 'window_open') {
      return {
        ...base,
        value: null,
        state: 'window_open' as const,
        text: ctx.s.labels.windowOpen(ctx.fmt.shortDate(windowClosesOn(k.period))),
      };
    }
    // Suppression hides small non-zero counts; an empty cohort hides nobody and has no rate to hide.
    if (shown(k.completed) && k.completed.value === 0) return { ...base, value: null, state: 'missing' as const, text: ctx.s.noGraduates };
    if (!shown(k.rate)) return { ...base, value: null, state: 'suppressed' as const, text: ctx.s.labels.suppressed };
    const n = shown(k.completed) ? ctx.fmt.count(k.completed.value) : `<${ctx.fmt.count(ctx.minCell)}`;
    const bounds = withInterval(k.rate, k.completed);
    const text = ctx.s.labels.outOf(ctx.fmt.percent(k.rate.value), n) + (bounds?.small ? ` · ${ctx.s.outcomes.smallN}` : '');
    return { ...base, value: k.rate.value, state: 'shown' as const, text, interval: bounds?.interval };
  });
  const legend: LegendItem[] = [
    { label: ctx.s.labels.rate, color: PALETTE.neutral, swatch: 'bar' },
    ...(rows.some((r) => r.interval) ? [{ label: ctx.s.outcomes.intervalNote, color: '#222222', swatch: 'line' as const }] : []),
    ...(rows.some((r) => r.state === 'suppressed') ? [hatchLegend(ctx)] : []),
    ...(rows.some((r) => r.state === 'window_open')
      ? [{ label: ctx.s.figure.legendWindowOpen, color: PALETTE.windowOpen, swatch: 'outline' as const }]
      : []),
  ];
  return {
    id,
    lang: ctx.lang,
    page,
    title: placementTitle(ctx, who, cohorts),
    subtitle: ctx.s.subtitles.placement,
    description: describeBars(ctx, rows),
    plot: barsPlot({ rows, unit: 'rate' }, chartOptions(ctx, id)),
    sources: sourcesOf(['placement_rate_180d']),
    legend,
    notes: [
      ...missingNotes(ctx, absent),
      ...(cohorts.some((k) => withInterval(k.rate, k.completed)?.small) ? [ctx.s.outcomes.smallNNote(ctx.fmt.count(SMALL_N))] : []),
    ],
    rowHeader: ctx.s.labels.cohort,
    data: cohorts.map((k, i) => ({
      row: k.period,
      rowIsPeriod: true,
      column: ctx.s.labels.rate,
      cell: k.rate,
      kind: 'rate' as const,
      denominator: k.completed,
      note: rows[i].state === 'shown' ? undefined : rows[i].text,
      interval: rows[i].interval ?? null,
    })),
  };
}

/** Sectors drawn as bars before the rest are summed into one. */
const SECTORS_SHOWN = 8;

function sectorFigure(ctx: BuildContext, o: OccupationRef, id: string, page: PageRef, who: string): FigureModel {
  const period = ctx.year;
  const absent = missing(ctx, 'demand_positions');
  const sectors = ctx.site.demand.by_sector
    .filter((r) => r.period === period && r.occupation === o.code)
    .map((r) => (ctx.lang === 'en' ? { ...r, sector: r.sector_en } : r))
    .sort((a, b) => b.positions - a.positions || (a.sector < b.sector ? -1 : 1));
  const total = sectors.reduce((n, r) => n + r.positions, 0);
  // The chart shows the largest sectors and sums the rest; the table lists every sector.
  const top = sectors.slice(0, SECTORS_SHOWN);
  const rest = sectors.slice(SECTORS_SHOWN).reduce((n, r) => n + r.positions, 0);
  const bar = (key: string, label: string, positions: number): BarRow => ({
    key,
    label,
    value: positions,
    state: 'shown',
    color: PALETTE.demand,
    text: `${ctx.fmt.count(positions)} (${ctx.fmt.percent(positions / total)})`,
  });
  const rows: BarRow[] = [
    ...top.map((r) => bar(r.sector, r.sector, r.positions)),
    ...(rest > 0 ? [bar('other', ctx.s.labels.otherSectors(ctx.fmt.count(sectors.length - SECTORS_SHOWN)), rest)] : []),
  ];
  return {
    id,
    lang: ctx.lang,
    page,
    demandDetails: true,
    title: sectorTitle(ctx, who, period, sectors, absent.length > 0),
    subtitle: ctx.s.subtitles.sector(ctx.fmt.period(period)),
    description: describeBars(ctx, rows),
    plot: barsPlot({ rows, unit: 'count' }, chartOptions(ctx, id)),
    sources: sourcesOf(['demand_positions']),
    legend: [{ label: ctx.s.labels.series.demand, color: PALETTE.demand, swatch: 'bar' }],
    notes: missingNotes(ctx, absent),
    rowHeader: ctx.s.labels.sector,
    data: [...sectors, { sector: ctx.s.breakdown.total, positions: total }].flatMap((r) => [
      {
        row: r.sector,
        rowIsPeriod: false,
        column: ctx.s.labels.positions,
        cell: { value: r.positions, flag: '' as const },
        kind: 'count' as const,
      },
      {
        row: r.sector,
        rowIsPeriod: false,
        column: ctx.s.labels.share,
        cell: { value: shareOf(r.positions, total), flag: '' as const },
        kind: 'rate' as const,
        denominator: { value: total, flag: '' as const },
      },
    ]),
    breakdown: { rest: [], total: ctx.s.breakdown.total },
  };
}

function certificateFigure(ctx: BuildContext, o: OccupationRef, id: string, page: PageRef, who: string): FigureModel {
  const absent = missing(ctx, 'demand_positions');
  const byYear = ctx.years.map((year) => ({
    year,
    row: ctx.site.demand.certificate_required.find((r) => r.period === year && r.occupation === o.code),
  }));
  const rows: BarRow[] = byYear.map(({ year, row }) => {
    const base = { key: year, label: ctx.fmt.periodShort(year), color: PALETTE.demand };
    if (!row || row.positions === 0)
      return {
        ...base,
        value: null,
        state: 'missing' as const,
        text: absent.length ? ctx.s.labels.missingSource : `0 ${ctx.s.labels.positions.toLowerCase()}`,
      };
    const share = row.positions_requiring_certificate / row.positions;
    return {
      ...base,
      value: share,
      state: 'shown' as const,
      text: ctx.s.labels.shareOf(ctx.fmt.percent(share), ctx.fmt.count(row.positions_requiring_certificate), ctx.fmt.count(row.positions)),
    };
  });
  const latest = byYear.find((y) => y.year === ctx.year)?.row;
  return {
    id,
    lang: ctx.lang,
    page,
    demandDetails: true,
    title: certificateTitle(ctx, who, ctx.year, latest, absent.length > 0),
    subtitle: ctx.s.subtitles.certificate,
    description: describeBars(ctx, rows),
    plot: barsPlot({ rows, unit: 'rate' }, chartOptions(ctx, id)),
    sources: sourcesOf(['demand_positions']),
    legend: [{ label: ctx.s.labels.requiringCertificate, color: PALETTE.demand, swatch: 'bar' }],
    notes: missingNotes(ctx, absent),
    rowHeader: ctx.s.labels.period,
    data: byYear.flatMap(({ year, row }) => [
      {
        row: year,
        rowIsPeriod: true,
        column: ctx.s.labels.positions,
        cell: row ? { value: row.positions, flag: '' as const } : undefined,
        kind: 'count' as const,
      },
      {
        row: year,
        rowIsPeriod: true,
        column: ctx.s.labels.requiringCertificate,
        cell: row ? { value: row.positions_requiring_certificate, flag: '' as const } : undefined,
        kind: 'count' as const,
      },
      {
        row: year,
        rowIsPeriod: true,
        column: ctx.s.labels.share,
        kind: 'rate' as const,
        cell:
          row && row.positions > 0
            ? { value: Math.round((row.positions_requiring_certificate / row.positions) * 1000) / 1000, flag: '' as const }
            : undefined,
        denominator: row ? { value: row.positions, flag: '' as const } : undefined,
      },
    ]),
  };
}

/**
 * Certificate holders at the end of each quarter: a stock, drawn alone. Set beside quarterly
 * vacancies (a flow) it read as supply overtaking demand; the page's comparison is flows (trend chart).
 */
function poolFigure(ctx: BuildContext, id: string, page: PageRef, dims: { occupation: string }, who: string): FigureModel {
  const periods = ctx.quarters;
  const { series, missing: absent } = trendSeries(ctx, ['pool'], periods, dims);
  const d: TrendData = { periods, series, unit: 'count', ...provisionalOf(ctx, periods, ['pool']) };
  const latest = periods.at(-1);
  return {
    id,
    lang: ctx.lang,
    page,
    title:
      absent.length || !latest
        ? ctx.s.titles.sourceMissing(ctx.s.labels.dataset.certifications)
        : ctx.s.poolStock(who, cellText(ctx, get(ctx, 'certified_pool', latest, dims)), ctx.fmt.period(latest)),
    subtitle: ctx.s.subtitles.pool(...span(ctx, periods)),
    description: describeTrend(ctx, d),
    plot: trendPlot(d, chartOptions(ctx, id)),
    sources: sourcesOf(['certified_pool']),
    legend: trendLegend(ctx, d),
    notes: missingNotes(ctx, absent),
    rowHeader: ctx.s.labels.period,
    data: trendData(d),
  };
}

export function occupationFigures(ctx: BuildContext, o: OccupationRef): FigureModel[] {
  const page: PageRef = { kind: 'occupation', slug: o.slug };
  const ids = occupationChartIds(o.slug);
  const who = inSentence(occupationName(ctx, o.code));
  const dims = { occupation: o.code };
  return [
    demandSupplyTrendFigure(ctx, { id: ids.trend, page, dims, who, keys: ['demand', 'completed', 'certified'], supplyKind: 'certified' }),
    funnelFigure(ctx, { id: ids.funnel, page, dims, who }),
    placementFigure(ctx, o, ids.placement, page, who),
    poolFigure(ctx, ids.pool, page, dims, who),
    sectorFigure(ctx, o, ids.sector, page, who),
    certificateFigure(ctx, o, ids.certificate, page, who),
    ...occupationOutcomeFigures(ctx, o.slug, o.code, who),
  ];
}
