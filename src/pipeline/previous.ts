// The previous release a build is suppressed against (docs/data-rules.md, "Releases and revisions"):
// what it published, keyed as suppression looks cells up, and its as-of date for meta.json.

import { DATASETS, type DatasetName } from './contract.ts';
import { bilingual, message, type Message } from './messages.ts';
import { factKey, type PublishedFact } from './published.ts';
import type { PreviousRelease } from './suppress.ts';

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
export function cellsByKey(facts: readonly PublishedFact[]): PreviousRelease {
  return new Map(facts.map((f) => [factKey(f), { value: f.value === null ? '' : String(f.value), flag: f.flag }]));
}

/**
 * A kept release (or a --previous publication) that cannot be read: damaged by hand, by a merge, or
 * written by a build that published a wrong number. Thrown by the reader, turned into a plain message
 * with exit 1 where the build or a script meets it; nothing is published.
 */
export class UnreadableRelease extends Error {
  readonly folder: string;
  readonly explanation: Message;

  constructor(folder: string, problem: string) {
    const explanation = message(
      `rilis ${folder} tidak dapat dibaca (${problem}). Rilis ditulis oleh data build dan tidak diubah dengan tangan: ` +
        `pulihkan folder itu dari git (git checkout -- ${folder}), atau hapus folder itu bila rilis tersebut tidak pernah diterbitkan; lalu jalankan lagi`,
      `the release ${folder} cannot be read (${problem}). Releases are written by the data build and never edited by hand: ` +
        `restore the folder from git (git checkout -- ${folder}), or delete it if that release was never published; then run again`,
    );
    super(bilingual(explanation));
    this.name = 'UnreadableRelease';
    this.folder = folder;
    this.explanation = explanation;
  }
}
