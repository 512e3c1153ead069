// Chart titles that state the finding in words computed from the data. They are honest about
// privacy and gaps: no ratio is ever computed from a suppressed cell, a missing source is named,
// and a window that is still open is never read as a low rate.
import type { DatasetName } from '../../pipeline/contract.ts';
import type { Cell } from '../facts.ts';
import type { Formatter } from '../format.ts';
import type { Strings } from '../i18n/index.ts';
import type { GapRow } from './gap.ts';
import { gapOf, sortByGap } from './gap.ts';
import type { MapArea } from './map.ts';
import { isSuppressed, shown } from './model.ts';

export interface TextContext {
  s: Strings;
  fmt: Formatter;
  minCell: number;
}

/**
 * An occupation name inside a sentence: capitalised words go lower case ("Pekerja Pengelasan" →
 * "pekerja pengelasan", "Operator Crane/Hoist" → "operator crane/hoist"); acronyms stay (K3, YTDL, CAD).
 */
export function inSentence(name: string): string {
  return name.replace(/\b([A-Z])([a-z]+)\b/g, (_, first: string, rest: string) => first.toLowerCase() + rest);
}

/** 3 → "3", 2.74 → "2,7" / "2.7", 14.6 → "15": precise enough for a headline, never more. */
export function ratioText(fmt: Formatter, ratio: number): string {
  return ratio >= 10 ? fmt.count(Math.round(ratio)) : fmt.decimal(ratio, 1);
}

/** How a cell reads in running text: the number, "<5", or "–" when not published. */
export function cellText(c: TextContext, cell: Cell | undefined): string {
  if (shown(cell)) return c.fmt.count(cell.value);
  if (isSuppressed(cell)) return `<${c.fmt.count(c.minCell)}`;
  return '–';
}

/** At or beyond this ratio demand and supply are called unbalanced. */
export const IMBALANCE = 1.5;

export type SupplyKind = 'completed' | 'certified' | 'pool';

export interface DemandSupply {
  /** Occupation in running text ("juru las"), or '' for all occupations. */
  who: string;
  period: string;
  demand: Cell | undefined;
  supply: Cell | undefined;
  supplyKind: SupplyKind;
  /** A source the comparison needs that the data build had no file for. */
  missing: DatasetName | null;
}

export function demandSupplyTitle(c: TextContext, x: DemandSupply): string {
  const { s, fmt } = c;
  const period = fmt.period(x.period);
  const noun = s.supplyNoun[x.supplyKind];
  if (x.missing === 'vacancies') return s.titles.demandMissing(period);
  if (x.missing) return s.titles.supplyMissing(s.labels.dataset[x.missing], period);
  const demand = shown(x.demand) ? x.demand.value : 0;
  if (isSuppressed(x.supply)) {
    return demand > 0
      ? s.titles.supplyHidden(x.who, noun, fmt.count(demand), fmt.count(c.minCell), period)
      : s.titles.noDemand(x.who, noun, cellText(c, x.supply), period);
  }
  const supply = shown(x.supply) ? x.supply.value : 0;
  if (demand === 0 && supply === 0) return s.titles.nothing(x.who, period);
  if (demand === 0) return s.titles.noDemand(x.who, noun, fmt.count(supply), period);
  if (supply === 0) return s.titles.noSupply(x.who, noun, fmt.count(demand), period);
  const ratio = demand / supply;
  if (ratio >= IMBALANCE) return s.titles.ratio(x.who, noun, ratioText(fmt, ratio), period);
  if (ratio <= 1 / IMBALANCE) return s.titles.surplus(x.who, noun, ratioText(fmt, 1 / ratio), period);
  return s.titles.balanced(x.who, noun, fmt.count(demand), fmt.count(supply), period);
}

export type WindowKind = 'year' | 'ytd' | 'last4';

/** Demand and supply summed over one window of time: the last full year, the year to date, the latest four quarters. */
export interface FlowSummary {
  kind: WindowKind;
  /** "2025", "2026 s.d. triwulan III", "4 triwulan terakhir (triwulan IV 2025 – triwulan III 2026)". */
  label: string;
  demand: Cell | undefined;
  supply: Cell | undefined;
}

/** Positions per person of supply; null when either side is hidden, missing or zero. */
export function flowRatio(w: Pick<FlowSummary, 'demand' | 'supply'>): number | null {
  if (!shown(w.demand) || !shown(w.supply) || w.demand.value === 0 || w.supply.value === 0) return null;
  return w.demand.value / w.supply.value;
}

/** Two ratios differ strongly when one is at least IMBALANCE (1,5) times the other. */
export function differsStrongly(a: number, b: number): boolean {
  return Math.max(a, b) / Math.min(a, b) >= IMBALANCE;
}

