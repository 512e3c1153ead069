// The published metrics (§7, the METRIC_TABLE of contract.ts), by period and breakdown, from the
// compact columns of the final accepted rows. Counting and distinct counts are done by arquero on those columns.

import * as aq from 'arquero';
import { KECAMATAN_LIST, METRICS, PLACEMENT_WINDOW_DAYS, PRIVATE_METRICS, metricSpec, type MetricName } from './contract.ts';
import { SEX_CODES, type Dimensions } from './dimensions.ts';
import { RESULT } from './datasets/certifications.ts';
import { NO_END, STATUS } from './datasets/enrollments.ts';
import { PLACEMENT_TYPE } from './datasets/placements.ts';
import type { Ingested } from './ingest.ts';
import { GRANULARITIES, monthIndexOfDay, monthRange, periodIndex, type Granularity, type Period } from './periods.ts';
import type { PublishedFact } from './published.ts';

const { op } = aq;

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

type Breakdown = 'total' | 'occupation' | 'kecamatan' | 'sex';

/** Every published cell of a metric (§9): the total, each occupation and `other`, each kecamatan and `unknown`, each sex and `unknown` (private metrics). */
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

interface Rows {
  month: Int32Array;
  occupation: Int32Array;
  kecamatan: Int32Array;
  sex: Int32Array;
  /** For distinct counts. */
  person?: Int32Array;
  /** For sums (positions; placed within the window). */
  weight?: Int32Array;
}

type Measure = 'count' | 'sum' | 'distinct';
type Label = (breakdown: Breakdown, code: number) => CellLabels;

function labeller(dimensions: Dimensions): Label {
  const kecamatan = [...KECAMATAN_LIST.map((k) => k.bps), 'unknown'];
  const occupation = [...dimensions.occupationCodes, 'other'];
  return (breakdown, code) => {
    if (breakdown === 'occupation') return { occupation: occupation[code], kecamatan: '*', sex: '*' };
    if (breakdown === 'kecamatan') return { occupation: '*', kecamatan: kecamatan[code], sex: '*' };
    if (breakdown === 'sex') return { occupation: '*', kecamatan: '*', sex: SEX_CODES[code] };
    return { occupation: '*', kecamatan: '*', sex: '*' };
  };
}

const BREAKDOWNS: readonly Breakdown[] = ['total', 'occupation', 'kecamatan', 'sex'];

/**
 * Aggregates rows into `period,occupation,kecamatan,sex` → number, for every granularity and breakdown.
 * Counts and sums are additive: arquero groups the rows once into a month × occupation × kecamatan × sex
 * cube, which is then added up into periods and breakdowns. Distinct counts are not additive, so each
 * granularity and breakdown is grouped on its own.
 */
function aggregate(rows: Rows, measure: Measure, label: Label, periodLabels: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  if (rows.month.length === 0) return out;
  const columns: Record<string, Int32Array> = { month: rows.month, occupation: rows.occupation, kecamatan: rows.kecamatan, sex: rows.sex };
  if (rows.person) columns.person = rows.person;
  if (rows.weight) columns.weight = rows.weight;
  const table = aq.table(columns);
  const add = (granularity: Granularity, month: number, cell: CellLabels, n: number) => {
    const period = periodLabels.get(`${granularity}:${periodIndex(granularity, month)}`);
    if (period === undefined) return;
    const key = cellKey(period, cell);
    out.set(key, (out.get(key) ?? 0) + n);
  };

  if (measure !== 'distinct') {
    const cube = table.groupby('month', 'occupation', 'kecamatan', 'sex').rollup({ n: measure === 'sum' ? op.sum('weight') : op.count() });
    const [month, occupation, kecamatan, sex, n] = ['month', 'occupation', 'kecamatan', 'sex', 'n'].map(
      (c) => cube.array(c) as ArrayLike<number>,
    );
    for (let i = 0; i < n.length; i++) {
      const codes: Record<Breakdown, number> = { total: 0, occupation: occupation[i], kecamatan: kecamatan[i], sex: sex[i] };
      for (const granularity of GRANULARITIES) {
        for (const breakdown of BREAKDOWNS) add(granularity, month[i], label(breakdown, codes[breakdown]), Number(n[i]));
      }
    }
    return out;
  }

  for (const granularity of GRANULARITIES) {
    const periods = table.derive({ period: aq.escape((d: { month: number }) => periodIndex(granularity, d.month)) });
    for (const breakdown of BREAKDOWNS) {
      const result =
        breakdown === 'total'
          ? periods.groupby('period').rollup({ n: op.distinct('person') })
          : periods.groupby('period', breakdown).rollup({ n: op.distinct('person') });
      const period = result.array('period') as ArrayLike<number>;
      const codes = breakdown === 'total' ? null : (result.array(breakdown) as ArrayLike<number>);
      const n = result.array('n') as ArrayLike<number>;
      for (let i = 0; i < n.length; i++) {
        const firstMonth = monthRange(granularity, period[i]).first;
        add(granularity, firstMonth, label(breakdown, codes ? codes[i] : 0), Number(n[i]));
      }
    }
  }
  return out;
}

