// A hash of files by their paths and bytes, for caches keyed by what they were made from: the release
// page cache (src/site/releases/cache-key.ts) and the browser tests' site (tests/e2e/support/build.ts).
import type { Hash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The files of `entry` (a file or a folder, relative to `root`), folders walked in name order, as
 * paths relative to `root`; none when it does not exist or is in `skip`.
 */
export function treeFiles(root: string, entry: string, skip: ReadonlySet<string> = new Set()): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full) || skip.has(entry)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => treeFiles(root, `${entry}/${name}`, skip));
}

/** Adds each file's path and bytes to `hash`, in the order given. */
export function hashFiles(hash: Hash, root: string, files: readonly string[]): void {
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
}
