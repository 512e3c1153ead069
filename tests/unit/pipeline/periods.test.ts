import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  granularityOf,
  isProvisionalPeriod,
  latestCompletePeriod,
  parentPeriod,
  parsePeriod,
  periodEndIso,
  periodFirstDay,
  periodLabel,
  periodLastDay,
  periodStartIso,
  periodYear,
  publishedPeriods,
  quarterOfYear,
  startsYear,
  windowClosesOn,
} from '../../../src/pipeline/periods.ts';
import { rateThousandths } from '../../../src/pipeline/metrics.ts';
import { dayToIso, isoToDay } from '../../../src/pipeline/values/dates.ts';

const day = (iso: string) => isoToDay(iso)!;

describe('periods', () => {
  it('labels years, quarters and months', () => {
    expect(periodLabel('year', 2025)).toBe('2025');
    expect(periodLabel('quarter', 2025 * 4 + 2)).toBe('2025-Q3');
    expect(periodLabel('month', 2025 * 12 + 8)).toBe('2025-09');
  });

  it('knows the last calendar day of a period, leap years included', () => {
    expect(dayToIso(periodLastDay('month', 2024 * 12 + 1))).toBe('2024-02-29');
    expect(dayToIso(periodLastDay('quarter', 2025 * 4))).toBe('2025-03-31');
    expect(dayToIso(periodLastDay('year', 2025))).toBe('2025-12-31');
  });

  it('runs from the period of the earliest event to the period of the as-of date', () => {
    const periods = publishedPeriods(day('2024-11-15'), day('2025-02-10'));
    expect(periods.map((p) => p.label)).toEqual(['2024', '2025', '2024-Q4', '2025-Q1', '2024-11', '2024-12', '2025-01', '2025-02']);
    const q1 = periods.find((p) => p.label === '2025-Q1')!;
    expect(dayToIso(q1.lastDay)).toBe('2025-03-31');
    expect(dayToIso(q1.lastDayAsOf)).toBe('2025-02-10'); // "last day of P" is the earlier of the two
  });

  it('finds the latest complete period', () => {
    expect(latestCompletePeriod('year', day('2023-01-02'), day('2026-09-30'))).toBe('2025');
    expect(latestCompletePeriod('quarter', day('2023-01-02'), day('2026-09-30'))).toBe('2026-Q3'); // ends on the as-of date
    expect(latestCompletePeriod('quarter', day('2023-01-02'), day('2026-09-29'))).toBe('2026-Q2');
    expect(latestCompletePeriod('year', day('2026-02-01'), day('2026-09-30'))).toBeNull();
  });
});

describe('period labels, the one calendar of pipeline and site', () => {
  it('reads a label back into its granularity and index, and nothing else', () => {
    expect(parsePeriod('2025')).toEqual({ granularity: 'year', index: 2025 });
    expect(parsePeriod('2025-Q3')).toEqual({ granularity: 'quarter', index: 2025 * 4 + 2 });
    expect(parsePeriod('2025-09')).toEqual({ granularity: 'month', index: 2025 * 12 + 8 });
    for (const label of ['2025-Q3', '2025-09', '2024', '2024-Q1', '2024-12']) {
      const { granularity, index } = parsePeriod(label)!;
      expect(periodLabel(granularity, index)).toBe(label);
    }
    expect(['2025-Q5', '2025-Q0', '2025-13', '2025-00', '2025-9', '25', '2025-09-30', 'Q3 2025', ''].map(parsePeriod)).toEqual(
      Array(9).fill(null),
    );
    expect(() => periodEndIso('2025-13')).toThrow('"2025-13" is not a period label');
    expect(granularityOf('2025-Q3')).toBe('quarter');
    expect(['2025-Q1', '2025-Q3', '2025-Q4', '2025', '2025-03', 'Jumlah'].map(quarterOfYear)).toEqual([1, 3, 4, null, null, null]);
    expect(periodYear('2025-09')).toBe('2025');
  });

  it('gives the first and last day of a year, quarter or month, leap years included', () => {
    const labels = ['2024', '2024-Q1', '2024-02', '2025-02', '2025-Q4', '2025-06', '2000-02', '1900-02', '2100-Q1'];
    expect(labels.map(periodEndIso)).toEqual([
      '2024-12-31',
      '2024-03-31',
      '2024-02-29',
      '2025-02-28',
      '2025-12-31',
      '2025-06-30',
      '2000-02-29',
      '1900-02-28',
      '2100-03-31',
    ]);
    expect(labels.map(periodStartIso)).toEqual([
      '2024-01-01',
      '2024-01-01',
      '2024-02-01',
      '2025-02-01',
      '2025-10-01',
      '2025-06-01',
      '2000-02-01',
      '1900-02-01',
      '2100-01-01',
    ]);
    expect(dayToIso(periodFirstDay('quarter', 2026 * 4 + 1))).toBe('2026-04-01');
    // A month ends on its own last day, not on 31 December (the old copy in site/figures/context.ts did that).
    expect(periodEndIso('2025-04')).toBe('2025-04-30');
  });

  it('groups a quarter into its year and a month into its quarter', () => {
    expect(['2025-Q3', '2025-09', '2025-10', '2025-01', '2025'].map(parentPeriod)).toEqual(['2025', '2025-Q3', '2025-Q4', '2025-Q1', null]);
    expect(['2025', '2025-Q1', '2025-Q2', '2025-01', '2025-02'].map(startsYear)).toEqual([true, true, false, true, false]);
  });

  it("closes a cohort's placement window D days after its period's last day, 180 by default", () => {
    expect(windowClosesOn('2025-Q4')).toBe('2026-06-29');
    expect(windowClosesOn('2024')).toBe('2025-06-29');
    expect(windowClosesOn('2023-Q3')).toBe('2024-03-28'); // over 29 February 2024: 2023-09-30 + 180
    expect(windowClosesOn('2025', 365)).toBe('2026-12-31');
    expect(windowClosesOn('2025', 30)).toBe('2026-01-30');
    expect(windowClosesOn('2025-06', 30)).toBe('2025-07-30');
  });

  it('counts days between calendar dates, across leap days', () => {
    expect(daysBetween('2026-08-01', '2026-09-30')).toBe(60);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2026-09-30', '2026-08-01')).toBe(-60);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow('not a calendar date');
  });

  it("calls a period provisional when it holds the as-of date or ends after a source's latest event", () => {
    expect(['2026', '2026-Q2', '2026-05', '2025', '2026-Q1', '2026-04'].map((p) => isProvisionalPeriod(p, '2026-05-31', []))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(isProvisionalPeriod('2026-Q1', '2026-05-31', ['2026-05-31', '2026-02-10'])).toBe(true);
    expect(isProvisionalPeriod('2026-Q1', '2026-05-31', ['2026-03-31'])).toBe(false);
  });
});

describe('rate rounding', () => {
  it.each([
    [7, 12, 583], // 583.33…
    [2, 3, 667], // 666.67
    [1, 16, 63], // 62.5 rounds half up
    [1, 8, 125],
    [0, 10, 0],
    [10, 10, 1000],
    [1, 2000, 1], // 0.5 rounds up
    [1, 2001, 0],
  ])('%i / %i → %i thousandths', (n, d, expected) => {
    expect(rateThousandths(n, d)).toBe(expected);
  });
});
