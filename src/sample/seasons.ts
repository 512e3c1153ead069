// The calendar of the sample world: the data period, Ramadan and Lebaran, maintenance seasons and the
// petrochemical construction project that pull vacancy numbers up and down.
import { type Day } from './calendar.ts';
import { dayNumber } from '../pipeline/values/dates.ts';

/** First day of data and the last day of the last export (the sample's latest event). */
export const DATA_START: Day = dayNumber(2023, 1, 1);
export const DATA_END: Day = dayNumber(2026, 9, 30);
/** The mid-year 2026 enrollment export was taken on this day; a later export updates it. */
export const MID_2026_EXPORT: Day = dayNumber(2026, 6, 30);

export const YEARS = [2023, 2024, 2025, 2026] as const;

interface RamadanWindow {
  start: Day; // 1 Ramadan
  lebaran: Day; // Idul Fitri
}

/** Approximate dates (Indonesian government calendar); the sample only needs the season, not the day. */
const RAMADAN: readonly RamadanWindow[] = [
  { start: dayNumber(2023, 3, 23), lebaran: dayNumber(2023, 4, 22) },
  { start: dayNumber(2024, 3, 12), lebaran: dayNumber(2024, 4, 10) },
  { start: dayNumber(2025, 3, 1), lebaran: dayNumber(2025, 3, 31) },
  { start: dayNumber(2026, 2, 19), lebaran: dayNumber(2026, 3, 20) },
];

/** Cuti bersama and the week after Idul Fitri: offices and training centres are nearly shut. */
export function isLebaranWeek(day: Day): boolean {
  return RAMADAN.some((r) => day >= r.lebaran - 3 && day <= r.lebaran + 7);
}

export function isRamadan(day: Day): boolean {
  return RAMADAN.some((r) => day >= r.start && day < r.lebaran - 3);
}

/** How much hiring activity a single day carries: weekends, Ramadan and Lebaran are quiet. */
export function postingWeight(day: Day, isWeekendDay: boolean): number {
  if (isLebaranWeek(day)) return 0.08;
  const base = isWeekendDay ? 0.12 : 1;
  return isRamadan(day) ? base * 0.55 : base;
}

/** Month-of-year shape of all hiring: slow January, busy spring and autumn, quiet December. */
export const MONTH_FACTOR: readonly number[] = [0.75, 0.95, 1.15, 1.1, 1.05, 1, 1, 1.1, 1.15, 1.1, 0.9, 0.6];

/** Shutdown / turnaround maintenance seasons of the steel and chemical plants (March–May, September–October). */
export function turnaroundFactor(month: number): number {
  return month >= 3 && month <= 5 ? 1.45 : month === 9 || month === 10 ? 1.5 : 1;
}

/** The fictitious petrochemical plant: construction ramps up from mid-2024, peaks in 2025, opens in November 2025. */
export function projectConstructionFactor(year: number, month: number): number {
  const index = year * 12 + month;
  if (index < 2024 * 12 + 7) return 1;
  if (index < 2025 * 12 + 1) return 1.8;
  if (index < 2025 * 12 + 10) return 3.4;
  if (index < 2025 * 12 + 11) return 1.8;
  return 1;
}

/** The plant's own operations staff are hired before and after it opens. */
export function projectOperationsFactor(year: number, month: number): number {
  const index = year * 12 + month;
  return index >= 2025 * 12 + 7 && index < 2026 * 12 + 3 ? 1.9 : 1;
}
