// The change list as people read it, in one language: metric and period names, the breakdown named
// (occupation, kecamatan, sex), old and new values formatted — "disembunyikan / suppressed" for a
// suppressed cell, never a number. The rows themselves come from src/releases/revisions.ts.
import { METRICS, metricSpec, type MetricName } from '../pipeline/contract.ts';
import { factKey } from '../pipeline/published.ts';
import type { MetricSummary, Published, Revision } from '../releases/revisions.ts';
import type { Reference } from './facts.ts';
import type { Formatter } from './format.ts';
import type { Strings } from './i18n/index.ts';
import { everydayName } from './occupation-names.ts';

export interface ChangeRow {
  metric: string;
  period: string;
  breakdown: string;
  before: string;
  after: string;
  change: string;
  periodWasOpen: boolean;
  /** facts.csv key, for tests and anchors: `metric,period,occupation,kecamatan,sex`. */
  key: string;
}

export interface Labels {
  s: Strings;
  fmt: Formatter;
  reference: Reference;
}

const isRate = (metric: string) => (METRICS as readonly string[]).includes(metric) && metricSpec(metric as MetricName).kind === 'rate';

export function metricLabel(l: Labels, metric: string): string {
  return (METRICS as readonly string[]).includes(metric) ? metricSpec(metric as MetricName).description[l.fmt.lang][0] : metric;
}

export function breakdownLabel(l: Labels, r: Pick<Revision, 'occupation' | 'kecamatan' | 'sex'>): string {
  const c = l.s.changes;
  if (r.occupation !== '*') {
    if (r.occupation === 'other') return l.s.labels.other;
    const o = l.reference.occupations.find((x) => x.code === r.occupation);
    return o ? everydayName(o, l.fmt.lang) : r.occupation;
  }
  if (r.kecamatan !== '*') {
    if (r.kecamatan === 'unknown') return c.kecamatanUnknown;
    return l.reference.kecamatan.find((k) => k.bps === r.kecamatan)?.name ?? r.kecamatan;
  }
  if (r.sex !== '*') return c.sex[r.sex] ?? r.sex;
  return c.all;
}

function valueText(l: Labels, metric: string, v: Published): string {
  if (v.flag === 'suppressed') return l.s.changes.suppressed;
  if (v.flag === 'window_open' || v.value === null) return l.s.changes.windowOpen;
  return isRate(metric) ? l.fmt.percent(v.value) : l.fmt.count(v.value);
}

function changeText(l: Labels, r: Pick<Revision, 'metric' | 'change'>): string {
  if (r.change === null) return '';
  const sign = r.change > 0 ? '+' : r.change < 0 ? '−' : '';
  const size = Math.abs(r.change);
  return isRate(r.metric) ? `${sign}${l.s.changes.ratePoints(l.fmt.decimal(size * 100, 1))}` : `${sign}${l.fmt.count(size)}`;
}

export function changeRow(l: Labels, r: Revision): ChangeRow {
  return {
    metric: metricLabel(l, r.metric),
    period: l.fmt.period(r.period),
    breakdown: breakdownLabel(l, r),
    before: valueText(l, r.metric, r.before),
    after: valueText(l, r.metric, r.after),
    change: changeText(l, r),
    periodWasOpen: r.periodWasOpen,
    key: factKey(r),
  };
}

/** "triwulan II 2026, Pekerja Pengelasan: 122 → 123 (+1)" for the summary of a metric. */
export function largestText(l: Labels, s: MetricSummary): string {
  if (!s.largest) return '–';
  const row = changeRow(l, s.largest);
  return `${row.period}, ${row.breakdown}: ${row.before} → ${row.after} (${row.change})`;
}
