// The releases kept in the repository (docs/data-rules.md, "Releases and revisions"): one folder per
// as-of date, `<root>/<YYYY-MM-DD>/`, holding facts.csv and meta.json byte for byte as published.
// Releases of the bundled sample are kept apart in `<root>/sample/`, so a sample release can never
// be taken for, or suppress against, a release of real exports.

import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UnreadableRelease, acceptedCounts, type PreviousPublication } from '../pipeline/previous.ts';
import { parseFacts, type PublishedFact } from '../pipeline/published.ts';

/** Where the releases are kept, from the project's root. */
export const RELEASES_ROOT = 'data/releases';

/** The published files a release keeps (the page JSON is rebuilt, not kept). */
export const RELEASE_FILES = ['facts.csv', 'meta.json'] as const;
export type ReleaseFiles = Record<(typeof RELEASE_FILES)[number], string>;

const AS_OF = /^\d{4}-\d{2}-\d{2}$/;

export interface Release {
  asOf: string;
  files: ReleaseFiles;
  facts: PublishedFact[];
}

/** The folder holding the releases of real exports, or of the bundled sample. */
export function releasesFolder(root: string, sample: boolean): string {
  return sample ? path.join(root, 'sample') : root;
}

/** As-of dates of the releases in a folder, oldest first. */
export function releaseDates(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => AS_OF.test(name) && existsSync(path.join(folder, name, 'facts.csv')))
    .sort();
}

/** A published folder's facts.csv and meta.json (a release, or a build's --out), its as-of date from meta.json. */
/** Throws UnreadableRelease, naming the folder and how to fix it, when a file is missing or not as the build writes it. */
export function readPublication(dir: string): Release {
  const { asOf, files } = readPublicationFiles(dir);
  return { asOf, files, facts: parsePublishedFacts(dir, files['facts.csv']) };
}

/**
 * readPublication without parsing facts.csv: the site parses a kept release's facts only when a page
 * needs them (a release whose pages come from the release page cache, compared with its neighbours
 * from that cache too, needs none).
 */
export function readPublicationFiles(dir: string): Omit<Release, 'facts'> {
  return unreadableAs(dir, () => {
    const files = Object.fromEntries(RELEASE_FILES.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')])) as ReleaseFiles;
    let meta: unknown;
    try {
      meta = JSON.parse(files['meta.json']);
    } catch (e) {
      throw new Error(`meta.json: ${(e as Error).message}`);
    }
    const asOf = (meta as { as_of?: unknown } | null)?.as_of;
    if (typeof asOf !== 'string' || !AS_OF.test(asOf)) throw new Error('meta.json: no as_of date');
    return { asOf, files };
  });
}

/** The facts of the publication in `dir`, from its facts.csv text; UnreadableRelease when they do not parse. */
export function parsePublishedFacts(dir: string, factsCsv: string): PublishedFact[] {
  return unreadableAs(dir, () => parseFacts(factsCsv));
}

function unreadableAs<T>(dir: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnreadableRelease) throw e;
    const problem =
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${path.basename((e as NodeJS.ErrnoException).path ?? '')} is missing`
        : (e as Error).message;
    throw new UnreadableRelease(dir, problem);
  }
}

export function readRelease(folder: string, asOf: string): Release {
  const release = readReleaseFiles(folder, asOf);
  return { ...release, facts: parsePublishedFacts(path.join(folder, asOf), release.files['facts.csv']) };
}

/** readRelease without parsing facts.csv (see readPublicationFiles). */
export function readReleaseFiles(folder: string, asOf: string): Omit<Release, 'facts'> {
  const release = readPublicationFiles(path.join(folder, asOf));
  if (release.asOf !== asOf) throw new UnreadableRelease(path.join(folder, asOf), `meta.json says as_of ${release.asOf}`);
  return release;
}

/** The newest release earlier than an as-of date: the one a new publication is suppressed against. */
export function releaseBefore(folder: string, asOf: string): PreviousPublication | undefined {
  const earlier = releaseDates(folder).filter((d) => d < asOf);
  if (earlier.length === 0) return undefined;
  const { asOf: date, facts, files } = readRelease(folder, earlier[earlier.length - 1]);
  return { asOf: date, facts, accepted: acceptedCounts(files['meta.json']) };
}

export type Kept = 'added' | 'unchanged' | 'conflict';

/**
 * Keeps a publication as the release of its as-of date. A release stays put: an existing one is
 * never overwritten; the same content again is `unchanged`, other content a `conflict`.
 */
export function keepRelease(folder: string, asOf: string, files: ReleaseFiles): Kept {
  if (!AS_OF.test(asOf)) throw new Error(`not an as-of date: ${asOf}`);
  const dir = path.join(folder, asOf);
  if (existsSync(dir)) {
    const same = RELEASE_FILES.every(
      (name) => existsSync(path.join(dir, name)) && readFileSync(path.join(dir, name), 'utf8') === files[name],
    );
    return same ? 'unchanged' : 'conflict';
  }
  // Written aside and renamed in, so a release folder is never half-written. A fresh name, made here:
  // nothing that was there before is removed. A release that appears meanwhile is not replaced
  // (a rename onto a folder that is not empty fails).
  mkdirSync(folder, { recursive: true });
  const staging = `${dir}.tmp-${process.pid}-${Date.now().toString(36)}`;
  mkdirSync(staging);
  try {
    for (const name of RELEASE_FILES) writeFileSync(path.join(staging, name), files[name]);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return 'added';
}

/** A folder of releases only (as-of folders holding the release files, nothing else): one a command may rewrite. */
export function isReleasesOnly(folder: string): boolean {
  return readdirSync(folder).every((name) => {
    const dir = path.join(folder, name);
    return (
      AS_OF.test(name) &&
      lstatSync(dir).isDirectory() &&
      readdirSync(dir).every((file) => (RELEASE_FILES as readonly string[]).includes(file))
    );
  });
}
