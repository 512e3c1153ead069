// Which periods are provisional (sementara): the one that contains the as-of date, and any that ends
// after the latest event of a source it is counted from (the source has not reported the whole
// period yet: trainees of July and August 2026 read 0 in the 2026-08-31 release, then 107 and 124).
import type { DatasetName } from '../pipeline/contract.ts';
import { DATASETS } from '../pipeline/contract.ts';
import type { Meta } from './facts.ts';

/** First and last calendar day of a year, quarter or month key, as YYYY-MM-DD. */
export function periodBounds(period: string): [string, string] {
  const year = Number(period.slice(0, 4));
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  const m = /^\d{4}-(\d{2})$/.exec(period);
  const [first, last] = q ? [Number(q[1]) * 3 - 2, Number(q[1]) * 3] : m ? [Number(m[1]), Number(m[1])] : [1, 12];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return [iso(new Date(Date.UTC(year, first - 1, 1))), iso(new Date(Date.UTC(year, last, 0)))];
}

export function isProvisional(period: string, meta: Pick<Meta, 'as_of' | 'datasets'>, sources: readonly DatasetName[] = DATASETS): boolean {
  const [start, end] = periodBounds(period);
  if (start <= meta.as_of && meta.as_of <= end) return true;
  return sources.some((d) => {
    const summary = meta.datasets[d];
    return summary?.present === true && summary.latest_event !== undefined && summary.latest_event < end;
  });
}
