// A big drop is refused (docs/data-rules.md, "Releases and revisions"): a dataset whose accepted rows
// fall by more than half against the release the build is suppressed against is far more often a lost
// or truncated export (a folder not copied, files cut down to their header) than a real change. The
// run may say it is real with `--accept-drop DATASET`.

import { DATASETS, type DatasetName } from './contract.ts';
import { message, type Message } from './messages.ts';
import type { PreviousPublication } from './previous.ts';
import type { DatasetSummary } from './published.ts';

export interface Drop {
  dataset: DatasetName;
  before: number;
  after: number;
}

/** Datasets whose accepted rows are fewer than half of the previous release's, in DATASETS order. */
export function dropsAgainst(datasets: Record<DatasetName, DatasetSummary>, previous: PreviousPublication): Drop[] {
  return DATASETS.flatMap((dataset) => {
    const before = previous.accepted?.[dataset] ?? 0;
    const after = datasets[dataset].accepted;
    return 2 * after < before ? [{ dataset, before, after }] : [];
  });
}

/** Why the build refuses the drops not accepted on the command line; null when there is none. */
export function dropRefusal(drops: readonly Drop[], accepted: readonly DatasetName[], previousAsOf: string): Message | null {
  const refused = drops.filter((d) => !accepted.includes(d.dataset));
  if (refused.length === 0) return null;
  const flags = refused.map((d) => `--accept-drop ${d.dataset}`).join(' ');
  return message(
    `${refused.map((d) => `${d.dataset}: baris diterima turun dari ${d.before} (rilis ${previousAsOf}) menjadi ${d.after}`).join('; ')} — lebih dari separuh. ` +
      `Periksa apakah ada berkas yang hilang, kosong atau terpotong; bila penurunan ini memang benar, jalankan lagi dengan ${flags}`,
    `${refused.map((d) => `${d.dataset}: accepted rows fell from ${d.before} (release ${previousAsOf}) to ${d.after}`).join('; ')} — by more than half. ` +
      `Check for missing, empty or truncated files; if the drop is real, run again with ${flags}`,
  );
}

/** Summary lines for the drops the run accepted. */
export function acceptedDropLines(drops: readonly Drop[], accepted: readonly DatasetName[]): string[] {
  return drops
    .filter((d) => accepted.includes(d.dataset))
    .map((d) => `Penurunan diterima / drop accepted (--accept-drop ${d.dataset}): ${d.dataset} ${d.before} → ${d.after}`);
}