/** A window's comparison in a few characters: "9,3×", or its two counts when no ratio can be computed. */
export function flowText(c: TextContext, w: Pick<FlowSummary, 'demand' | 'supply'>): string {
  const ratio = flowRatio(w);
  return ratio === null ? c.s.flows.counts(cellText(c, w.demand), cellText(c, w.supply)) : c.s.flows.times(ratioText(c.fmt, ratio));
}

/**
 * The headline of a demand-against-supply chart: the last full year in words, then the year to date
 * beside it ("2026 s.d. triwulan III: 4,1×"), and a warning when the latest four quarters differ
 * strongly from the full year (a passing peak, or a fall). Flows against flows over the same periods.
 */
export function flowTitle(
  c: TextContext,
  x: { who: string; supplyKind: SupplyKind; windows: readonly FlowSummary[]; missing: DatasetName | null; year: string },
): string {
  const year = x.windows.find((w) => w.kind === 'year');
  const base = demandSupplyTitle(c, {
    who: x.who,
    period: x.year,
    demand: year?.demand,
    supply: year?.supply,
    supplyKind: x.supplyKind,
    missing: x.missing,
  });
  if (x.missing || !year) return base;
  const parts: string[] = [];
  const ytd = x.windows.find((w) => w.kind === 'ytd');
  if (ytd) parts.push(c.s.flows.part(ytd.label, flowText(c, ytd)));
  const last4 = x.windows.find((w) => w.kind === 'last4');
  const r = flowRatio(year);
  const r4 = last4 ? flowRatio(last4) : null;
  if (r !== null && r4 !== null && differsStrongly(r, r4)) parts.push(c.s.flows.shift(r4 < r, c.s.flows.times(ratioText(c.fmt, r4))));
  return parts.length ? `${base}; ${parts.join('; ')}` : base;
}

/** The main chart's finding: the occupation with the largest shortage against certified supply. */
export function gapTitle(c: TextContext, rows: readonly GapRow[], period: string, missing: DatasetName | null): string {
  const [top] = sortByGap(rows, c.minCell);
  if (!missing && (!top || gapOf(top, c.minCell) <= 0)) return c.s.titles.noShortage(c.fmt.period(period));
  return demandSupplyTitle(c, {
    who: top ? inSentence(top.label) : '',
    period,
    demand: top?.demand,
    supply: top?.certified,
    supplyKind: 'certified',
    missing,
  });
}

export interface FunnelCells {
  enrolled: Cell | undefined;
  completed: Cell | undefined;
  certified: Cell | undefined;
  placed: Cell | undefined;
}

export function funnelTitle(c: TextContext, who: string, period: string, cells: FunnelCells, missing: readonly DatasetName[]): string {
  if (missing.length === 3 || missing.includes('enrollments')) {
    return c.s.titles.sourceMissing(c.s.labels.dataset[missing.includes('enrollments') ? 'enrollments' : missing[0]]);
  }
  return c.s.titles.funnel(
    who,
    c.fmt.period(period),
    cellText(c, cells.enrolled),
    cellText(c, cells.completed),
    cellText(c, cells.certified),
    cellText(c, cells.placed),
  );
}

export interface Cohort {
  period: string;
  rate: Cell | undefined;
  /** The cohort: completers of the same period and cell (the rate's denominator). */
  completed: Cell | undefined;
}

/** The latest cohort with a published rate: never a window-open or suppressed one. */
export function placementTitle(c: TextContext, who: string, cohorts: readonly Cohort[]): string {
  const latest = [...cohorts].reverse().find((k) => shown(k.rate) && shown(k.completed));
  if (!latest) return c.s.titles.placementNone(who);
  return c.s.titles.placement(who, c.fmt.percent(latest.rate!.value!), c.fmt.period(latest.period), c.fmt.count(latest.completed!.value!));
}

export function sectorTitle(
  c: TextContext,
  who: string,
  period: string,
  rows: readonly { sector: string; positions: number }[],
  missing: boolean,
): string {
  if (missing) return c.s.titles.sourceMissing(c.s.labels.dataset.vacancies);
  const total = rows.reduce((sum, r) => sum + r.positions, 0);
  if (total === 0) return c.s.titles.sectorNone(who, c.fmt.period(period));
  const top = [...rows].sort((a, b) => b.positions - a.positions || (a.sector < b.sector ? -1 : 1))[0];
  return c.s.titles.sectorTop(who, top.sector, c.fmt.percent(top.positions / total), c.fmt.period(period));
}

export function certificateTitle(
  c: TextContext,
  who: string,
  period: string,
  row: { positions: number; positions_requiring_certificate: number } | undefined,
  missing: boolean,
): string {
  if (missing) return c.s.titles.sourceMissing(c.s.labels.dataset.vacancies);
  if (!row || row.positions === 0) return c.s.titles.sectorNone(who, c.fmt.period(period));
  return c.s.titles.certificateShare(
    who,
    c.fmt.percent(row.positions_requiring_certificate / row.positions),
    c.fmt.count(row.positions_requiring_certificate),
    c.fmt.count(row.positions),
    c.fmt.period(period),
  );
}

