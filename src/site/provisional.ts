// Which periods are provisional (sementara): the one that contains the as-of date, and any that ends
// after the latest event of a source it is counted from (the source has not reported the whole
// period yet: trainees of July and August 2026 read 0 in the 2026-08-31 release, then 107 and 124).
import type { DatasetName } from '../pipeline/contract.ts';
import { DATASETS } from '../pipeline/contract.ts';
import { isProvisionalPeriod } from '../pipeline/periods.ts';
import type { Meta } from './facts.ts';

export function isProvisional(period: string, meta: Pick<Meta, 'as_of' | 'datasets'>, sources: readonly DatasetName[] = DATASETS): boolean {
  const latestEvents = sources.flatMap((d) => {
    const summary = meta.datasets[d];
    return summary?.present === true && summary.latest_event !== undefined ? [summary.latest_event] : [];
  });
  return isProvisionalPeriod(period, meta.as_of, latestEvents);
}
