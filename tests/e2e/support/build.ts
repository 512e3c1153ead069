// The site the browser tests look at: built once from the bundled sample with `npm run build`, into
// tmp/e2e/ (never dist/, which may hold a build from other data or another SITE_URL). A build is
// reused only when a hash of everything it is made from (sources, data, config, lock file) and of
// the build settings is the one in its folder's name: a stale site never passes the tests.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashFiles, treeFiles } from '../../../src/tree-hash.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const E2E_DIR = path.join(ROOT, 'tmp/e2e');

/** The origin the test site is built for: not the production one, so nothing may depend on it. */
export const SITE_ORIGIN = 'https://link-and-match.test';

const INPUTS = ['src', 'public', 'data', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const IGNORED = new Set(['data/exports']);

function inputFiles(entry: string): string[] {
  return treeFiles(ROOT, entry, IGNORED);
}

/** When the newest file the site is built from was changed (ms since the epoch). */
export function newestInputTime(): number {
  return Math.max(...INPUTS.flatMap(inputFiles).map((file) => statSync(path.join(ROOT, file)).mtimeMs));
}

export function inputsHash(env: Record<string, string>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(env));
  hashFiles(hash, ROOT, INPUTS.flatMap(inputFiles));
  return hash.digest('hex');
}

export interface BuiltSite {
  dist: string;
  rebuilt: boolean;
  seconds: number;
}

const KEEP_MS = 60 * 60 * 1000;

/**
 * Builds into a fresh folder and renames it to tmp/e2e/site-<hash>: a folder of that name is always
 * a complete build of those inputs, so runs at the same time (another shell, another helper) never
 * see a half-written or replaced site. Builds of other inputs older than an hour are removed.
 */
/**
 * How the test site is built. It is built in Los Angeles and in US English (not the machine's own
 * zone and language), because scripts/reproducible.ts compares it with a build in Tokyo, in
 * Japanese: a date read as UTC and shown in local time moves a day in Los Angeles, one read as local
 * time and written as UTC moves a day in Tokyo.
 */
export const TEST_SITE_SETTINGS = {
  DATA_INPUT: 'data/sample',
  SITE_URL: SITE_ORIGIN,
  BASE_PATH: '/',
  TZ: 'America/Los_Angeles',
  LANG: 'en_US.UTF-8',
  LC_ALL: 'en_US.UTF-8',
};

export function buildTestSite(): BuiltSite {
  const settings = TEST_SITE_SETTINGS;
  const hash = inputsHash(settings).slice(0, 16);
  const target = path.join(E2E_DIR, `site-${hash}`);
  const dist = path.join(target, 'dist');
  mkdirSync(E2E_DIR, { recursive: true });
  for (const old of readdirSync(E2E_DIR)) {
    const full = path.join(E2E_DIR, old);
    if (/^(site|build|pages)-/.test(old) && full !== target && Date.now() - statSync(full).mtimeMs > KEEP_MS)
      rmSync(full, { recursive: true, force: true });
  }
  if (existsSync(path.join(dist, 'index.html'))) {
    utimesSync(target, new Date(), new Date());
    return { dist, rebuilt: false, seconds: 0 };
  }
  const work = mkdtempSync(path.join(E2E_DIR, 'build-'));
  const started = performance.now();
  // Its own release page cache: the test site's address differs from a dev build's, so their entries would replace each other.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    SITE_DATA: path.join(work, 'site-data'),
    RELEASE_PAGE_CACHE: path.join(E2E_DIR, 'release-pages'),
  };
  delete env.AS_OF;
  const run = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', path.join(work, 'dist')], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(path.join(work, 'build.log'), `${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  if (run.status !== 0 || !existsSync(path.join(work, 'dist', 'index.html'))) {
    throw new Error(
      `e2e: the site build failed (exit ${run.status}); see ${path.relative(ROOT, work)}/build.log\n${(run.stderr ?? '').slice(-3000)}`,
    );
  }
  try {
    renameSync(work, target);
  } catch {
    // Another run finished the same build first: use theirs.
    rmSync(work, { recursive: true, force: true });
  }
  return { dist, rebuilt: true, seconds: (performance.now() - started) / 1000 };
}

/**
 * For the audit and the screenshots: dist/ as `npm run build` makes it, rebuilt first when it is
 * missing, older than a file it is built from, or `force` is set. Returns false if the build failed.
 */
export function ensureDist(force = false): boolean {
  const index = path.join(ROOT, 'dist', 'index.html');
  if (!force && existsSync(index) && statSync(index).mtimeMs >= newestInputTime()) return true;
  console.error('building the site (npm run build) ...');
  return spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
}
