// Calendar helpers for the sample generator. Day numbers and their arithmetic come from the data
// build's own dates module (calendar dates, never instants: no Date object, no time zone).

import { dayParts } from '../pipeline/values/dates.ts';

export type Day = number;

export function yearOf(day: Day): number {
  return dayParts(day).year;
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

/** Excel's serial day number (1900 date system, its 1900 leap-year bug included: valid from March 1900). */
export function excelSerial(day: Day): number {
  return day + 25569;
}
