// A release is immutable, so its pages are rendered once and reused (issue 9, target 3). Before the
// pages are rendered, this looks up each kept release's entry in the release page cache under its key
// (./cache-key.ts); the routes then skip the releases found (./cache.ts). After the build, once the
// social previews and the Content-Security-Policies are in (this integration goes last), the files
// of each release rendered now are stored, and the cached ones are copied into dist/: byte for byte
// what a fresh render writes. Cache folder: `.cache/release-pages/`, or env RELEASE_PAGE_CACHE (a
// path, or `off` to render everything and store nothing).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RELEASE_FILES, readRelease, releaseDates, releasesFolder, type ReleaseFiles } from '../../releases/store.ts';
import { siteDataDir } from '../facts.ts';
import { releasesRoot } from '../releases.ts';
import type { ReleaseChanges } from '../../releases/revisions.ts';
import { pairId, setCachedReleases, setSharedChanges, sharedChanges } from './cache.ts';
import { contextHash, releaseKey, releaseOutputDirs, renderingCodeHash } from './cache-key.ts';
import { type CacheEntry, entryName, filesUnder, pruneEntries, readEntry, restoreEntry, writeEntry } from './cache-store.ts';
import { CHANGES_DIR, comparisonKey, comparisonName, pruneComparisons, readComparison, writeComparison } from './changes-cache.ts';

export const DEFAULT_CACHE_DIR = '.cache/release-pages';

/** The cache folder, or undefined when the cache is off. */
export function releaseCacheDir(root: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const setting = env.RELEASE_PAGE_CACHE?.trim();
  if (setting === 'off') return undefined;
  return path.resolve(root, setting || DEFAULT_CACHE_DIR);
}

export interface KeptRelease {
  asOf: string;
  files: ReleaseFiles;
}

/**
 * The releases the site shows (the kind of the live data: see ../releases.ts) as their kept bytes, and
 * the one the live site is. Read, not parsed: parsing 24 releases' facts took 1.8 s of CPU here, and
 * the pages parse them anyway (a release that does not parse fails the build there).
 */
export function keptReleases(root: string, dataDir: string): { releases: KeptRelease[]; live: string | undefined } {
  const meta = JSON.parse(readFileSync(path.join(dataDir, 'meta.json'), 'utf8')) as { as_of: string; sample: boolean };
  const folder = releasesFolder(root, meta.sample);
  const releases = releaseDates(folder).map((asOf) => {
    try {
      return {
        asOf,
        files: Object.fromEntries(RELEASE_FILES.map((name) => [name, readFileSync(path.join(folder, asOf, name), 'utf8')])) as ReleaseFiles,
      };
    } catch {
      // readRelease says what is wrong with the release, and how to fix it.
      return { asOf, files: readRelease(folder, asOf).files };
    }
  });
  // As liveReleaseOf decides (it stops the build when the kept release differs from the live data).
  const kept = releases.find((r) => r.asOf === meta.as_of);
  const liveFacts = path.join(dataDir, 'facts.csv');
  const live = kept && existsSync(liveFacts) && kept.files['facts.csv'] === readFileSync(liveFacts, 'utf8') ? kept.asOf : undefined;
  return { releases, live };
}

export function releasePageCache(): AstroIntegration {
  let root = '';
  let site = '';
  let base = '';
  let cacheDir: string | undefined;
  let plan: { asOf: string; key: string; entry: CacheEntry | undefined }[] = [];
  let comparisons: { older: string; newer: string; key: string; changes: ReleaseChanges | undefined }[] = [];
  return {
    name: 'lmc-release-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:start': ({ logger }) => {
        cacheDir = releaseCacheDir(root);
        plan = [];
        comparisons = [];
        if (!cacheDir) {
          setCachedReleases(undefined);
          setSharedChanges(undefined);
          logger.info('release page cache off (RELEASE_PAGE_CACHE=off): every release is rendered');
          return;
        }
        const started = performance.now();
        const { releases, live } = keptReleases(releasesRoot(), siteDataDir());
        const code = renderingCodeHash(root);
        const context = contextHash({ site, base, releases: releases.map((r) => r.asOf), live, siteDataDir: siteDataDir() });
        const dir = cacheDir;
        plan = releases.map((r) => {
          const key = releaseKey(r.asOf, r.files, code, context);
          return { asOf: r.asOf, key, entry: readEntry(dir, r.asOf, key) };
        });
        setCachedReleases(new Set(plan.filter((p) => p.entry).map((p) => p.asOf)));
        comparisons = releases.slice(1).map((newer, i) => {
          const older = releases[i];
          const key = comparisonKey(older, newer, code);
          return { older: older.asOf, newer: newer.asOf, key, changes: readComparison(dir, older.asOf, newer.asOf, key) };
        });
        const found = comparisons.filter((c) => c.changes);
        setSharedChanges({ cached: new Map(found.map((c) => [pairId(c.older, c.newer), c.changes!])), computed: new Map() });
        const hits = plan.filter((p) => p.entry).length;
        logger.info(
          `${hits} of ${plan.length} releases' pages from the cache, ${plan.length - hits} to render; ${found.length} of ${comparisons.length} comparisons of releases from the cache (${Math.round(performance.now() - started)} ms)`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!cacheDir) return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        let stored = 0;
        const restored = { linked: 0, copied: 0 };
        for (const p of plan) {
          if (p.entry) {
            const { linked, copied } = restoreEntry(cacheDir, p.entry, out);
            restored.linked += linked;
            restored.copied += copied;
            continue;
          }
          const files = releaseOutputDirs(p.asOf).flatMap((d) => filesUnder(out, d));
          if (files.length === 0) {
            logger.warn(`release ${p.asOf}: no files rendered, nothing to cache`);
            continue;
          }
          if (writeEntry(cacheDir, p.asOf, p.key, out, files)) stored += 1;
          else
            logger.warn(
              `release ${p.asOf}: ${path.join(cacheDir, entryName(p.asOf, p.key))} exists and was not made by this cache; left alone, not stored`,
            );
        }
        const computed = sharedChanges()?.computed;
        let comparisonsStored = 0;
        for (const c of comparisons) {
          const changes = c.changes ? undefined : computed?.get(pairId(c.older, c.newer));
          if (!changes) continue;
          if (!writeComparison(cacheDir, c.key, changes)) {
            logger.warn(`${path.join(cacheDir, CHANGES_DIR)} exists and was not made by this cache; left alone, comparisons not stored`);
            break;
          }
          comparisonsStored += 1;
        }
        const releasesShown = new Set(plan.map((p) => p.asOf));
        const pruned = [
          ...pruneEntries(cacheDir, new Set(plan.map((p) => entryName(p.asOf, p.key))), releasesShown),
          ...pruneComparisons(cacheDir, new Set(comparisons.map((c) => comparisonName(c.older, c.newer, c.key))), releasesShown),
        ];
        setCachedReleases(undefined);
        setSharedChanges(undefined);
        logger.info(
          `release page cache: ${restored.linked + restored.copied} files of ${plan.filter((p) => p.entry).length} releases restored (${restored.linked} hard-linked, ${restored.copied} copied), ${stored} releases stored, ${comparisonsStored} comparisons stored, ${pruned.length} old entries removed (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
