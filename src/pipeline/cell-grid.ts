// The published numbers of one metric as a dense table: one row per published period (in the order of
// `periods`), one column per breakdown cell (the total, each occupation and `other`, each kecamatan and
// `unknown`, each sex). Rows are counted into it straight from the compact Int32Array columns: a day
// is looked up in a table of day → month → period row, and each breakdown is a fixed column offset,
// so the hot loops allocate nothing and build no key strings. At national scale (5.6M rows) this
// replaced arquero's groupby/rollup/distinct, which took several seconds and a large share of the
// build's memory, for a few megabytes of typed arrays.

import { KECAMATAN_LIST } from './contract.ts';
import { SEX_CODES, type Dimensions } from './dimensions.ts';
import { GRANULARITIES, monthRange, periodFirstDay, periodLastDay, type Period } from './periods.ts';

/** Where each breakdown's cells start among the columns, and how many columns a row has. */
export interface CellLayout {
  occupation: number;
  kecamatan: number;
  sex: number;
  columns: number;
}

/** Columns in the order of `publishedCells` (metrics.ts): total, occupations, kecamatans, sexes. */
export function cellLayout(dimensions: Dimensions): CellLayout {
  const occupations = dimensions.occupationCodes.length + 1;
  const kecamatans = KECAMATAN_LIST.length + 1;
  return {
    occupation: 1,
    kecamatan: 1 + occupations,
    sex: 1 + occupations + kecamatans,
    columns: 1 + occupations + kecamatans + SEX_CODES.length,
  };
}

/** No row: the day or month lies outside every published period of a granularity. */
const NONE = -1;

/**
 * Day number → published period row, per granularity. Built once for the periods; a day outside them
 * maps to NONE and its row is left out, as a period that is not published has no number.
 */
export class PeriodIndex {
  readonly periods: readonly Period[];
  /** First day of the first month any period covers. */
  private readonly firstDay: number;
  /** Month offset (from the first month) of each day from `firstDay` on. */
  private readonly monthOfDay: Int32Array;
  /** Per granularity, the period row of each month offset, or NONE. */
  readonly rowOfMonth: Int32Array[];

  constructor(periods: readonly Period[]) {
    this.periods = periods;
    let first = Infinity;
    let last = -Infinity;
    for (const p of periods) {
      const range = monthRange(p.granularity, p.index);
      first = Math.min(first, range.first);
      last = Math.max(last, range.last);
    }
    if (periods.length === 0) first = last = 0;
    const months = last - first + 1;
    this.rowOfMonth = GRANULARITIES.map(() => new Int32Array(months).fill(NONE));
    periods.forEach((p, row) => {
      const range = monthRange(p.granularity, p.index);
      for (let m = range.first; m <= range.last; m++) this.rowOfMonth[GRANULARITIES.indexOf(p.granularity)][m - first] = row;
    });
    this.firstDay = periodFirstDay('month', first);
    this.monthOfDay = new Int32Array(periodLastDay('month', last) - this.firstDay + 1);
    for (let m = first; m <= last; m++) {
      const from = periodFirstDay('month', m) - this.firstDay;
      const to = periodLastDay('month', m) - this.firstDay;
      this.monthOfDay.fill(m - first, from, to + 1);
    }
  }

  get months(): number {
    return this.rowOfMonth[0].length;
  }

  /** The month offset of a day, or NONE outside the periods' months. */
  month(day: number): number {
    const at = day - this.firstDay;
    return at >= 0 && at < this.monthOfDay.length ? this.monthOfDay[at] : NONE;
  }
}

/** Rows to count: which ones (`keep`), their day, and their codes. */
export interface CountedRows {
  size: number;
  keep(i: number): boolean;
  day: ArrayLike<number>;
  occupation: ArrayLike<number>;
  kecamatan: ArrayLike<number>;
  /** Absent for datasets without sex (vacancies): their sex cells are then left at 0. */
  sex?: ArrayLike<number>;
}

/**
 * Counts (or, with `weight`, sums) rows by period and cell. Counts are additive: rows go into months
 * first, then each month is added into its year, quarter and month rows.
 */
export function countByPeriod(rows: CountedRows, index: PeriodIndex, layout: CellLayout, weight?: ArrayLike<number>): Float64Array {
  const { columns } = layout;
  const byMonth = new Float64Array(index.months * columns);
  const { day, occupation, kecamatan, sex } = rows;
  for (let i = 0; i < rows.size; i++) {
    if (!rows.keep(i)) continue;
    const month = index.month(day[i]);
    if (month === NONE) continue;
    const w = weight ? weight[i] : 1;
    const at = month * columns;
    byMonth[at] += w;
    byMonth[at + layout.occupation + occupation[i]] += w;
    byMonth[at + layout.kecamatan + kecamatan[i]] += w;
    if (sex) byMonth[at + layout.sex + sex[i]] += w;
  }
  const grid = new Float64Array(index.periods.length * columns);
  for (let month = 0; month < index.months; month++) {
    for (const rowOf of index.rowOfMonth) {
      const row = rowOf[month];
      if (row === NONE) continue;
      for (let c = 0; c < columns; c++) grid[row * columns + c] += byMonth[month * columns + c];
    }
  }
  return grid;
}

/**
 * The slots of `keep`ing rows ordered by person, by a counting sort over the (dense) person codes:
 * linear, and nothing but typed arrays.
 */
export function orderByPerson(size: number, keep: (i: number) => boolean, person: ArrayLike<number>): Int32Array {
  let maxPerson = -1;
  let kept = 0;
  for (let i = 0; i < size; i++) {
    if (!keep(i)) continue;
    kept++;
    if (person[i] > maxPerson) maxPerson = person[i];
  }
  const start = new Int32Array(maxPerson + 2);
  for (let i = 0; i < size; i++) if (keep(i)) start[person[i] + 1]++;
  for (let p = 1; p < start.length; p++) start[p] += start[p - 1];
  const order = new Int32Array(kept);
  for (let i = 0; i < size; i++) if (keep(i)) order[start[person[i]]++] = i;
  return order;
}

/**
 * Distinct persons by period and cell (not additive: each granularity is counted on its own). Rows come
 * in person order, so a cell counts a person once when its last counted person is another one.
 */
export function distinctByPeriod(
  rows: CountedRows & { person: ArrayLike<number>; sex: ArrayLike<number> },
  index: PeriodIndex,
  layout: CellLayout,
): Float64Array {
  const { columns } = layout;
  const grid = new Float64Array(index.periods.length * columns);
  const lastPerson = new Int32Array(grid.length).fill(NONE);
  const { day, person, occupation, kecamatan, sex } = rows;
  const count = (cell: number, p: number) => {
    if (lastPerson[cell] === p) return;
    lastPerson[cell] = p;
    grid[cell]++;
  };
  for (const i of orderByPerson(rows.size, rows.keep, person)) {
    const month = index.month(day[i]);
    if (month === NONE) continue;
    const p = person[i];
    for (const rowOf of index.rowOfMonth) {
      const row = rowOf[month];
      if (row === NONE) continue;
      const at = row * columns;
      count(at, p);
      count(at + layout.occupation + occupation[i], p);
      count(at + layout.kecamatan + kecamatan[i], p);
      count(at + layout.sex + sex[i], p);
    }
  }
  return grid;
}
