// Releases don't slow the site (issue 9, target 3): the site built twice from the sample with three
// kept releases and one cache folder. Cold, every release is rendered and stored. Then one release's
// kept file changes and another's cache entry is damaged; the second build renders exactly those two
// again, copies the third without rendering it, and writes a dist/ that differs from the cold one only
// in the changed file. (That a change to the rendering code invalidates every entry is shown on the
// key itself: tests/unit/site/release-page-cache.test.ts.) Two full site builds: the dearest test of
// the unit project, so everything it checks shares them.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CELL } from '../../src/pipeline/contract.ts';
import { isoToDay } from '../../src/pipeline/values/dates.ts';
import { release } from '../../src/releases/release.ts';
import { SAMPLE_RELEASES, copySampleExports } from '../../src/releases/sample.ts';
import { CHANGES_DIR } from '../../src/site/releases/changes-cache.ts';
import { treeDifferences } from '../e2e/support/trees.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const RELEASES = ['2026-07-31', '2026-08-31', '2026-09-30'];
const BUILD_MS = 900_000;

let work = '';

function astroBuild(name: string): { dist: string; log: string } {
  const dist = path.join(work, name);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_DATA: path.join(work, 'site-data'),
    RELEASES: path.join(work, 'releases'),
    RELEASE_PAGE_CACHE: path.join(work, 'cache'),
    SITE_URL: 'https://link-and-match.test',
    BASE_PATH: '/',
  };
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Astro colours its log where it detects CI (CI=true), even without a terminal: read it without colours.
  const log = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  writeFileSync(path.join(work, `${name}.log`), log);
  if (run.status !== 0)
    throw new Error(`astro build ${name} failed (exit ${run.status}); see ${path.join(work, `${name}.log`)}\n${log.slice(-3000)}`);
  return { dist, log };
}

