// The dense counting of metrics (cell-grid.ts, certified-pool.ts) against the definitions of §7 written
// out naively, on rows fast-check makes up: counts and sums by period and cell, distinct persons, and
// the certified pool (people holding a certificate valid on the last day of each period, some with
// several overlapping or disjoint certificates), including rows outside the published periods.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certifiedPool } from '../../../src/pipeline/certified-pool.ts';
import { cellLayout, countByPeriod, distinctByPeriod, PeriodIndex } from '../../../src/pipeline/cell-grid.ts';
import type { Dimensions } from '../../../src/pipeline/dimensions.ts';
import { monthIndexOfDay, periodIndex, publishedPeriods, type Period } from '../../../src/pipeline/periods.ts';
import { isoToDay } from '../../../src/pipeline/values/dates.ts';

const SEED = 20261202;
const dimensions: Dimensions = { occupationCodes: ['7212', '8344'], other: 2, unknownKecamatan: 8, unknownSex: 2 };
const layout = cellLayout(dimensions);
const FIRST = isoToDay('2023-02-15')!;
const AS_OF = isoToDay('2025-08-20')!;
const periods = publishedPeriods(FIRST, AS_OF);
const index = new PeriodIndex(periods);

interface Row {
  day: number;
  until: number;
  person: number;
  occupation: number;
  kecamatan: number;
  sex: number;
  weight: number;
  keep: boolean;
}

// Days from a year before the first event to after the as-of date, so some rows fall outside.
const rowArb = fc.record({
  day: fc.integer({ min: FIRST - 400, max: AS_OF + 60 }),
  length: fc.integer({ min: 0, max: 900 }),
  person: fc.integer({ min: 0, max: 12 }),
  occupation: fc.integer({ min: 0, max: 2 }),
  kecamatan: fc.integer({ min: 0, max: 8 }),
  sex: fc.integer({ min: 0, max: 2 }),
  weight: fc.integer({ min: 0, max: 50 }),
  keep: fc.boolean(),
});
const rowsArb = fc.array(rowArb, { maxLength: 60 }).map((rows): Row[] => rows.map(({ length, ...r }) => ({ ...r, until: r.day + length })));

function columns(rows: Row[]) {
  const of = (f: keyof Row) => Int32Array.from(rows, (r) => Number(r[f]));
  return {
    size: rows.length,
    keep: (i: number) => rows[i].keep,
    day: of('day'),
    assessed: of('day'),
    validUntil: of('until'),
    person: of('person'),
    occupation: of('occupation'),
    kecamatan: of('kecamatan'),
    sex: of('sex'),
  };
}

/** The cells (column numbers) a row counts in. */
const cellsOf = (r: Row) => [0, layout.occupation + r.occupation, layout.kecamatan + r.kecamatan, layout.sex + r.sex];
const inPeriod = (p: Period, day: number) => periodIndex(p.granularity, monthIndexOfDay(day)) === p.index;

function naive(rows: Row[], value: (p: Period, rowsIn: Row[]) => number): Float64Array {
  const grid = new Float64Array(periods.length * layout.columns);
  periods.forEach((p, row) => {
    for (let c = 0; c < layout.columns; c++)
      grid[row * layout.columns + c] = value(
        p,
        rows.filter((r) => r.keep && cellsOf(r).includes(c)),
      );
  });
  return grid;
}

describe('dense counting by period and cell', () => {
  it('counts and sums as the rows filtered by period and cell', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const cols = columns(rows);
        const counted = countByPeriod(cols, index, layout);
        const summed = countByPeriod(
          cols,
          index,
          layout,
          Int32Array.from(rows, (r) => r.weight),
        );
        expect([...counted]).toEqual([...naive(rows, (p, rs) => rs.filter((r) => inPeriod(p, r.day)).length)]);
        expect([...summed]).toEqual([
          ...naive(rows, (p, rs) => rs.filter((r) => inPeriod(p, r.day)).reduce((sum, r) => sum + r.weight, 0)),
        ]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('counts distinct persons by period and cell', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const distinct = distinctByPeriod(columns(rows), index, layout);
        expect([...distinct]).toEqual([...naive(rows, (p, rs) => new Set(rs.filter((r) => inPeriod(p, r.day)).map((r) => r.person)).size)]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('counts the certified pool: persons with a certificate valid on the last day of the period (as of)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const pool = certifiedPool(columns(rows), index, layout);
        const valid = (p: Period, r: Row) => r.day <= p.lastDayAsOf && p.lastDayAsOf <= r.until;
        expect([...pool]).toEqual([...naive(rows, (p, rs) => new Set(rs.filter((r) => valid(p, r)).map((r) => r.person)).size)]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('counts a person once in a cell of the pool whose certificates overlap, however they are ordered', () => {
    const day = (iso: string) => isoToDay(iso)!;
    const cert = (from: string, until: string, occupation: number): Row => ({
      day: day(from),
      until: day(until),
      person: 7,
      occupation,
      kecamatan: 0,
      sex: 1,
      weight: 1,
      keep: true,
    });
    // Two overlapping welding certificates (2023-03 … 2024-06 and 2023-09 … 2025-01) and a forklift one.
    const rows = [cert('2023-09-10', '2025-01-31', 0), cert('2023-03-01', '2024-06-30', 0), cert('2024-01-05', '2024-03-31', 1)];
    const pool = certifiedPool(columns(rows), index, layout);
    const at = (label: string, column: number) => pool[periods.findIndex((p) => p.label === label) * layout.columns + column];
    expect([
      at('2023-02', 0),
      at('2023-03', 0),
      at('2024', 0),
      at('2024-06', layout.occupation),
      at('2025-01', 0),
      at('2025-02', 0),
    ]).toEqual([0, 1, 1, 1, 1, 0]);
    expect([at('2024-01', layout.occupation + 1), at('2024-Q1', layout.occupation + 1), at('2024-04', layout.occupation + 1)]).toEqual([
      1, 1, 0,
    ]);
    expect(at('2024-Q1', layout.sex + 1)).toBe(1);
  });
});
