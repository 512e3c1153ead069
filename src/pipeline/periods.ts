// Calendar periods (§5): years `2025`, quarters `2025-Q3`, months `2025-09`. A month is indexed as
// year × 12 + (month − 1), so quarter and year indices follow by integer division. The one calendar of
// the project: the pipeline and the site both read period labels, their first and last days and the
// placement window through this module (a pure helper the site may import, see tests/unit/site/boundary.test.ts).

import { PLACEMENT_WINDOW_DAYS } from './contract.ts';
import { dayNumber, dayParts, dayToIso, isoToDay, lastDayOfMonth } from './values/dates.ts';

export type Granularity = 'year' | 'quarter' | 'month';
export const GRANULARITIES: readonly Granularity[] = ['year', 'quarter', 'month'];

export function monthIndexOfDay(day: number): number {
  const { year, month } = dayParts(day);
  return year * 12 + month - 1;
}

export function periodIndex(granularity: Granularity, monthIndex: number): number {
  if (granularity === 'year') return Math.floor(monthIndex / 12);
  if (granularity === 'quarter') return Math.floor(monthIndex / 3);
  return monthIndex;
}

export function periodLabel(granularity: Granularity, index: number): string {
  if (granularity === 'year') return String(index);
  if (granularity === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month indices a period covers. */
export function monthRange(granularity: Granularity, index: number): { first: number; last: number } {
  if (granularity === 'year') return { first: index * 12, last: index * 12 + 11 };
  if (granularity === 'quarter') return { first: index * 3, last: index * 3 + 2 };
  return { first: index, last: index };
}

/** Last calendar day of a period, as a day number. */
export function periodLastDay(granularity: Granularity, index: number): number {
  const last = monthRange(granularity, index).last;
  return lastDayOfMonth(Math.floor(last / 12), (last % 12) + 1);
}

export interface Period {
  granularity: Granularity;
  index: number;
  label: string;
  /** Last calendar day of the period. */
  lastDay: number;
  /** "Last day of P" (§7): the earlier of the period's last day and the as-of date. */
  lastDayAsOf: number;
}

/** Every published period, from the period of the earliest event to the period of the as-of date. */
export function publishedPeriods(firstEventDay: number, asOfDay: number): Period[] {
  const firstMonth = monthIndexOfDay(firstEventDay);
  const asOfMonth = monthIndexOfDay(asOfDay);
  const periods: Period[] = [];
  for (const granularity of GRANULARITIES) {
    for (let i = periodIndex(granularity, firstMonth); i <= periodIndex(granularity, asOfMonth); i++) {
      const lastDay = periodLastDay(granularity, i);
      periods.push({ granularity, index: i, label: periodLabel(granularity, i), lastDay, lastDayAsOf: Math.min(lastDay, asOfDay) });
    }
  }
  return periods;
}

/** The latest period of each granularity that ends on or before the as-of date (a complete period). */
export function latestCompletePeriod(granularity: Granularity, firstEventDay: number, asOfDay: number): string | null {
  const first = periodIndex(granularity, monthIndexOfDay(firstEventDay));
  let i = periodIndex(granularity, monthIndexOfDay(asOfDay));
  if (periodLastDay(granularity, i) > asOfDay) i--;
  return i >= first ? periodLabel(granularity, i) : null;
}

/** First calendar day of a period, as a day number. */
export function periodFirstDay(granularity: Granularity, index: number): number {
  const first = monthRange(granularity, index).first;
  return dayNumber(Math.floor(first / 12), (first % 12) + 1, 1);
}

const LABEL = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** A period label read back (`2025`, `2025-Q3`, `2025-09`): the inverse of `periodLabel`; null for any other text. */
export function parsePeriod(label: string): { granularity: Granularity; index: number } | null {
  const m = LABEL.exec(label);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { granularity: 'quarter', index: year * 4 + Number(m[2]) - 1 };
  if (m[3] !== undefined) return { granularity: 'month', index: year * 12 + Number(m[3]) - 1 };
  return { granularity: 'year', index: year };
}

/** Labels come from facts.csv, written by `periodLabel`: anything else is a bug, not data to guess at. */
function parsed(label: string): { granularity: Granularity; index: number } {
  const period = parsePeriod(label);
  if (period === null) throw new Error(`"${label}" is not a period label (2025, 2025-Q3 or 2025-09)`);
  return period;
}

export function granularityOf(label: string): Granularity {
  return parsed(label).granularity;
}

/** The year a period lies in, as its label: `2025` for `2025-Q3` and `2025-09`. */
export function periodYear(label: string): string {
  return label.slice(0, 4);
}

/** The quarter of its year a quarter label names, 1–4 (`2025-Q3` → 3); null for a year, a month or any other text. */
export function quarterOfYear(label: string): number | null {
  const period = parsePeriod(label);
  return period?.granularity === 'quarter' ? (period.index % 4) + 1 : null;
}

/** A year, or the first quarter or month of one: where an axis of quarters or months starts a new year. */
export function startsYear(label: string): boolean {
  const { granularity, index } = parsed(label);
  return granularity === 'year' || index % (granularity === 'quarter' ? 4 : 12) === 0;
}

/** A quarter's year, a month's quarter; null for a year (§8, group (b)). */
export function parentPeriod(label: string): string | null {
  const { granularity, index } = parsed(label);
  if (granularity === 'quarter') return periodLabel('year', Math.floor(index / 4));
  if (granularity === 'month') return periodLabel('quarter', Math.floor(index / 3));
  return null;
}

/** First calendar day of a labelled period, as YYYY-MM-DD. */
export function periodStartIso(label: string): string {
  const { granularity, index } = parsed(label);
  return dayToIso(periodFirstDay(granularity, index));
}

/** Last calendar day of a labelled period, as YYYY-MM-DD (29 February in a leap year's first quarter). */
export function periodEndIso(label: string): string {
  const { granularity, index } = parsed(label);
  return dayToIso(periodLastDay(granularity, index));
}

/**
 * The day a cohort's D-day placement window closes (§7): its period's last day + D days, as YYYY-MM-DD.
 * Until then its placement rate is published empty with flag `window_open`.
 */
export function windowClosesOn(label: string, days: number = PLACEMENT_WINDOW_DAYS): string {
  const { granularity, index } = parsed(label);
  return dayToIso(periodLastDay(granularity, index) + days);
}

function dayOf(iso: string): number {
  const day = isoToDay(iso);
  if (day === null) throw new Error(`"${iso}" is not a calendar date (YYYY-MM-DD)`);
  return day;
}

/** Whole days from one calendar date to a later one (negative when `to` is earlier), both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

/**
 * Provisional (sementara): the period contains the as-of date, or it ends after the latest event of a
 * source counted in it, which has then not reported the whole period yet. Dates are YYYY-MM-DD.
 */
export function isProvisionalPeriod(label: string, asOf: string, latestEvents: readonly string[]): boolean {
  const start = periodStartIso(label);
  const end = periodEndIso(label);
  if (start <= asOf && asOf <= end) return true;
  return latestEvents.some((latest) => latest < end);
}
