// Every release against the one before it, newest first, and each comparison's revisions grouped by
// metric (issue 8, item 12): /perubahan/ shows one collapsed group per release and metric instead of
// one flat list of hundreds of rows. Pure: releases in, groups out.
import type { MetricName } from '../pipeline/contract.ts';
import { changeSummary, releaseChanges, type MetricSummary, type ReleaseChanges, type ReleaseFacts, type Revision } from './revisions.ts';

/**
 * Each release compared with the one before it, the newest comparison first; releases come oldest
 * first. `compare` is releaseChanges, or one that may take a stored comparison instead.
 */
export function changeHistory<R extends ReleaseFacts>(
  releases: readonly R[],
  compare: (older: R, newer: R) => ReleaseChanges = releaseChanges,
): ReleaseChanges[] {
  return releases
    .slice(1)
    .map((newer, i) => compare(releases[i], newer))
    .reverse();
}

export interface MetricGroup {
  metric: MetricName;
  summary: MetricSummary;
  /** Periods that had ended on the older release's date, largest move first. */
  revised: Revision[];
  /** Periods still open then, largest move first. */
  stillOpen: Revision[];
}

/** One group per metric with changes, in the summary's order (largest revision first). */
export function groupByMetric(changes: ReleaseChanges): MetricGroup[] {
  return changeSummary(changes).map((summary) => {
    const rows = changes.revisions.filter((r) => r.metric === summary.metric);
    return {
      metric: summary.metric,
      summary,
      revised: rows.filter((r) => !r.periodWasOpen),
      stillOpen: rows.filter((r) => r.periodWasOpen),
    };
  });
}
