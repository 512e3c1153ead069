// The published metrics (§7, the METRIC_TABLE of contract.ts), by period and breakdown, from the
// compact columns of the final accepted rows, counted into dense tables of periods × cells (cell-grid.ts).

import { certifiedPool } from './certified-pool.ts';
import { cellLayout, countByPeriod, distinctByPeriod, PeriodIndex } from './cell-grid.ts';
import { KECAMATAN_LIST, METRICS, PLACEMENT_WINDOW_DAYS, PRIVATE_METRICS, metricSpec, type MetricName } from './contract.ts';
import { SEX_CODES, type Dimensions } from './dimensions.ts';
import { RESULT } from './datasets/certifications.ts';
import { NO_END, STATUS } from './datasets/enrollments.ts';
import { NOT_LINKED, PLACEMENT_TYPE } from './datasets/placements.ts';
import type { Ingested } from './ingest.ts';
import type { Period } from './periods.ts';
import type { PublishedFact } from './published.ts';

/** One published number before formatting: a row of facts.csv, with what suppression needs to know of a rate. */
export interface Fact extends PublishedFact {
  /** Rates only: the cohort and how many of it were placed. */
  numerator?: number;
  denominator?: number;
}

/** A cell of a breakdown: the dimension labels as published (its value and flag are a Fact's). */
export interface CellLabels {
  occupation: string;
  kecamatan: string;
  sex: string;
}

/** Every published cell of a metric (§9): the total, each occupation and `other`, each kecamatan and `unknown`, each sex and `unknown` (private metrics); in the column order of cellLayout (cell-grid.ts). */
export function publishedCells(metric: MetricName, dimensions: Dimensions): CellLabels[] {
  const cells: CellLabels[] = [{ occupation: '*', kecamatan: '*', sex: '*' }];
  for (const code of [...dimensions.occupationCodes, 'other']) cells.push({ occupation: code, kecamatan: '*', sex: '*' });
  for (const code of [...KECAMATAN_LIST.map((k) => k.bps), 'unknown']) cells.push({ occupation: '*', kecamatan: code, sex: '*' });
  if (PRIVATE_METRICS.has(metric)) for (const sex of SEX_CODES) cells.push({ occupation: '*', kecamatan: '*', sex });
  return cells;
}

export function cellKey(period: string, cell: CellLabels): string {
  return `${period},${cell.occupation},${cell.kecamatan},${cell.sex}`;
}

/** No placement in the window: later than any day. */
const NEVER = 0x7fffffff;

/**
 * For each `completed` enrollment, the earliest day of a placement matched to it (on enrollment_id, or on
 * person_id for placements without one) dated on or after its start_date; NEVER when there is none.
 * It is placed within D days exactly when that day ≤ end_date + D (§7), so one pass serves every horizon.
 */
export function firstPlacementDays(data: Ingested): Int32Array {
  const e = data.stores.enrollments;
  const p = data.stores.placements;
  const pDay = p.columns.day.view();
  const pEnrollment = p.columns.enrollment.view();
  const pPerson = p.columns.person.view();
  const linked = (i: number) => pEnrollment[i] !== NOT_LINKED;
  const byEnrollment = groupDays(p.size, linked, pEnrollment, pDay);
  const byPerson = groupDays(p.size, (i) => !linked(i), pPerson, pDay);
  const start = e.columns.start.view();
  const status = e.columns.status.view();
  const person = e.columns.person.view();
  const first = new Int32Array(e.size).fill(NEVER);
  const earliest = (groups: DayGroups, key: number, i: number) => {
    if (key >= groups.start.length - 1) return;
    for (let k = groups.start[key]; k < groups.start[key + 1]; k++) {
      const d = groups.days[k];
      if (d >= start[i] && d < first[i]) first[i] = d;
    }
  };
  for (let i = 0; i < e.size; i++) {
    if (status[i] !== STATUS.completed) continue;
    earliest(byEnrollment, i, i);
    earliest(byPerson, person[i], i);
  }
  return first;
}

/** Days grouped by a non-negative integer key: the days of key k are days[start[k] … start[k + 1]). */
interface DayGroups {
  start: Int32Array;
  days: Int32Array;
}

function groupDays(size: number, keep: (i: number) => boolean, key: Int32Array, day: Int32Array): DayGroups {
  let maxKey = -1;
  for (let i = 0; i < size; i++) if (keep(i) && key[i] > maxKey) maxKey = key[i];
  const start = new Int32Array(maxKey + 2);
  for (let i = 0; i < size; i++) if (keep(i)) start[key[i] + 1]++;
  for (let k = 1; k < start.length; k++) start[k] += start[k - 1];
  const days = new Int32Array(start[start.length - 1]);
  const next = start.slice(0, -1);
  for (let i = 0; i < size; i++) if (keep(i)) days[next[key[i]]++] = day[i];
  return { start, days };
}

