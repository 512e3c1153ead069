// The release page cache on disk (issue 9, target 3): one entry per release, a folder holding the
// release's finished files (pages, pinned embeds, chart files, previews, CSP included) as the build
// wrote them into dist/, and `entry.json` listing each file's size, SHA-256 and modification time under
// the entry's key. An entry is trusted only when entry.json names the key asked for and every file is
// there with its size and hash: an interrupted write or a damaged file means "render again", never
// "publish this". Entries are written into a temporary folder and renamed into place, so a half entry
// never has an entry's name. Every folder this cache makes holds a marker file; pruning removes only
// those.
//
// Cached files go into dist/ as hard links where the file system allows (a copy otherwise):
// with 24 releases that is ~7,500 files and 130 MB a build that are no longer copied. A file shared
// with dist/ could be changed there in place, so each file's modification time is listed too: a file
// whose size and time are as listed is not read again; any other is hashed, and trusted only when its
// SHA-256 matches (a restore from the workflow's cache may round the times).
import { createHash } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** The file in every folder the cache makes: what pruning looks for before it removes anything. */
export const CACHE_MARKER = '.lmc-release-page-cache';
export const MARKER_TEXT = 'Made by the Link & Match Cilegon site build (release page cache); safe to delete.\n';
const ENTRY_FILE = 'entry.json';
const FILES_DIR = 'files';
const FORMAT = 2;
/** A temporary folder younger than this may belong to a build still writing it. */
const TEMP_KEEP_MS = 60 * 60 * 1000;

export interface CachedFile {
  path: string;
  size: number;
  sha256: string;
  /** The file's modification time when it was stored (fs.Stats.mtimeMs). */
  mtimeMs: number;
}
export interface CacheEntry {
  format: number;
  asOf: string;
  key: string;
  files: CachedFile[];
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether this cache made the folder (it holds the marker): only such folders are read, written or pruned. */
export function madeByCache(dir: string): boolean {
  return existsSync(path.join(dir, CACHE_MARKER));
}

/** An entry's folder name: the as-of date (for people) and the start of the key (for the machine). */
export function entryName(asOf: string, key: string): string {
  return `${asOf}-${key.slice(0, 16)}`;
}

/** The entry for this release and key, if it is complete and intact; undefined otherwise (render again). */
export function readEntry(cacheDir: string, asOf: string, key: string): CacheEntry | undefined {
  const dir = path.join(cacheDir, entryName(asOf, key));
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(path.join(dir, ENTRY_FILE), 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  if (entry?.format !== FORMAT || entry.asOf !== asOf || entry.key !== key || !Array.isArray(entry.files) || entry.files.length === 0)
    return undefined;
  if (!madeByCache(dir)) return undefined;
  for (const file of entry.files) {
    if (!safeRelative(file.path)) return undefined;
    const full = path.join(dir, FILES_DIR, file.path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== file.size) return undefined;
    if (stat.mtimeMs !== file.mtimeMs && sha256(readFileSync(full)) !== file.sha256) return undefined;
  }
  return entry;
}

/** A path inside the entry: relative, forward slashes, no `..` (entry.json is read back from disk). */
function safeRelative(p: string): boolean {
  return typeof p === 'string' && p !== '' && !p.startsWith('/') && !p.split('/').some((part) => part === '..' || part === '');
}

/**
 * A hard link to `from` at `to`, or a copy where the file system will not link them (another device,
 * no hard links). Never replaces a file: EEXIST when `to` is there.
 */
function linkOrCopy(from: string, to: string): 'linked' | 'copied' {
  try {
    linkSync(from, to);
    return 'linked';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    return 'copied';
  }
}

/**
 * Stores a release's files (paths relative to `fromDir`, forward slashes) as the entry for `key`:
 * copied into a temporary folder (not linked: this build's dist/ stays its own), listed in
 * entry.json, then renamed into place. Returns false when a folder of that name exists that this
 * cache did not make (it is left alone).
 */
export function writeEntry(cacheDir: string, asOf: string, key: string, fromDir: string, files: readonly string[]): boolean {
  mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, entryName(asOf, key));
  const temp = mkdtempSync(path.join(cacheDir, `.tmp-${asOf}-`));
  try {
    writeFileSync(path.join(temp, CACHE_MARKER), MARKER_TEXT);
    const listed: CachedFile[] = [];
    for (const file of [...files].sort()) {
      const bytes = readFileSync(path.join(fromDir, file));
      const to = path.join(temp, FILES_DIR, file);
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, bytes);
      listed.push({ path: file, size: bytes.length, sha256: sha256(bytes), mtimeMs: statSync(to).mtimeMs });
    }
    const entry: CacheEntry = { format: FORMAT, asOf, key, files: listed };
    // entry.json last: without it the folder is not an entry, whatever else it holds.
    writeFileSync(path.join(temp, ENTRY_FILE), `${JSON.stringify(entry)}\n`);
    if (existsSync(target)) {
      if (!madeByCache(target)) return false;
      rmSync(target, { recursive: true, force: true });
    }
    renameSync(temp, target);
    return true;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Puts an entry's files into `toDir` (dist/) as hard links (copies where the file system will not
 * link them). A file already there must have the cached bytes. Returns how many files each way.
 */
export function restoreEntry(cacheDir: string, entry: CacheEntry, toDir: string): { linked: number; copied: number } {
  const dir = path.join(cacheDir, entryName(entry.asOf, entry.key), FILES_DIR);
  const counts = { linked: 0, copied: 0 };
  const made = new Set<string>();
  for (const file of entry.files) {
    const to = path.join(toDir, file.path);
    const parent = path.dirname(to);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    // Linked without asking first whether the file is there (one system call a file fewer, 8,000 a
    // build with 24 releases): a file already there says so (EEXIST) and is checked instead.
    try {
      counts[linkOrCopy(path.join(dir, file.path), to)] += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (sha256(readFileSync(to)) !== file.sha256) {
        throw new Error(
          `release page cache: ${file.path} was rendered in this build and differs from the cached copy of release ${entry.asOf}; the cache key misses something these pages depend on (src/site/releases/cache-key.ts)`,
        );
      }
    }
  }
  return counts;
}

/**
 * Removes the folders this cache made (they hold the marker) that this build has no use for: entries
 * of its releases under other keys, and temporary folders an interrupted build left over an hour ago.
 * Entries of releases this build does not show (the other kind, sample or real) stay, and anything
 * without the marker is not ours and stays. Returns the names removed.
 */
export function pruneEntries(cacheDir: string, keep: ReadonlySet<string>, releases: ReadonlySet<string>, now = Date.now()): string[] {
  if (!existsSync(cacheDir)) return [];
  const removed: string[] = [];
  for (const e of readdirSync(cacheDir, { withFileTypes: true })) {
    if (!e.isDirectory() || keep.has(e.name)) continue;
    const dir = path.join(cacheDir, e.name);
    if (!madeByCache(dir)) continue;
    const temporary = e.name.startsWith('.tmp-');
    if (temporary ? now - statSync(dir).mtimeMs < TEMP_KEEP_MS : !releases.has(e.name.slice(0, 10))) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(e.name);
  }
  return removed;
}

/** Every file under `dir`, relative to `root`, forward slashes, sorted. */
export function filesUnder(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
