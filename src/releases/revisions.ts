// What changed between two releases, for /perubahan/: every cell published in both whose value or
// flag differs (a revision), largest moves first, and what is new. Pure: published facts in, rows out;
// a suppressed cell is a flag here, never a number.

import { metricSpec, type MetricName } from '../pipeline/contract.ts';
import { periodEndIso } from '../pipeline/periods.ts';
import { compareAscii, factKey, type Flag, type PublishedFact } from '../pipeline/published.ts';

export interface Published {
  value: number | null;
  flag: Flag;
}

export interface Revision {
  metric: MetricName;
  period: string;
  occupation: string;
  kecamatan: string;
  sex: string;
  before: Published;
  after: Published;
  /** after − before when both are numbers (rates as a share, 0.05 = 5 points); null when a flag changed. */
  change: number | null;
  /** The period had not ended on the older release's as-of date: part of the change is events that came later. */
  periodWasOpen: boolean;
}

export interface ReleaseChanges {
  older: string;
  newer: string;
  /** Numeric revisions by size of the move (rates in percentage points), then flag changes; ties in facts.csv order. */
  revisions: Revision[];
  /** Periods the newer release publishes for the first time. */
  newPeriods: string[];
  /** Cells the older release published that the newer one does not. */
  dropped: number;
}

export interface ReleaseFacts {
  asOf: string;
  facts: readonly PublishedFact[];
}

/** How far a revision moved, comparable across metrics: counts in people or positions, rates in percentage points. */
export function moveSize(r: Pick<Revision, 'metric' | 'change'>): number {
  if (r.change === null) return 0;
  return Math.abs(metricSpec(r.metric).kind === 'rate' ? r.change * 100 : r.change);
}

export function releaseChanges(older: ReleaseFacts, newer: ReleaseFacts): ReleaseChanges {
  const before = new Map(older.facts.map((f) => [factKey(f), f]));
  const olderPeriods = new Set(older.facts.map((f) => f.period));
  const revisions: Revision[] = [];
  const newPeriods = new Set<string>();
  let matched = 0;
  for (const f of newer.facts) {
    if (!olderPeriods.has(f.period)) {
      newPeriods.add(f.period);
      continue;
    }
    const b = before.get(factKey(f));
    if (!b) continue;
    matched++;
    if (b.value === f.value && b.flag === f.flag) continue;
    revisions.push({
      metric: f.metric,
      period: f.period,
      occupation: f.occupation,
      kecamatan: f.kecamatan,
      sex: f.sex,
      before: { value: b.value, flag: b.flag },
      after: { value: f.value, flag: f.flag },
      change: b.value !== null && f.value !== null ? round(f.value - b.value) : null,
      periodWasOpen: periodEndIso(f.period) > older.asOf,
    });
  }
  revisions.sort(
    (a, b) => Number(a.change === null) - Number(b.change === null) || moveSize(b) - moveSize(a) || compareAscii(factKey(a), factKey(b)),
  );
  return { older: older.asOf, newer: newer.asOf, revisions, newPeriods: [...newPeriods].sort(), dropped: before.size - matched };
}

/** Differences of rates published with 3 decimals, without binary noise (0.417 − 0.4 = 0.017). */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export interface MetricSummary {
  metric: MetricName;
  /** Revisions of periods that had already ended on the older release's as-of date. */
  revised: number;
  /** The largest numeric one of those, if any. */
  largest?: Revision;
  /** Changes in periods that had not ended then (new events are part of them). */
  stillOpen: number;
}

/**
 * Per metric with changes, largest revision first: how many cells of ended periods were revised and
 * the largest of them, and how many cells of periods then still open changed.
 */
export function changeSummary(changes: ReleaseChanges): MetricSummary[] {
  const byMetric = new Map<MetricName, MetricSummary>();
  for (const r of changes.revisions) {
    let s = byMetric.get(r.metric);
    if (!s) byMetric.set(r.metric, (s = { metric: r.metric, revised: 0, stillOpen: 0 }));
    if (r.periodWasOpen) {
      s.stillOpen++;
      continue;
    }
    s.revised++;
    if (r.change !== null && s.largest === undefined) s.largest = r; // revisions are sorted: the first is the largest
  }
  const size = (s: MetricSummary) => (s.largest ? moveSize(s.largest) : -1);
  return [...byMetric.values()].sort((a, b) => size(b) - size(a) || b.revised - a.revised || compareAscii(a.metric, b.metric));
}
