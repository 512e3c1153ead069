// Two successive releases of the bundled sample, so the site shows release pages, pinned embeds and
// a change list out of the box: the first as the exports stood a month earlier (before the export
// of 30 September 2026 that updates the 2026 enrollment statuses, and as of 31 August), the second
// from the whole sample. Kept in data/releases/sample/ and reproduced by `npm run release:sample`.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MIN_CELL } from '../pipeline/contract.ts';
import { bilingual, type Message } from '../pipeline/messages.ts';
import { folderRefusal } from '../pipeline/output.ts';
import { isoToDay } from '../pipeline/values/dates.ts';
import { release, type ReleaseResult } from './release.ts';
import { isReleasesOnly, releasesFolder } from './store.ts';

export const SAMPLE_INPUT = 'data/sample';

/** The sample's releases, oldest first: each leaves out the exports made after its as-of date. */
export const SAMPLE_RELEASES = [
  { asOf: '2026-08-31', leaveOut: ['peserta/peserta_2026_update.csv'] },
  { asOf: '2026-09-30', leaveOut: [] },
] as const;

export type SampleRelease = (typeof SAMPLE_RELEASES)[number];

/** The exports as they stood for one of the sample's releases, copied into `dest`. */
export function copySampleExports(step: SampleRelease, dest: string, input: string = SAMPLE_INPUT): void {
  const left = new Set<string>(step.leaveOut.map((f) => path.join(input, f)));
  cpSync(input, dest, { recursive: true, filter: (source) => !left.has(source) });
}

export interface SampleReleaseOptions {
  /** The releases root; the sample's releases go to its `sample/` folder, which is rewritten. */
  releases: string;
  input?: string;
  minCell?: number;
}

/** Why the sample's releases under `releases` must not be rewritten (the folder holds more than releases…), or null. */
export function sampleReleasesRefusal(releases: string): Message | null {
  return folderRefusal(releasesFolder(releases, true), '--releases', isReleasesOnly);
}

/** Rewrites the sample's releases under `releases`; the inputs and outputs of each build stay in a temporary folder. */
export async function writeSampleReleases(options: SampleReleaseOptions): Promise<ReleaseResult[]> {
  const input = options.input ?? SAMPLE_INPUT;
  const refusal = sampleReleasesRefusal(options.releases);
  if (refusal) throw new Error(bilingual(refusal));
  rmSync(releasesFolder(options.releases, true), { recursive: true, force: true });
  const work = mkdtempSync(path.join(tmpdir(), 'lm-sample-releases-'));
  const results: ReleaseResult[] = [];
  try {
    for (const [i, step] of SAMPLE_RELEASES.entries()) {
      const exports = path.join(work, `input-${i + 1}`);
      copySampleExports(step, exports, input);
      const result = await release({
        input: exports,
        out: path.join(work, `out-${i + 1}`),
        report: path.join(work, `report-${i + 1}.csv`),
        asOf: isoToDay(step.asOf)!,
        minCell: options.minCell ?? DEFAULT_MIN_CELL,
        releases: options.releases,
      });
      results.push(result);
      if (result.exitCode !== 0) throw new Error(`sample release ${step.asOf}:\n${result.summary.join('\n')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}