/** Per release, how many of its pages and files Astro rendered (its log names each one it renders). */
function rendered(log: string): Record<string, number> {
  const lines = log.split('\n').filter((l) => /^\S+\s+[├└]─ \//.test(l));
  return Object.fromEntries(RELEASES.map((asOf) => [asOf, lines.filter((l) => l.includes(`/${asOf}/`)).length]));
}

/** The release entries (the comparisons are in their own folder: see comparisons()). */
function entries(): string[] {
  return readdirSync(path.join(work, 'cache'))
    .filter((n) => !n.startsWith('.') && n !== CHANGES_DIR)
    .sort();
}

/** The stored comparisons, as `older newer`. */
function comparisons(): string[] {
  return readdirSync(path.join(work, 'cache', CHANGES_DIR))
    .filter((n) => n.endsWith('.json'))
    .map((n) => `${n.slice(0, 10)} ${n.slice(11, 21)}`)
    .sort();
}

describe('the release page cache, in two builds of the site', () => {
  let cold: { dist: string; log: string };
  let warm: { dist: string; log: string };
  let coldEntries: string[] = [];
  let coldComparisons: string[] = [];
  let coldComparisonFiles: string[] = [];

  beforeAll(async () => {
    mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
    work = mkdtempSync(path.join(ROOT, 'tmp', 'release-cache-'));
    // The sample's two kept releases and one more, a month earlier, made the way releases are made.
    cpSync(path.join(ROOT, 'data/releases'), path.join(work, 'releases'), { recursive: true });
    const exports = path.join(work, 'exports-2026-07-31');
    copySampleExports(SAMPLE_RELEASES[0], exports, path.join(ROOT, 'data/sample'));
    const made = await release({
      input: exports,
      out: path.join(work, 'out-2026-07-31'),
      report: path.join(work, 'report-2026-07-31.csv'),
      asOf: isoToDay('2026-07-31')!,
      minCell: DEFAULT_MIN_CELL,
      releases: path.join(work, 'releases'),
    });
    expect(made.kept, made.summary.join('\n')).toBe('added');
    const data = spawnSync(
      process.execPath,
      [
        'scripts/build-data.ts',
        '--input',
        'data/sample',
        '--out',
        path.join(work, 'site-data'),
        '--report',
        path.join(work, 'report.csv'),
        '--releases',
        'data/releases',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(data.status, data.stderr).toBe(0);

    cold = astroBuild('cold');
    coldEntries = entries();
    coldComparisons = comparisons();
    coldComparisonFiles = readdirSync(path.join(work, 'cache', CHANGES_DIR)).sort();
    // One release's kept file changes (a byte of its meta.json), another's entry is damaged (one of
    // its files, same size, other bytes), the third stays as it was.
    appendFileSync(path.join(work, 'releases/sample/2026-07-31/meta.json'), '\n');
    const damaged = path.join(
      work,
      'cache',
      coldEntries.find((n) => n.startsWith('2026-08-31-'))!,
      'files/rilis/2026-08-31/index.html',
    );
    writeFileSync(damaged, readFileSync(damaged, 'utf8').replace('<h1>', '<h2>'));
    warm = astroBuild('warm');
  }, BUILD_MS * 2);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('cold: renders every release (343 pages and files each, its previews included) and stores one entry per release', () => {
    expect(rendered(cold.log)).toEqual({ '2026-07-31': 343, '2026-08-31': 343, '2026-09-30': 343 });
    expect(cold.log).toContain("0 of 3 releases' pages from the cache, 3 to render");
    expect(coldEntries.map((n) => n.slice(0, 10))).toEqual(RELEASES);
  });

  it('warm: renders none of the pages of the release whose entry is valid, and copies its 343 files (previews included)', () => {
    expect(rendered(warm.log)['2026-09-30']).toBe(0);
    expect(warm.log).toContain("1 of 3 releases' pages from the cache, 2 to render");
    expect(warm.log).toMatch(/release page cache: 343 files of 1 releases restored \(343 hard-linked, 0 copied\), 2 releases stored/);
  });

  it('renders again exactly the release whose kept file changed and the one whose entry was damaged', () => {
    expect(rendered(warm.log)).toEqual({ '2026-07-31': 343, '2026-08-31': 343, '2026-09-30': 0 });
  });

  it('writes a dist/ byte-identical to the cold one but for the changed file: the damaged copy is not published', () => {
    expect(treeDifferences(cold.dist, warm.dist).map((d) => d.file)).toEqual(['data/rilis/2026-07-31/meta.json']);
    expect(readFileSync(path.join(warm.dist, 'rilis/2026-08-31/index.html'), 'utf8')).toContain('<h1>');
    // The pages that list releases still list them all.
    const sitemap = readFileSync(path.join(warm.dist, 'sitemap.xml'), 'utf8');
    for (const asOf of RELEASES) expect(sitemap).toContain(`https://link-and-match.test/rilis/${asOf}/`);
  });

  it("keeps one entry per release: the changed release's old entry is removed, the damaged one rewritten", () => {
    const now = entries();
    expect(now.map((n) => n.slice(0, 10))).toEqual(RELEASES);
    expect(now.filter((n) => coldEntries.includes(n)).map((n) => n.slice(0, 10))).toEqual(['2026-08-31', '2026-09-30']);
    expect(now).not.toContain(coldEntries[0]);
  });

  it('compares the releases once and stores each comparison; warm, takes the one of two unchanged releases from the cache and compares again the one with the changed release', () => {
    expect(cold.log).toContain('0 of 2 comparisons of releases from the cache');
    expect(cold.log).toMatch(/3 releases stored, 2 comparisons stored/);
    expect(coldComparisons).toEqual(['2026-07-31 2026-08-31', '2026-08-31 2026-09-30']);
    expect(warm.log).toContain('1 of 2 comparisons of releases from the cache');
    expect(warm.log).toMatch(/2 releases stored, 1 comparisons stored/);
    // The stored comparison of the changed release is replaced (its key changed); the other is kept as it was.
    const now = readdirSync(path.join(work, 'cache', CHANGES_DIR)).sort();
    expect(comparisons()).toEqual(coldComparisons);
    expect(
      now
        .filter((n) => coldComparisonFiles.includes(n))
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, 21)),
    ).toEqual(['2026-08-31-2026-09-30']);
  });
});
