// What a release's pages are made from, as one key: the release's kept files, the code and files that
// render them, and what those pages show from outside the release. Same key, same bytes: that is the
// promise the cache rests on, so when in doubt a thing is in the key (a stale page is worse than a
// slow build).
//
// From outside the release, a release page shows: which release is the newest and which one the live
// site is ("a newer release exists", "this is the live data", the link to what changed), the footer's
// as-of date of the live data, the sample banner, and today's names, population and map (the numbers
// are the release's, the reference is today's: see ../releases.ts). All of that is in the key, through
// the list of kept releases and the live site data's files. So a new release renders every release's
// pages once more (once a month); the daily rebuilds in between copy them all.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hashFiles, treeFiles } from '../../tree-hash.ts';
import type { Lang } from '../i18n/lang.ts';
import { LANGS } from '../i18n/index.ts';
import { chartFilePath, pagePath, releaseFilePath } from '../routes.ts';

/**
 * Files and folders (from the project's root) the site build reads to render pages: the code, its
 * dependencies' lock, static files, reference tables, the documents the site serves and the workflow
 * whose schedule a page states. Generous on purpose.
 */
export const RENDERING_INPUTS = [
  'src',
  'public',
  'data/reference',
  'data/templates',
  'docs',
  'README.md',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  '.github/workflows/publish.yml',
] as const;

/** Build settings that reach page bytes from the environment. */
const SETTINGS_ENV = ['SITE_URL', 'BASE_PATH', 'GITHUB_SERVER_URL', 'GITHUB_REPOSITORY'] as const;

/** The live site data's files (SITE_DATA) a release page reads from. */
const LIVE_FILES = ['facts.csv', 'meta.json', 'reference.json', 'demand.json'] as const;

/** A hash of everything in RENDERING_INPUTS under `root` (paths and bytes). */
export function renderingCodeHash(root: string, inputs: readonly string[] = RENDERING_INPUTS): string {
  const hash = createHash('sha256');
  hashFiles(
    hash,
    root,
    inputs.flatMap((entry) => treeFiles(root, entry)),
  );
  return hash.digest('hex');
}

export interface OutsideRelease {
  /** Site URL and base as Astro resolved them (absolute URLs in canonical links, embed codes). */
  site: string;
  base: string;
  /** Every kept release's as-of date, oldest first, and the one the live site is, if any. */
  releases: readonly string[];
  live: string | undefined;
  /** The live site data folder (SITE_DATA). */
  siteDataDir: string;
  env?: Record<string, string | undefined>;
}

/** A hash of what the release pages show from outside their release, and of the build's settings. */
export function contextHash(o: OutsideRelease): string {
  const env = o.env ?? process.env;
  const hash = createHash('sha256');
  // Dates and numbers are formatted by Intl: another ICU may write them differently.
  hash.update(
    JSON.stringify({
      site: o.site,
      base: o.base,
      releases: o.releases,
      live: o.live ?? null,
      settings: SETTINGS_ENV.map((name) => env[name] ?? null),
      node: process.versions.node,
      icu: process.versions.icu ?? null,
    }),
  );
  hashFiles(
    hash,
    o.siteDataDir,
    LIVE_FILES.filter((f) => existsSync(path.join(o.siteDataDir, f))),
  );
  return hash.digest('hex');
}

/** The key of one release's pages: its as-of date and kept files, the rendering code, the context. */
export function releaseKey(asOf: string, files: Readonly<Record<string, string>>, code: string, context: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ asOf, code, context }));
  for (const name of Object.keys(files).sort()) {
    hash.update(`\0${name}\0`);
    hash.update(files[name]);
  }
  return hash.digest('hex');
}

/**
 * The folders of dist/ (relative, no leading slash) that hold one release's files and nothing else:
 * its page, pinned embeds and chart files in each language, and its published files. From the route
 * table, so a URL that changes there changes here.
 */
export function releaseOutputDirs(asOf: string, langs: readonly Lang[] = LANGS): string[] {
  const dirs = langs.flatMap((lang) => [
    pagePath(lang, { kind: 'release', release: asOf }),
    path.posix.dirname(pagePath(lang, { kind: 'embed', chart: 'x', release: asOf })),
    path.posix.dirname(chartFilePath(lang, 'x', 'csv', asOf)),
  ]);
  dirs.push(path.posix.dirname(releaseFilePath(asOf, 'facts.csv')));
  return [...new Set(dirs.map((d) => d.replace(/^\/+|\/+$/g, '')))].sort();
}
