// The fixture tests/fixtures/build/basic: 20 enrollments in Cilegon in 2025 (12 welders finishing in
// March, 6 forklift operators finishing in September, one ongoing then completed in December, one
// dropped), an out-of-scope row, a bad date, an exact repeat, and a later export that supersedes
// two rows; certificates incl. forklift licences from 2024 that expire on 2025-03-01; placements
// matched by enrollment_id and by person_id; four vacancies, two classified by job title.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, build, type Built } from './helpers.ts';

let built: Built;
const value = (key: string) => built.facts.get(key);

beforeAll(async () => {
  built = await build(path.join(FIXTURES, 'basic'), { asOf: '2025-12-31' });
});

describe('the build of the basic fixture', () => {
  it('publishes', () => {
    expect(built.result.exitCode).toBe(0);
    expect(built.meta.as_of).toBe('2025-12-31');
    expect(built.meta.min_cell).toBe(5);
  });

  it('accounts for every row of every file', () => {
    const files = Object.values(built.meta.datasets).flatMap((d: any) => d.files);
    for (const f of files) {
      expect(f.rows_read, f.name).toBe(f.accepted + f.rejected + f.duplicate + f.superseded + f.out_of_scope);
    }
    const byName = Object.fromEntries(files.map((f: any) => [f.name, f]));
    const counts = (name: string) => {
      const { rows_read, accepted, rejected, duplicate, superseded, out_of_scope } = byName[name];
      return { rows_read, accepted, rejected, duplicate, superseded, out_of_scope };
    };
    expect(counts('enrollments.csv')).toEqual({ rows_read: 23, accepted: 18, rejected: 1, duplicate: 1, superseded: 2, out_of_scope: 1 });
    expect(counts('enrollments_update.csv')).toEqual({
      rows_read: 2,
      accepted: 2,
      rejected: 0,
      duplicate: 0,
      superseded: 0,
      out_of_scope: 0,
    });
    expect(counts('certifications.csv')).toEqual({
      rows_read: 15,
      accepted: 15,
      rejected: 0,
      duplicate: 0,
      superseded: 0,
      out_of_scope: 0,
    });
    expect(counts('placements.csv')).toEqual({ rows_read: 9, accepted: 8, rejected: 0, duplicate: 0, superseded: 0, out_of_scope: 1 });
    expect(counts('vacancies.csv')).toEqual({ rows_read: 4, accepted: 4, rejected: 0, duplicate: 0, superseded: 0, out_of_scope: 0 });
    expect(byName['enrollments_update.csv'].encoding).toBe('utf-8-bom');
    expect(byName['enrollments_update.csv'].delimiter).toBe(';');
    expect(byName['enrollments.csv'].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports the rejected row with file, line, column, value and reason', () => {
    const report = readFileSync(built.report, 'utf8').trim().split('\n');
    expect(report[0]).toBe('dataset,file,line,column,value,reason');
    expect(report).toHaveLength(2);
    expect(report[1]).toMatch(/^enrollments,enrollments\.csv,23,start_date,31\/02\/2025,/);
  });

  it('publishes periods from the earliest event to the as-of date', () => {
    expect(built.meta.periods.first).toBe('2024-03-01');
    expect(built.meta.periods.years).toEqual(['2024', '2025']);
    expect(built.meta.periods.quarters[0]).toBe('2024-Q1');
    expect(built.meta.periods.months[0]).toBe('2024-03');
    expect(built.meta.periods.months.at(-1)).toBe('2025-12');
  });

  it('counts enrollments by start date, with primary and complementary suppression over quarters', () => {
    expect(value('enrolled,2025,*,*,*')).toBe('20,');
    expect(value('enrolled,2025-Q1,*,*,*')).toBe('13,');
    expect(value('enrolled,2025-Q2,*,*,*')).toBe('0,');
    expect(value('enrolled,2025-Q4,*,*,*')).toBe(',suppressed'); // 1: primary
    expect(value('enrolled,2025-Q3,*,*,*')).toBe(',suppressed'); // 6: complementary (year 20 − 13 − 0 would give Q4 away)
    expect(value('enrolled,2024,*,*,*')).toBe('0,');
    expect(value('enrolled,2025,7212,*,*')).toBe('13,');
    expect(value('enrolled,2025,8344,*,*')).toBe('7,');
    expect(value('enrolled,2025,other,*,*')).toBe('0,');
    expect(value('enrolled,2025,*,3672010,*')).toBe('7,');
    expect(value('enrolled,2025,*,3672011,*')).toBe('6,');
    expect(value('enrolled,2025,*,3672022,*')).toBe('7,'); // written "Gerogol"
  });

  it('suppresses a breakdown cell complementarily when one of its parts is small', () => {
    expect(value('enrolled,2025,*,*,P')).toBe(',suppressed'); // 2
    expect(value('enrolled,2025,*,*,L')).toBe(',suppressed'); // 18, else 20 − 18 gives P away
    expect(value('enrolled,2025,*,*,unknown')).toBe('0,');
  });

  it('counts completions by end date, the later export turning an ongoing enrollment into a completion', () => {
    expect(value('completed,2025,*,*,*')).toBe('19,');
    expect(value('completed,2025-Q1,*,*,*')).toBe('12,');
    expect(value('completed,2025-03,*,*,*')).toBe('12,');
    expect(value('completed,2025-Q4,*,*,*')).toBe(',suppressed');
    expect(value('completed,2025-Q3,*,*,*')).toBe(',suppressed');
  });

  it('computes placement_rate_180d on closed cohorts, matching on enrollment_id or on person_id', () => {
    // cohort 2025-Q1: 12 welders; placed within end + 180 days: E01–E06 by enrollment_id, E09 by person_id; E08 too late.
    expect(value('placement_rate_180d,2025-Q1,*,*,*')).toBe('0.583,');
    expect(value('placement_rate_180d,2025-Q1,7212,*,*')).toBe('0.583,');
    expect(value('placement_rate_180d,2025-03,*,*,*')).toBe('0.583,');
    expect(value('placement_rate_180d,2025-Q1,*,3672010,*')).toBe(',suppressed'); // cohort of 6 < 10
    expect(value('placement_rate_180d,2025-Q1,*,*,L')).toBe(',suppressed'); // its cohort count is suppressed
    expect(value('placement_rate_180d,2025-Q2,*,*,*')).toBe(',suppressed'); // empty cohort
  });

  it('leaves a cohort whose 180-day window is still open empty with flag window_open', () => {
    // 2025-Q3 ends 2025-09-30; + 180 days = 2026-03-29, after the as-of date.
    expect(value('placement_rate_180d,2025-Q3,*,*,*')).toBe(',window_open');
    expect(value('placement_rate_180d,2025-Q3,8344,*,*')).toBe(',window_open');
    expect(value('placement_rate_180d,2025,*,*,*')).toBe(',window_open');
    expect(value('placement_rate_180d,2025-Q4,*,*,*')).toBe(',window_open');
  });

  it('counts distinct certified people and the certified pool, an expired licence leaving the pool', () => {
    expect(value('certified,2025,*,*,*')).toBe('8,');
    expect(value('certified,2024,8344,*,*')).toBe('6,');
    expect(value('certified_pool,2024-Q4,8344,*,*')).toBe('6,');
    expect(value('certified_pool,2025-02,8344,*,*')).toBe('6,'); // valid until 2025-03-01
    expect(value('certified_pool,2025-03,8344,*,*')).toBe('0,');
    expect(value('certified_pool,2025-Q1,*,*,*')).toBe('0,');
    expect(value('certified_pool,2025-Q2,7212,*,*')).toBe('8,');
    // Certificates carry no kecamatan or sex: they come from the linked enrollment (C01–C06 Ciwandan, C07–C08 Citangkil, all L).
    expect(value('certified,2025,*,*,L')).toBe('8,');
    expect(value('certified,2025,*,unknown,*')).toBe('0,');
    expect(value('certified,2025,*,3672011,*')).toBe(',suppressed'); // 2
    expect(value('certified,2025,*,3672010,*')).toBe(',suppressed'); // 6, complementary
    // Forklift licences without an enrollment: kecamatan and sex unknown.
    expect(value('certified,2024,*,unknown,*')).toBe('6,');
  });

  it('counts placements in scope only, with complementary suppression over quarters', () => {
    expect(value('placed,2025,*,*,*')).toBe('8,');
    expect(value('placed,2025-Q4,*,*,*')).toBe(',suppressed');
    expect(value('placed,2025-Q2,*,*,*')).toBe(',suppressed');
  });

  it('sums positions and counts vacancies, classifying titles without a code', () => {
    expect(value('demand_positions,2025,*,*,*')).toBe('36,');
    expect(value('demand_positions,2025,7212,*,*')).toBe('32,');
    expect(value('demand_positions,2025,8344,*,*')).toBe('3,'); // public: never suppressed
    expect(value('demand_positions,2025,other,*,*')).toBe('1,'); // empty positions = 1
    expect(value('demand_positions,2025,*,unknown,*')).toBe('1,');
    expect(value('demand_vacancies,2025,*,*,*')).toBe('4,');
    expect(value('demand_vacancies,2025,*,*,L')).toBeUndefined(); // vacancies have no sex
  });

  it('publishes every cell of every metric and period, sorted in byte order', () => {
    const text = readFileSync(path.join(built.out, 'facts.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('metric,period,occupation,kecamatan,sex,value,flag');
    const rows = lines.slice(1);
    expect([...rows].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(rows);
    // 2 years + 8 quarters + 22 months = 32 periods; cells: 1 + 3 occupations + 9 kecamatan (+ 3 sexes if private).
    const periods = 32;
    // Public: demand_positions, demand_vacancies. Private: 4 counts, 3 placement routes, certified_pool, 4 placement rates.
    expect(rows).toHaveLength(periods * (2 * 13 + 12 * 16));
    expect(text.endsWith('\n')).toBe(true);
    expect(text.includes('\r')).toBe(false);
  });
});
