// Calendar dates as integer day numbers: days since 1970-01-01 in the proleptic Gregorian calendar
// (contract §3). Dates here are calendar dates, not instants: everything is integer arithmetic, and
// no time zone — the machine's or one written in the cell — is ever applied, so every machine
// reads the same day from the same text.

import { message } from '../messages.ts';
import { withFix } from '../reasons.ts';
import { invalid, type ValueResult } from './result.ts';

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a valid calendar date. Howard Hinnant's `days_from_civil`: years are counted
 * from March, so the leap day is the last day of its year and 400-year eras repeat exactly.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumber` (Hinnant's `civil_from_days`). */
export function dayParts(dayNum: number): DayParts {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function dayToIso(dayNum: number): string {
  const { year, month, day } = dayParts(dayNum);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const STRICT_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A strict `YYYY-MM-DD` that exists in the calendar (e.g. `--as-of`), else null. */
export function isoToDay(text: string): number | null {
  const m = STRICT_ISO.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** The same calendar date `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function addCalendarYears(dayNum: number, years: number): number {
  const { year, month, day } = dayParts(dayNum);
  const target = year + years;
  return dayNumber(target, month, Math.min(day, daysInMonth(target, month)));
}

/** The day number of the last day of a month. */
export function lastDayOfMonth(year: number, month: number): number {
  return dayNumber(year, month, daysInMonth(year, month));
}

/** The earliest and latest date accepted in the data (contract §3). */
export const EARLIEST_DATE = dayNumber(1940, 1, 1);
export const LATEST_DATE = dayNumber(2099, 12, 31);

/** Excel serial day numbers accepted as dates (contract §3). */
export const EXCEL_SERIAL_MIN = 20000;
export const EXCEL_SERIAL_MAX = 80000;
/**
 * Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so from serial 61
 * (1900-03-01) on, serial − 25569 is the day number: serial 25569 is 1970-01-01.
 */
const EXCEL_SERIAL_OF_DAY_ZERO = 25569;

/** Month names and abbreviations, Indonesian and English, as the contract lists them (§3), in lower case. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

export const DATE_REASONS = {
  unrecognised: message(
    'format tanggal tidak dikenali (contoh: 2025-09-25, 25/09/2025, 25 September 2025)',
    'unrecognised date format (e.g. 2025-09-25, 25/09/2025, 25 September 2025)',
  ),
  twoDigitYear: message('tahun harus ditulis dengan 4 angka (2025, bukan 25)', 'the year must have four digits (2025, not 25)'),
  unknownMonth: message(
    'nama bulan tidak dikenali (contoh: Januari, Jan, Agustus, Agt, August, Aug)',
    'unknown month name (e.g. Januari, Jan, Agustus, Agt, August, Aug)',
  ),
  monthFirst: message(
    'bulan lebih dari 12: tulis tanggal dengan hari lebih dulu (25/09/2025, bukan 09/25/2025)',
    'the month is over 12: write the day first (25/09/2025, not 09/25/2025)',
  ),
  nonexistent: withFix(
    message('tanggal tidak ada di kalender', 'this date does not exist in the calendar'),
    message(
      'periksa hari dan bulannya (Februari hanya 28 hari, 29 di tahun kabisat; April, Juni, September, November 30 hari) lalu tulis tanggal yang benar',
      'check the day and the month (February has 28 days, 29 in a leap year; April, June, September, November have 30) and write the real date',
    ),
  ),
  outOfRange: withFix(
    message(
      'tanggal di luar rentang yang diterima (1940-01-01 sampai 2099-12-31)',
      'date outside the accepted range (1940-01-01 to 2099-12-31)',
    ),
    message(
      'periksa tahunnya (salah ketik?); angka 5 digit dibaca sebagai nomor seri tanggal Excel',
      'check the year (a typo?); a 5-digit number is read as an Excel date serial',
    ),
  ),
} as const;

const UNRECOGNISED = invalid(DATE_REASONS.unrecognised);
const TWO_DIGIT_YEAR = invalid(DATE_REASONS.twoDigitYear);
const UNKNOWN_MONTH = invalid(DATE_REASONS.unknownMonth);
const MONTH_FIRST = invalid(DATE_REASONS.monthFirst);
const NONEXISTENT = invalid(DATE_REASONS.nonexistent);
const OUT_OF_RANGE = invalid(DATE_REASONS.outOfRange);

// An optional time after the date, separated by a space or `T`: 14:30, 14:30:00.123, 08.00,
// 8:00 PM, with an optional zone (Z, +07:00, +0700, WIB, UTC). It must look like a time, and it
// is then ignored: the date is taken as written.
const TIME =
  String.raw`(?:(?:T|\s+)(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d(?:[.,]\d+)?)?` +
  String.raw`(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?|WIB|WITA|WIT|UTC|GMT))?)?`;

const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})` + TIME + '$', 'i');
// The same separator twice: 25/09/2025, 25-09-2025, 25.09.2025.
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})` + TIME + '$', 'i');
const DAY_MONTH_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})` + TIME + '$', 'iu');
// A fraction is a time of day in Excel; `,` is its decimal mark in Indonesian Excel.
const EXCEL_SERIAL = new RegExp(String.raw`^(\d{5})(?:[.,]\d+)?` + TIME + '$', 'i');
// Recognised only to say what is wrong with it.
const TWO_DIGIT_YEAR_FORM = new RegExp(String.raw`^(?:\d{1,2}([/.-])\d{1,2}\1|\d{1,2}\s+\p{L}+\.?\s+)\d{2}` + TIME + '$', 'iu');

/**
 * The result for each day in range, made once and frozen: a national input parses about ten million
 * dates, and a new object for each was a good part of the reading worker's garbage.
 */