/** The rows for which `keep` holds, with their month index; later events than the as-of date are left out by `keep`. */
function select(n: number, keep: (i: number) => boolean, columns: Record<string, Int32Array>, monthOf: (i: number) => number): Rows {
  let count = 0;
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) if (keep(i)) index[count++] = i;
  const pick = (c: Int32Array) => {
    const picked = new Int32Array(count);
    for (let j = 0; j < count; j++) picked[j] = c[index[j]];
    return picked;
  };
  const month = new Int32Array(count);
  for (let j = 0; j < count; j++) month[j] = monthOf(index[j]);
  const rows: Rows = {
    month,
    occupation: pick(columns.occupation),
    kecamatan: pick(columns.kecamatan),
    sex: columns.sex ? pick(columns.sex) : new Int32Array(count),
  };
  if (columns.person) rows.person = pick(columns.person);
  if (columns.weight) rows.weight = pick(columns.weight);
  return rows;
}

/** The rows for which `keep` holds, column by column. */
function subset<K extends string>(n: number, keep: (i: number) => boolean, columns: Record<K, Int32Array>): Record<K, Int32Array> {
  let count = 0;
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) if (keep(i)) index[count++] = i;
  const pick = (c: Int32Array) => {
    const picked = new Int32Array(count);
    for (let j = 0; j < count; j++) picked[j] = c[index[j]];
    return picked;
  };
  return Object.fromEntries(Object.entries<Int32Array>(columns).map(([name, c]) => [name, pick(c)])) as Record<K, Int32Array>;
}

/** Day numbers → month index, cached per day (dates repeat a lot). */
function monthIndexer() {
  const cache = new Map<number, number>();
  return (day: number) => {
    let m = cache.get(day);
    if (m === undefined) cache.set(day, (m = monthIndexOfDay(day)));
    return m;
  };
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
  const byEnrollment = new Map<number, number[]>();
  const byPerson = new Map<number, number[]>();
  const pDay = p.columns.day.view();
  const pEnrollment = p.columns.enrollment.view();
  const pPerson = p.columns.person.view();
  for (let i = 0; i < p.size; i++) {
    const map = pEnrollment[i] >= 0 ? byEnrollment : byPerson;
    const key = pEnrollment[i] >= 0 ? pEnrollment[i] : pPerson[i];
    const days = map.get(key);
    if (days) days.push(pDay[i]);
    else map.set(key, [pDay[i]]);
  }
  const start = e.columns.start.view();
  const status = e.columns.status.view();
  const person = e.columns.person.view();
  const first = new Int32Array(e.size).fill(NEVER);
  for (let i = 0; i < e.size; i++) {
    if (status[i] !== STATUS.completed) continue;
    for (const days of [byEnrollment.get(i), byPerson.get(person[i])]) {
      for (const d of days ?? []) if (d >= start[i] && d < first[i]) first[i] = d;
    }
  }
  return first;
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
  const label = labeller(data.dimensions);
  const periodLabels = new Map(periods.map((p) => [`${p.granularity}:${p.index}`, p.label]));
  const monthOf = monthIndexer();
  const { enrollments: e, certifications: c, placements: pl, vacancies: v } = data.stores;
  const eCols = {
    occupation: e.columns.occupation.view(),
    kecamatan: e.columns.kecamatan.view(),
    sex: e.columns.sex.view(),
    person: e.columns.person.view(),
  };
  const start = e.columns.start.view();
  const end = e.columns.end.view();
  const status = e.columns.status.view();
  const completedRows = select(
    e.size,
    (i) => status[i] === STATUS.completed && end[i] !== NO_END && end[i] <= asOf,
    eCols,
    (i) => monthOf(end[i]),
  );
  const completed = aggregate(completedRows, 'count', label, periodLabels);
  const firstPlacement = firstPlacementDays(data);
  const placedWithin = (days: number) =>
    aggregate(
      select(
        e.size,
        (i) => status[i] === STATUS.completed && end[i] !== NO_END && end[i] <= asOf,
        { ...eCols, weight: placedWithinWindow(data, days, firstPlacement) },
        (i) => monthOf(end[i]),
      ),
      'sum',
      label,
      periodLabels,
    );

  const cCols = {
    occupation: c.columns.occupation.view(),
    kecamatan: c.columns.kecamatan.view(),
    sex: c.columns.sex.view(),
    person: c.columns.person.view(),
  };
  const assessed = c.columns.assessed.view();
  const validUntil = c.columns.validUntil.view();
  const result = c.columns.result.view();
  const certified = () =>
    aggregate(
      select(
        c.size,
        (i) => result[i] === RESULT.competent && assessed[i] <= asOf,
        cCols,
        (i) => monthOf(assessed[i]),
      ),
      'distinct',
      label,
      periodLabels,
    );
  const pool = () =>
    certifiedPool(
      subset(c.size, (i) => result[i] === RESULT.competent, { ...cCols, assessed, validUntil }),
      periods,
      label,
    );

  const pDay = pl.columns.day.view();
  const pType = pl.columns.type.view();
  const pCols = { occupation: pl.columns.occupation.view(), kecamatan: pl.columns.kecamatan.view(), sex: pl.columns.sex.view() };
  const placed = (type: number | null) =>
    aggregate(
      select(
        pl.size,
        (i) => pDay[i] <= asOf && (type === null || pType[i] === type),
        pCols,
        (i) => monthOf(pDay[i]),
      ),
      'count',
      label,
      periodLabels,
    );

  const vDay = v.columns.day.view();
  const vCols = { occupation: v.columns.occupation.view(), kecamatan: v.columns.kecamatan.view(), weight: v.columns.positions.view() };
  const vRows = select(
    v.size,
    (i) => vDay[i] <= asOf,
    vCols,
    (i) => monthOf(vDay[i]),
  );

  // How each count of the metric table is counted; a route or a rate horizon needs no entry here.
  const counters: Partial<Record<MetricName, () => Map<string, number>>> = {
    demand_positions: () => aggregate(vRows, 'sum', label, periodLabels),
    demand_vacancies: () => aggregate(vRows, 'count', label, periodLabels),
    enrolled: () =>
      aggregate(
        select(
          e.size,
          (i) => start[i] <= asOf,
          eCols,
          (i) => monthOf(start[i]),
        ),
        'count',
        label,
        periodLabels,
      ),
    completed: () => completed,
    certified,
    certified_pool: pool,
    placed: () => placed(null),
  };

  const facts: Fact[] = [];
  for (const metric of METRICS) {
    const spec = metricSpec(metric);
    const cells = publishedCells(metric, data.dimensions);
    if (spec.horizonDays !== undefined) {
      const days = spec.horizonDays;
      const numerators = placedWithin(days);
      for (const period of periods) {
        const windowOpen = period.lastDay + days > asOf;
        for (const cell of cells) {
          const key = cellKey(period.label, cell);
          const denominator = completed.get(key) ?? 0;
          const numerator = numerators.get(key) ?? 0;
          facts.push({
            metric,
            period: period.label,
            ...cell,
            numerator,
            denominator,
            value: windowOpen || denominator === 0 ? null : rateThousandths(numerator, denominator) / 1000,
            flag: windowOpen ? 'window_open' : '',
          });
        }
      }
      continue;
    }
    const count = spec.route !== undefined ? () => placed(PLACEMENT_TYPE[spec.route!]) : counters[metric];
    if (!count) throw new Error(`metrics.ts does not know how to count ${metric}`);
    const values = count();
    for (const period of periods) {
      for (const cell of cells) {
        facts.push({ metric, period: period.label, ...cell, value: values.get(cellKey(period.label, cell)) ?? 0, flag: '' });
      }
    }
  }
  return facts;
}

