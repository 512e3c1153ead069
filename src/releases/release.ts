// A publication as a release: the data build suppressed against the newest kept release earlier
// than its as-of date, then kept as `data/releases/<as-of>/` (facts.csv and meta.json, byte for
// byte as published into --out) unless that release exists already. A release stays put.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_MARKER_FILE, buildData, type BuildOptions } from '../pipeline/build.ts';
import type { PreviousPublication } from '../pipeline/previous.ts';
import { RELEASE_FILES, keepRelease, releaseBefore, releaseDates, releasesFolder, type ReleaseFiles } from './store.ts';

/** The releases a build from `input` is suppressed against: real exports never meet the sample's. */
export function releasesFor(root: string, input: string): string {
  return releasesFolder(root, existsSync(path.join(input, SAMPLE_MARKER_FILE)));
}

/** `previous` for the data build: the newest release in `folder` earlier than the as-of date. */
export function previousFrom(folder: string): (asOf: string) => PreviousPublication | undefined {
  return (asOf) => releaseBefore(folder, asOf);
}

/** A line for the summary when the build's as-of date is not kept as a release (yet). */
export function unkeptNotice(folder: string, asOf: string): string[] {
  if (releaseDates(folder).includes(asOf)) return [];
  return [
    `Catatan / note: ${asOf} belum menjadi rilis / is not a kept release yet — npm run release, lalu/then commit ${path.join(folder, asOf)}/`,
  ];
}

export interface ReleaseOptions extends Omit<BuildOptions, 'previous'> {
  /** The releases root (data/releases): the sample's releases are in its `sample/` folder. */
  releases: string;
}

export interface ReleaseResult {
  exitCode: 0 | 1 | 2;
  summary: string[];
  /** The release's folder, when the build published. */
  folder?: string;
  kept?: 'added' | 'unchanged' | 'conflict';
}

export async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const folder = releasesFor(options.releases, options.input);
  const result = await buildData({ ...options, previous: previousFrom(folder) });
  if (result.exitCode !== 0 || !result.published) return { exitCode: result.exitCode === 2 ? 2 : 1, summary: result.summary };
  const { asOf } = result.published;
  const files = Object.fromEntries(RELEASE_FILES.map((name) => [name, readFileSync(path.join(options.out, name), 'utf8')])) as ReleaseFiles;
  const kept = keepRelease(folder, asOf, files);
  const dir = `${path.join(folder, asOf)}/`;
  const line = {
    added: `Rilis baru disimpan / new release kept: ${dir} — commit folder ini / commit this folder`,
    unchanged: `Rilis ${asOf} sudah ada, isinya sama / release ${asOf} exists already, same content: ${dir}`,
    conflict:
      `GAGAL / FAILED: rilis ${asOf} sudah ada dengan isi lain; rilis tidak pernah ditimpa / release ${asOf} exists already with other content; a release stays put (${dir}). ` +
      `${options.out} berisi terbitan baru yang bukan rilis itu / holds the new build, which is not that release.`,
  }[kept];
  return { exitCode: kept === 'conflict' ? 1 : 0, summary: [...result.summary, line], folder: dir, kept };
}