const DAY_RESULTS: (ValueResult<number> | undefined)[] = [];

function dayResult(dayNum: number): ValueResult<number> {
  return (DAY_RESULTS[dayNum - EARLIEST_DATE] ??= Object.freeze({ ok: true, value: dayNum }));
}

function calendarDate(year: number, month: number, day: number): ValueResult<number> {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NONEXISTENT;
  const dayNum = dayNumber(year, month, day);
  if (dayNum < EARLIEST_DATE || dayNum > LATEST_DATE) return OUT_OF_RANGE;
  return dayResult(dayNum);
}

const ZERO = 48;

/** The digit at `i` (0–9), or −1. */
function digit(raw: string, i: number): number {
  const d = raw.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two digits at `i` as a number, or −1. */
function twoDigits(raw: string, i: number): number {
  const a = digit(raw, i);
  const b = digit(raw, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * The two forms exports nearly always use, `YYYY-MM-DD` and `DD/MM/YYYY` (or `-`, `.`), read without
 * a regular expression; undefined for anything else, which parseDate reads by its patterns. Gives
 * what the patterns give for the same text (tests/unit/values/dates.test.ts compares them).
 */
function commonDate(raw: string): ValueResult<number> | undefined {
  if (raw.length !== 10) return undefined;
  const c4 = raw.charCodeAt(4);
  if (c4 === 45 && raw.charCodeAt(7) === 45) {
    const high = twoDigits(raw, 0);
    const low = twoDigits(raw, 2);
    const month = twoDigits(raw, 5);
    const day = twoDigits(raw, 8);
    if (high < 0 || low < 0 || month < 0 || day < 0) return undefined;
    return calendarDate(high * 100 + low, month, day);
  }
  const separator = raw.charCodeAt(2);
  if ((separator === 47 || separator === 45 || separator === 46) && raw.charCodeAt(5) === separator) {
    const day = twoDigits(raw, 0);
    const month = twoDigits(raw, 3);
    const high = twoDigits(raw, 6);
    const low = twoDigits(raw, 8);
    if (day < 0 || month < 0 || high < 0 || low < 0) return undefined;
    if (month > 12 && day >= 1 && day <= 12) return MONTH_FIRST;
    return calendarDate(high * 100 + low, month, day);
  }
  return undefined;
}

/**
 * A date cell (already cleaned, never empty) as a day number. Accepts exactly the forms of
 * contract §3: `YYYY-M-D`; `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY`; `D MONTH YYYY` with an Indonesian
 * or English month name (`MONTH_NAMES`, any case, optional trailing `.`); an Excel serial day
 * number 20000–80000 (a fraction ignored); each optionally followed by a time, which is ignored.
 */
export function parseDate(raw: string): ValueResult<number> {
  return commonDate(raw) ?? parseDateByPattern(raw);
}

/** parseDate by its regular expressions alone (exported for the test that compares the two ways). */
export function parseDateByPattern(raw: string): ValueResult<number> {
  let m = YEAR_MONTH_DAY.exec(raw);
  if (m !== null) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));

  m = DAY_MONTH_YEAR.exec(raw);
  if (m !== null) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (month > 12 && day >= 1 && day <= 12) return MONTH_FIRST;
    return calendarDate(Number(m[4]), month, day);
  }

  m = DAY_MONTH_NAME_YEAR.exec(raw);
  if (m !== null) {
    const month = MONTH_BY_NAME.get(m[2].toLowerCase());
    if (month === undefined) return UNKNOWN_MONTH;
    return calendarDate(Number(m[3]), month, Number(m[1]));
  }

  m = EXCEL_SERIAL.exec(raw);
  if (m !== null) {
    const serial = Number(m[1]);
    if (serial < EXCEL_SERIAL_MIN || serial > EXCEL_SERIAL_MAX) return UNRECOGNISED;
    const dayNum = serial - EXCEL_SERIAL_OF_DAY_ZERO;
    return dayNum > LATEST_DATE ? OUT_OF_RANGE : dayResult(dayNum);
  }

  return TWO_DIGIT_YEAR_FORM.test(raw) ? TWO_DIGIT_YEAR : UNRECOGNISED;
}