export function mapTitle(c: TextContext, period: string, areas: readonly MapArea[], missing: boolean): string {
  if (missing) return c.s.titles.sourceMissing(c.s.labels.dataset.enrollments);
  const top = areas
    .filter((a) => a.state === 'shown' && a.value !== null)
    .sort((a, b) => b.value! - a.value! || (a.name < b.name ? -1 : 1))[0];
  return top ? c.s.titles.mapTop(top.name, c.fmt.fixed(top.value!, 1), c.fmt.period(period)) : c.s.titles.mapNone(c.fmt.period(period));
}

/** Completers per 1,000 residents of one kecamatan; a suppressed count stays hidden, never "0,0". */
export function residentsTitle(
  c: TextContext,
  name: string,
  period: string,
  completed: Cell | undefined,
  population: number | null,
  missing: boolean,
): string {
  if (missing) return c.s.titles.sourceMissing(c.s.labels.dataset.enrollments);
  if (population === null) return c.s.titles.residentsNoPopulation(name, c.fmt.period(period));
  if (isSuppressed(completed)) return c.s.titles.residentsHidden(name, c.fmt.count(c.minCell), c.fmt.period(period));
  const value = shown(completed) ? (completed.value / population) * 1000 : 0;
  return c.s.titles.residents(name, c.fmt.fixed(value, 1), c.fmt.period(period));
}

export function kecamatanDemandTitle(c: TextContext, name: string, period: string, demand: Cell | undefined, missing: boolean): string {
  if (missing) return c.s.titles.sourceMissing(c.s.labels.dataset.vacancies);
  return c.s.titles.kecDemand(name, cellText(c, demand), c.fmt.period(period));
}

/** "55,8% (95 %: 53,0–58,7 %)": a rate with its 95 % interval, for sentences that compare rates (no-break spaces before "%"). */
export function rateWithIntervalText(c: TextContext, rate: number, interval: { lower: number; upper: number }): string {
  return c.s.outcomes.interval(c.fmt.percent(rate), c.fmt.fixed(interval.lower * 100, 1), `${c.fmt.fixed(interval.upper * 100, 1)}\u00a0%`);
}

export interface RouteShares {
  placed: Cell | undefined;
  employed: Cell | undefined;
  migrant: Cell | undefined;
  self_employed: Cell | undefined;
}

/**
 * The share of one route among the year's placements, only when both cells behind it are published:
 * the migrant route (the MoU's question) when it can be shown, else self-employment, else employment.
 */
export function routesTitle(c: TextContext, who: string, year: string, cells: RouteShares): string {
  if (!shown(cells.placed) || cells.placed.value === 0) return c.s.outcomes.titles.routesNone(who);
  for (const route of ['migrant', 'self_employed', 'employed'] as const) {
    const part = cells[route];
    if (shown(part) && part.value > 0) {
      return c.s.outcomes.titles.route[route](c.fmt.percent(part.value / cells.placed.value), who, c.fmt.period(year));
    }
  }
  return c.s.outcomes.titles.routesNone(who);
}

export interface WaitingRate {
  days: number;
  rate: number;
  interval: { lower: number; upper: number };
}

/**
 * The latest cohort with a published rate: its shortest and longest published horizons compared,
 * each with its 95 % interval. Suppressed and window-open horizons are never named.
 */
export function waitingTitle(c: TextContext, who: string, cohorts: readonly { period: string; rates: readonly WaitingRate[] }[]): string {
  const latest = [...cohorts].reverse().find((k) => k.rates.length > 0);
  if (!latest) return c.s.outcomes.titles.waitingNone(who);
  const first = latest.rates[0];
  const last = latest.rates[latest.rates.length - 1];
  const year = c.fmt.period(latest.period);
  if (first === last)
    return c.s.outcomes.titles.waitingOne(who, year, rateWithIntervalText(c, first.rate, first.interval), c.fmt.count(first.days));
  return c.s.outcomes.titles.waiting(
    who,
    year,
    rateWithIntervalText(c, first.rate, first.interval),
    c.fmt.count(first.days),
    rateWithIntervalText(c, last.rate, last.interval),
    c.fmt.count(last.days),
  );
}

/** The share of women among those starting training and those placed, from published cells only. */
export function womenTitle(c: TextContext, year: string, stages: readonly { label: string; share: number | null }[]): string {
  const period = c.fmt.period(year);
  const [enrolled] = stages;
  const placed = stages[3];
  if (enrolled?.share != null && placed?.share != null) {
    return c.s.outcomes.titles.women(period, c.fmt.percent(enrolled.share), c.fmt.percent(placed.share));
  }
  const any = stages.find((st) => st.share !== null);
  return any ? c.s.outcomes.titles.womenOne(period, any.label, c.fmt.percent(any.share!)) : c.s.outcomes.titles.womenNone(period);
}