/** Enrollments `completed` with a placement from start_date to end_date + `days` (§7), as 0/1 per enrollment slot. */
export function placedWithinWindow(
  data: Ingested,
  days: number = PLACEMENT_WINDOW_DAYS,
  first: Int32Array = firstPlacementDays(data),
): Int32Array {
  const end = data.stores.enrollments.columns.end.view();
  return first.map((day, i) => (day !== NEVER && day <= end[i] + days ? 1 : 0));
}

/** Rounds 1000 × numerator / denominator half up, in integers (§7). */
export function rateThousandths(numerator: number, denominator: number): number {
  return Math.floor((2000 * numerator + denominator) / (2 * denominator));
}

export interface MetricInput {
  data: Ingested;
  periods: Period[];
  asOf: number;
}

/** Every fact of every metric, before suppression, in no particular order. */
export function computeFacts({ data, periods, asOf }: MetricInput): Fact[] {
  const index = new PeriodIndex(periods);
  const layout = cellLayout(data.dimensions);
  const { enrollments: e, certifications: c, placements: pl, vacancies: v } = data.stores;

  const start = e.columns.start.view();
  const end = e.columns.end.view();
  const status = e.columns.status.view();
  const eCodes = { occupation: e.columns.occupation.view(), kecamatan: e.columns.kecamatan.view(), sex: e.columns.sex.view() };
  const ended = {
    ...eCodes,
    size: e.size,
    day: end,
    keep: (i: number) => status[i] === STATUS.completed && end[i] !== NO_END && end[i] <= asOf,
  };
  const completed = countByPeriod(ended, index, layout);
  const firstPlacement = firstPlacementDays(data);
  const placedWithin = (days: number) => countByPeriod(ended, index, layout, placedWithinWindow(data, days, firstPlacement));

  const assessed = c.columns.assessed.view();
  const result = c.columns.result.view();
  const competent = (i: number) => result[i] === RESULT.competent;
  const certificates = {
    size: c.size,
    person: c.columns.person.view(),
    occupation: c.columns.occupation.view(),
    kecamatan: c.columns.kecamatan.view(),
    sex: c.columns.sex.view(),
  };

  const pDay = pl.columns.day.view();
  const pType = pl.columns.type.view();
  const placed = (type: number | null) =>
    countByPeriod(
      {
        size: pl.size,
        day: pDay,
        occupation: pl.columns.occupation.view(),
        kecamatan: pl.columns.kecamatan.view(),
        sex: pl.columns.sex.view(),
        keep: (i) => pDay[i] <= asOf && (type === null || pType[i] === type),
      },
      index,
      layout,
    );

  const vDay = v.columns.day.view();
  const posted = {
    size: v.size,
    day: vDay,
    occupation: v.columns.occupation.view(),
    kecamatan: v.columns.kecamatan.view(),
    keep: (i: number) => vDay[i] <= asOf,
  };

  // How each count of the metric table is counted; a route or a rate horizon needs no entry here.
  const counters: Partial<Record<MetricName, () => Float64Array>> = {
    demand_positions: () => countByPeriod(posted, index, layout, v.columns.positions.view()),
    demand_vacancies: () => countByPeriod(posted, index, layout),
    enrolled: () => countByPeriod({ ...eCodes, size: e.size, day: start, keep: (i) => start[i] <= asOf }, index, layout),
    completed: () => completed,
    certified: () => distinctByPeriod({ ...certificates, day: assessed, keep: (i) => competent(i) && assessed[i] <= asOf }, index, layout),
    certified_pool: () =>
      certifiedPool({ ...certificates, keep: competent, assessed, validUntil: c.columns.validUntil.view() }, index, layout),
    placed: () => placed(null),
  };

  const facts: Fact[] = [];
  const { columns } = layout;
  for (const metric of METRICS) {
    const spec = metricSpec(metric);
    // The published cells are the first columns of the layout, in its order.
    const cells = publishedCells(metric, data.dimensions);
    if (spec.horizonDays !== undefined) {
      const days = spec.horizonDays;
      const numerators = placedWithin(days);
      periods.forEach((period, row) => {
        const windowOpen = period.lastDay + days > asOf;
        cells.forEach((cell, column) => {
          const denominator = completed[row * columns + column];
          const numerator = numerators[row * columns + column];
          facts.push({
            metric,
            period: period.label,
            ...cell,
            numerator,
            denominator,
            value: windowOpen || denominator === 0 ? null : rateThousandths(numerator, denominator) / 1000,
            flag: windowOpen ? 'window_open' : '',
          });
        });
      });
      continue;
    }
    const count = spec.route !== undefined ? () => placed(PLACEMENT_TYPE[spec.route!]) : counters[metric];
    if (!count) throw new Error(`metrics.ts does not know how to count ${metric}`);
    const values = count();
    periods.forEach((period, row) => {
      cells.forEach((cell, column) => {
        facts.push({ metric, period: period.label, ...cell, value: values[row * columns + column], flag: '' });
      });
    });
  }
  return facts;
}
