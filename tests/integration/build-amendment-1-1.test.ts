// Amendment 1.1 of the data contract, on the fixture tests/fixtures/build/routes (as of 2025-12-31,
// everyone male, no kecamatan given). Its cohorts, all `completed`, matched to placements on enrollment_id:
//   A  20 welders (LAS-SMAW)  ended 2024-03-28: 8 employed 2024-04-10 (day 13), 4 migrant 2024-06-01 (day 65),
//                                                2 self-employed 2024-08-15 (day 140), 1 employed 2025-01-15 (day 293)
//   B  12 forklift (FORKLIFT) ended 2024-09-27: 6 employed and 1 migrant 2024-11-15 (day 49)
//   E  10 welders             ended 2025-03-27: 3 employed 2025-04-10
//   G  14 forklift            ended 2025-03-27: 8 employed 2025-04-10
//   D   6 baristas (BARISTA, occupation 5132, not in occupations.csv) ended 2025-06-20: none placed
//   C  10 welders             ended 2025-10-24: 5 employed 2025-11-10 (day 17)
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, build, type Built } from './helpers.ts';

let built: Built;
const value = (key: string) => built.facts.get(key);

beforeAll(async () => {
  built = await build(path.join(FIXTURES, 'routes'), { asOf: '2025-12-31' });
});

describe('amendment 1.1 on the routes fixture', () => {
  it('builds, with the barista course (5132, not in occupations.csv) counted as `other`', () => {
    expect(built.result.exitCode, built.result.summary.join('\n')).toBe(0);
    expect(value('enrolled,2025,other,*,*')).toBe('6,');
    expect(value('completed,2025-Q2,other,*,*')).toBe('6,');
    expect(value('enrolled,2025,7212,*,*')).toBe('20,');
    expect(value('enrolled,2025,8344,*,*')).toBe('14,');
  });

  it('publishes the three routes, which add up to `placed`', () => {
    expect(value('placed,2025,*,*,*')).toBe('17,');
    expect(value('placed_employed,2025,*,*,*')).toBe('17,');
    expect(value('placed_migrant,2025,*,*,*')).toBe('0,');
    expect(value('placed_self_employed,2025,*,*,*')).toBe('0,');
    expect(value('placed,2024,*,*,*')).toBe('21,');
    expect(value('placed_employed,2024,*,*,*')).toBe('14,');
  });

  it('closes a route group (c): with 2 self-employed suppressed, the 5 migrants of 2024 are suppressed too', () => {
    expect(value('placed_self_employed,2024,*,*,*')).toBe(',suppressed');
    expect(value('placed_migrant,2024,*,*,*')).toBe(',suppressed');
    // otherwise 21 − 14 − 5 = 2: the group's other parts and its total stay published
    expect(value('placed,2024,*,*,*')).toBe('21,');
    expect(value('placed_employed,2024,*,*,*')).toBe('14,');
  });

  it('counts a placement between day 31 and day 90 at 90 days and not at 30 (forklift, 2024-09)', () => {
    expect(value('completed,2024-09,8344,*,*')).toBe('12,');
    expect(value('placement_rate_30d,2024-09,8344,*,*')).toBe('0.000,');
    expect(value('placement_rate_90d,2024-09,8344,*,*')).toBe('0.583,');
    expect(value('placement_rate_180d,2024-09,8344,*,*')).toBe('0.583,');
    expect(value('placement_rate_365d,2024-09,8344,*,*')).toBe('0.583,');
  });

  it('computes a cohort followed 30 days but not 90 at 30 days, and marks 90, 180 and 365 days `window_open` (2025-10)', () => {
    expect(value('placement_rate_30d,2025-10,7212,*,*')).toBe('0.500,');
    expect(value('placement_rate_90d,2025-10,7212,*,*')).toBe(',window_open');
    expect(value('placement_rate_180d,2025-10,7212,*,*')).toBe(',window_open');
    expect(value('placement_rate_365d,2025-10,7212,*,*')).toBe(',window_open');
    // the year's last day + 30 days is after the as-of date
    expect(value('placement_rate_30d,2025,*,*,*')).toBe(',window_open');
    expect(value('placement_rate_365d,2025-03,*,*,*')).toBe(',window_open');
  });
});

describe('amendment 1.1: suppression of the placement rates', () => {
  it('suppresses a horizon whose numerator differs by 1 to 4 from a published one decided before it (cohort A, 2024-03)', () => {
    // numerators 8 (30 days), 12 (90), 14 (180), 15 (365) of 20; decided 180, 90, 30, 365:
    // 90 differs from 180 by 2, 30 from 180 by 6, 365 from 180 by 1
    expect(value('placement_rate_180d,2024-03,*,*,*')).toBe('0.700,');
    expect(value('placement_rate_90d,2024-03,*,*,*')).toBe(',suppressed');
    expect(value('placement_rate_30d,2024-03,*,*,*')).toBe('0.400,');
    expect(value('placement_rate_365d,2024-03,*,*,*')).toBe(',suppressed');
  });

  it("puts rates in complementary groups: the forklift rate of 2025-03 hides the welders' 3 of 10 (cohorts E and G)", () => {
    expect(value('completed,2025-03,7212,*,*')).toBe('10,');
    expect(value('completed,2025-03,8344,*,*')).toBe('14,');
    expect(value('placement_rate_180d,2025-03,7212,*,*')).toBe(',suppressed');
    // 8 of 14 is safe on its own; published next to the total (11 of 24) it would give the welders' 3 away
    expect(value('placement_rate_180d,2025-03,8344,*,*')).toBe(',suppressed');
    expect(value('placement_rate_180d,2025-03,*,*,*')).toBe('0.458,');
    // the baristas' cohort is in 2025-06, the other occupations' 2025-03 cohort is published as 0: left out of the group
    expect(value('completed,2025-03,other,*,*')).toBe('0,');
    expect(value('placement_rate_90d,2025-03,8344,*,*')).toBe(',suppressed');
    expect(value('placement_rate_30d,2025-03,8344,*,*')).toBe(',suppressed');
  });
});
