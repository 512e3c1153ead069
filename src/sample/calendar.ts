// Calendar dates as integer day numbers (days since 1970-01-01). Dates in this project are calendar
// dates, never instants: no Date object, no time zone.

export type Day = number;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilOf(day: Day): CivilDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfMonth };
}

export function yearOf(day: Day): number {
  return civilOf(day).year;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The first Monday–Friday on or after `day`. */
export function nextWorkday(day: Day): Day {
  let d = day;
  while (isWeekend(d)) d++;
  return d;
}

export function daysInMonth(year: number, month: number): number {
  return dayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayOf(year, month, 1);
}

/** The same calendar date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(day: Day, years: number): Day {
  const { year, month, day: dom } = civilOf(day);
  const target = year + years;
  return dayOf(target, month, Math.min(dom, daysInMonth(target, month)));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDate(day: Day): string {
  const { year, month, day: dom } = civilOf(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(dom)}`;
}

/** Excel's serial day number (1900 date system, its 1900 leap-year bug included: valid from March 1900). */
export function excelSerial(day: Day): number {
  return day + 25569;
}