/**
 * `certified_pool`: distinct people holding, on the last day of P, a competent certificate with
 * assessment_date ≤ that day ≤ valid_until (§7). For each distinct last day, one pass over the
 * certificates sorted by person counts each person once per cell; a pass is linear, so a national
 * table of certificates over ~70 periods stays within seconds (arquero's filter-and-distinct per
 * period was ten times slower here).
 */
function certifiedPool(certs: PoolRows, periods: Period[], label: Label): Map<string, number> {
  const out = new Map<string, number>();
  const n = certs.person.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => certs.person[a] - certs.person[b]);
  // Cell keys by breakdown and code, so the inner loop allocates nothing.
  const keys = BREAKDOWNS.map((breakdown) => (code: number) => {
    const cell = label(breakdown, code);
    return `${cell.occupation},${cell.kecamatan},${cell.sex}`;
  });
  const keyCache = BREAKDOWNS.map(() => new Map<number, string>());
  const keyOf = (b: number, code: number) => {
    let key = keyCache[b].get(code);
    if (key === undefined) keyCache[b].set(code, (key = keys[b](code)));
    return key;
  };
  const byDay = new Map<number, Map<string, number>>();
  for (const period of periods) {
    const day = period.lastDayAsOf;
    let counts = byDay.get(day);
    if (!counts) {
      counts = new Map();
      const seen = new Set<string>();
      let person = -1;
      for (let j = 0; j < n; j++) {
        const i = order[j];
        if (certs.assessed[i] > day || day > certs.validUntil[i]) continue;
        if (certs.person[i] !== person) {
          person = certs.person[i];
          seen.clear();
        }
        const codes = [0, certs.occupation[i], certs.kecamatan[i], certs.sex[i]];
        for (let b = 0; b < BREAKDOWNS.length; b++) {
          const key = keyOf(b, codes[b]);
          if (seen.has(key)) continue;
          seen.add(key);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      byDay.set(day, counts);
    }
    for (const [cell, count] of counts) out.set(`${period.label},${cell}`, count);
  }
  return out;
}

interface PoolRows {
  person: Int32Array;
  assessed: Int32Array;
  validUntil: Int32Array;
  occupation: Int32Array;
  kecamatan: Int32Array;
  sex: Int32Array;
}
