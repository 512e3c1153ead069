// Comparisons of two kept releases in the release page cache (issue 9, target 3). What changed between
// a release and the next (../../releases/revisions.ts) depends on nothing but the two releases' kept
// files and the code that compares them, so a warm build reads it instead of parsing both releases'
// facts.csv and comparing them again (with 24 releases: 23 comparisons and 24 parses, ~1.4 s of CPU).
//
// One file per comparison in the cache's `changes/` folder (made by this cache: it holds the marker):
// `<older>-<newer>-<start of key>.json`, a header line (format, both as-of dates, the key, the SHA-256 of
// the comparison's line) and the comparison as JSON on the second line. A file is trusted only when
// its header names the key asked for and the hash matches: anything else means "compare again". Files
// are written under a temporary name and renamed into place.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseChanges } from '../../releases/revisions.ts';
import { CACHE_MARKER, MARKER_TEXT, madeByCache, sha256 } from './cache-store.ts';

export const CHANGES_DIR = 'changes';
const FORMAT = 1;
const NAME = /^(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})-[0-9a-f]{16}\.json$/;
const TEMP = '.tmp-';
/** A temporary file younger than this may belong to a build still writing it. */
const TEMP_KEEP_MS = 60 * 60 * 1000;

/** A kept release as bytes: its as-of date and its kept files by name. */
export interface ReleaseBytes {
  asOf: string;
  files: Readonly<Record<string, string>>;
}

interface Header {
  format: number;
  older: string;
  newer: string;
  key: string;
  sha256: string;
}

/** The key of a comparison: both releases' as-of dates and kept files, and the code (renderingCodeHash). */
export function comparisonKey(older: ReleaseBytes, newer: ReleaseBytes, code: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ older: older.asOf, newer: newer.asOf, code }));
  for (const [side, release] of [
    ['older', older],
    ['newer', newer],
  ] as const) {
    for (const name of Object.keys(release.files).sort()) {
      hash.update(`\0${side}\0${name}\0`);
      hash.update(release.files[name]);
    }
  }
  return hash.digest('hex');
}

/** A comparison's file name in the `changes/` folder. */
export function comparisonName(older: string, newer: string, key: string): string {
  return `${older}-${newer}-${key.slice(0, 16)}.json`;
}

function changesDir(cacheDir: string): string {
  return path.join(cacheDir, CHANGES_DIR);
}

/** The stored comparison of these releases under this key, if it is intact; undefined otherwise (compare again). */
export function readComparison(cacheDir: string, older: string, newer: string, key: string): ReleaseChanges | undefined {
  const dir = changesDir(cacheDir);
  try {
    if (!madeByCache(dir)) return undefined;
    const text = readFileSync(path.join(dir, comparisonName(older, newer, key)), 'utf8');
    const lineEnd = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, lineEnd)) as Header;
    if (header?.format !== FORMAT || header.older !== older || header.newer !== newer || header.key !== key) return undefined;
    const body = text.slice(lineEnd + 1).replace(/\n$/, '');
    if (sha256(body) !== header.sha256) return undefined;
    const changes = JSON.parse(body) as ReleaseChanges;
    const whole =
      changes?.older === older &&
      changes.newer === newer &&
      Array.isArray(changes.revisions) &&
      Array.isArray(changes.newPeriods) &&
      Number.isInteger(changes.dropped);
    return whole ? changes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores a comparison under its key. Returns false when a `changes/` folder exists that this cache
 * did not make (it is left alone).
 */
export function writeComparison(cacheDir: string, key: string, changes: ReleaseChanges): boolean {
  const dir = changesDir(cacheDir);
  if (existsSync(dir)) {
    if (!madeByCache(dir)) return false;
  } else {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, CACHE_MARKER), MARKER_TEXT);
  }
  const name = comparisonName(changes.older, changes.newer, key);
  const body = JSON.stringify(changes);
  const header: Header = { format: FORMAT, older: changes.older, newer: changes.newer, key, sha256: sha256(body) };
  const temp = path.join(dir, `${TEMP}${name}-${process.pid}-${Date.now().toString(36)}`);
  try {
    writeFileSync(temp, `${JSON.stringify(header)}\n${body}\n`);
    renameSync(temp, path.join(dir, name));
  } finally {
    rmSync(temp, { force: true });
  }
  return true;
}

/**
 * Removes the comparison files this build has no use for: those whose newer release this build shows
 * under another key or pair, and temporary files an interrupted build left over an hour ago.
 * Comparisons of releases this build does not show (the other kind) stay; only files named as this
 * cache names them, in a `changes/` folder it made, are touched. Returns the names removed.
 */
export function pruneComparisons(cacheDir: string, keep: ReadonlySet<string>, releases: ReadonlySet<string>, now = Date.now()): string[] {
  const dir = changesDir(cacheDir);
  if (!madeByCache(dir)) return [];
  const removed: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isFile() || keep.has(e.name)) continue;
    const file = path.join(dir, e.name);
    if (e.name.startsWith(TEMP)) {
      if (!NAME.test(e.name.slice(TEMP.length).replace(/-\d+-[0-9a-z]+$/, '')) || now - statSync(file).mtimeMs < TEMP_KEEP_MS) continue;
    } else {
      const named = NAME.exec(e.name);
      if (!named || !releases.has(named[2])) continue;
    }
    rmSync(file, { force: true });
    removed.push(e.name);
  }
  return removed;
}
