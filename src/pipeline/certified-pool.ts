// `certified_pool` (§7): distinct people holding, on the last day of P, a competent certificate with
// assessment_date ≤ that day ≤ valid_until. The distinct "last days" of the periods are few (about one
// per month), and a certificate is valid on a contiguous run of them. Certificates are ordered by
// person, then by the first of those days; within a person and a cell, each new run adds only the days
// past those already counted, into a difference array per cell. Linear in the certificates (a pass
// per day over Sets of cell strings took 12 s at national scale).

import type { CellLayout, PeriodIndex } from './cell-grid.ts';

export interface PoolRows {
  size: number;
  /** Competent certificates only. */
  keep(i: number): boolean;
  person: ArrayLike<number>;
  assessed: ArrayLike<number>;
  validUntil: ArrayLike<number>;
  occupation: ArrayLike<number>;
  kecamatan: ArrayLike<number>;
  sex: ArrayLike<number>;
}

/** The first index of a sorted array whose value is ≥ `x` (its length when none is). */
function lowerBound(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function certifiedPool(certs: PoolRows, index: PeriodIndex, layout: CellLayout): Float64Array {
  const { columns } = layout;
  const days = Int32Array.from(new Set(index.periods.map((p) => p.lastDayAsOf))).sort();
  const D = days.length;
  // The run of days each certificate is valid on: [from, to], empty when from > to.
  const from = new Int32Array(certs.size);
  const to = new Int32Array(certs.size);
  let maxPerson = -1;
  let kept = 0;
  for (let i = 0; i < certs.size; i++) {
    if (!certs.keep(i)) continue;
    from[i] = lowerBound(days, certs.assessed[i]);
    to[i] = lowerBound(days, certs.validUntil[i] + 1) - 1;
    if (from[i] > to[i]) continue;
    kept++;
    if (certs.person[i] > maxPerson) maxPerson = certs.person[i];
  }
  const valid = (i: number) => certs.keep(i) && from[i] <= to[i];

  // Two stable counting sorts: by first day, then by person.
  const byDay = new Int32Array(kept);
  const dayStart = new Int32Array(D + 1);
  for (let i = 0; i < certs.size; i++) if (valid(i)) dayStart[from[i] + 1]++;
  for (let d = 1; d <= D; d++) dayStart[d] += dayStart[d - 1];
  for (let i = 0; i < certs.size; i++) if (valid(i)) byDay[dayStart[from[i]]++] = i;
  const personStart = new Int32Array(maxPerson + 2);
  for (const i of byDay) personStart[certs.person[i] + 1]++;
  for (let p = 1; p < personStart.length; p++) personStart[p] += personStart[p - 1];
  const order = new Int32Array(kept);
  for (const i of byDay) order[personStart[certs.person[i]]++] = i;

  const diff = new Int32Array(columns * (D + 1));
  const lastPerson = new Int32Array(columns).fill(-1);
  const countedTo = new Int32Array(columns);
  const cover = (column: number, person: number, first: number, last: number) => {
    if (lastPerson[column] !== person) {
      lastPerson[column] = person;
      countedTo[column] = -1;
    }
    const begin = Math.max(first, countedTo[column] + 1);
    if (begin > last) return;
    diff[column * (D + 1) + begin]++;
    diff[column * (D + 1) + last + 1]--;
    countedTo[column] = last;
  };
  for (const i of order) {
    const p = certs.person[i];
    cover(0, p, from[i], to[i]);
    cover(layout.occupation + certs.occupation[i], p, from[i], to[i]);
    cover(layout.kecamatan + certs.kecamatan[i], p, from[i], to[i]);
    cover(layout.sex + certs.sex[i], p, from[i], to[i]);
  }

  const onDay = new Int32Array(columns * D);
  for (let c = 0; c < columns; c++) {
    let running = 0;
    for (let d = 0; d < D; d++) {
      running += diff[c * (D + 1) + d];
      onDay[d * columns + c] = running;
    }
  }
  const grid = new Float64Array(index.periods.length * columns);
  index.periods.forEach((period, row) => {
    const d = lowerBound(days, period.lastDayAsOf);
    for (let c = 0; c < columns; c++) grid[row * columns + c] = onDay[d * columns + c];
  });
  return grid;
}
