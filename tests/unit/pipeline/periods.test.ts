import { describe, expect, it } from 'vitest';
import { latestCompletePeriod, periodLabel, periodLastDay, publishedPeriods } from '../../../src/pipeline/periods.ts';
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
