// The one number and date formatter of the site: Intl with id-ID or en-GB, nothing hand-rolled.
// Dates are calendar dates (YYYY-MM-DD): they are formatted in UTC so no time zone can shift a day.
import type { Lang } from './i18n/lang.ts';
import { LOCALE } from './i18n/lang.ts';
import { parsePeriod, periodStartIso, periodYear, quarterOfYear } from '../pipeline/periods.ts';

export interface Formatter {
  lang: Lang;
  /** 12.345 (id) / 12,345 (en). */
  count(n: number): string;
  /** A number with up to `digits` decimals: 3,2 / 3.2. */
  decimal(n: number, digits?: number): string;
  /** A number with exactly `digits` decimals, for rates per 1,000: 2,0 / 2.0. */
  fixed(n: number, digits?: number): string;
  /** A rate 0–1 as a percentage with up to one decimal: 41,7% / 41.7%. */
  percent(rate: number): string;
  /** 30 September 2026. */
  date(iso: string): string;
  /** 30 Sep 2026 / 30 Sept 2026. */
  shortDate(iso: string): string;
  /** 2025 · triwulan III 2025 / Q3 2025 · September 2025. */
  period(period: string): string;
  /** Compact period for axis ticks: 2025 · triwulan III 2025 (one form of a quarter in Indonesian, see i18n/glossary.ts) / Q3 2025. */
  periodShort(period: string): string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

const cache = new Map<Lang, Formatter>();

export function formatter(lang: Lang): Formatter {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = LOCALE[lang];
  const countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const decimalFormats = new Map<number, Intl.NumberFormat>();
  const f: Formatter = {
    lang,
    count: (n) => countFormat.format(n),
    decimal: (n, digits = 1) => {
      let format = decimalFormats.get(digits);
      if (!format) decimalFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return format.format(n);
    },
    fixed: (n, digits = 1) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    percent: (rate) => percentFormat.format(rate),
    date: (iso) => dateFormat.format(utcDate(iso)),
    shortDate: (iso) => shortDateFormat.format(utcDate(iso)),
    period: (p) => {
      const quarter = quarterOfYear(p);
      if (quarter !== null) return lang === 'id' ? `triwulan ${ROMAN[quarter - 1]} ${periodYear(p)}` : `Q${quarter} ${periodYear(p)}`;
      if (parsePeriod(p)?.granularity === 'month') return monthFormat.format(utcDate(periodStartIso(p)));
      return p;
    },
    periodShort: (p) => {
      const quarter = quarterOfYear(p);
      if (quarter !== null && lang === 'en') return `Q${quarter} ${periodYear(p)}`;
      return f.period(p);
    },
  };
  cache.set(lang, f);
  return f;
}
