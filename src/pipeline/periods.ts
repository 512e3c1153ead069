// Calendar periods (§5): years `2025`, quarters `2025-Q3`, months `2025-09`. A month is indexed as
// year × 12 + (month − 1), so quarter and year indices follow by integer division.

import { dayParts, lastDayOfMonth } from './values/dates.ts';

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
