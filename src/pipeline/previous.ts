// The previous release a build is suppressed against (docs/data-rules.md, "Releases and revisions"):
// what it published, keyed as suppression looks cells up, and its as-of date for meta.json.

import { DATASETS, type DatasetName } from './contract.ts';
import type { PublishedFact } from './publish.ts';
import { factKey, type PreviousRelease } from './suppress.ts';

export interface PreviousPublication {
  /** Its as-of date, YYYY-MM-DD: recorded as `previous_release` in the new meta.json. */
  asOf: string;
  facts: readonly PublishedFact[];
  /** Accepted rows per dataset, from its meta.json: a dataset that falls by more than half is refused (drop.ts). */
  accepted?: Partial<Record<DatasetName, number>>;
}

/** Accepted rows per dataset in a published meta.json; a dataset it does not count is left out. */
export function acceptedCounts(metaJson: string): Partial<Record<DatasetName, number>> {
  const datasets = (JSON.parse(metaJson) as { datasets?: Record<string, { accepted?: unknown } | undefined> }).datasets ?? {};
  const counts: Partial<Record<DatasetName, number>> = {};
  for (const d of DATASETS) {
    const accepted = datasets[d]?.accepted;
    if (typeof accepted === 'number' && Number.isSafeInteger(accepted) && accepted >= 0) counts[d] = accepted;
  }
  return counts;
}

/** Value (as text, empty when flagged) and flag of every published cell, by `metric,period,occupation,kecamatan,sex`. */
export function publishedCells(facts: readonly PublishedFact[]): PreviousRelease {
  return new Map(facts.map((f) => [factKey(f), { value: f.value === null ? '' : String(f.value), flag: f.flag }]));
}
