// The previous release a build is suppressed against (docs/data-rules.md, "Releases and revisions"):
// what it published, keyed as suppression looks cells up, and its as-of date for meta.json.

import type { PublishedFact } from './publish.ts';
import { factKey, type PreviousRelease } from './suppress.ts';

export interface PreviousPublication {
  /** Its as-of date, YYYY-MM-DD: recorded as `previous_release` in the new meta.json. */
  asOf: string;
  facts: readonly PublishedFact[];
}

/** Value (as text, empty when flagged) and flag of every published cell, by `metric,period,occupation,kecamatan,sex`. */
export function publishedCells(facts: readonly PublishedFact[]): PreviousRelease {
  return new Map(facts.map((f) => [factKey(f), { value: f.value === null ? '' : String(f.value), flag: f.flag }]));
}
