// A reproducible site (issue 7, item 14): two builds of the site from the same inputs (the bundled
// sample and the kept releases, as `npm run build` does) under different time zones, locales, clocks
// and output folders must give byte-identical published data and dist/, PNG previews included.
// The first is the browser tests' site (tests/e2e/support/build.ts: Los Angeles, US English, reused
// when `npm test` has just built it from the same inputs, built here otherwise); the second runs in
// Tokyo, in Japanese, 400 days later, into another folder, rendering every release itself (its own
// empty release page cache). So a build date, a local-time calendar, a locale's number or date
// format, an absolute path or a random id in any file shows up here.
// Exit 0 when identical; 1 with the differing files listed (the second build is then kept under tmp/).
// Usage: node scripts/reproducible.ts
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TEST_SITE_SETTINGS, buildTestSite } from '../tests/e2e/support/build.ts';
import { filesUnder, treeDifferences } from '../tests/e2e/support/trees.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLOCK = path.join(ROOT, 'tests/e2e/support/shifted-clock.ts');

const TOKYO = {
  TZ: 'Asia/Tokyo',
  LANG: 'ja_JP.UTF-8',
  LC_ALL: 'ja_JP.UTF-8',
  REPRODUCIBLE_CLOCK_SHIFT_DAYS: '400',
  NODE_OPTIONS: `--import=${CLOCK}`,
};

mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
const started = performance.now();

let first: string;
try {
  first = path.dirname(buildTestSite().dist);
} catch (error) {
  console.error(`reproducible: the first build (${TEST_SITE_SETTINGS.TZ}) failed: ${(error as Error).message}`);
  process.exit(1);
}

const work = mkdtempSync(path.join(ROOT, 'tmp', 'reproducible-'));
const second = path.join(work, 'b');

/** The second build, in Tokyo; resolves to its exit code. */
function buildInTokyo(): Promise<number | null> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...TEST_SITE_SETTINGS,
    SITE_DATA: path.join(second, 'site-data'),
    RELEASE_PAGE_CACHE: path.join(second, 'release-pages'),
    ...TOKYO,
  };
  delete env.AS_OF;
  const log = createWriteStream(path.join(work, 'b.log'));
  const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', path.join(second, 'dist')], { cwd: ROOT, env });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolve) => child.on('close', (code) => log.end(() => resolve(code))));
}

const code = await buildInTokyo();
if (code !== 0) {
  console.error(`reproducible: the build in ${TOKYO.TZ} failed (exit ${code}); see ${path.relative(ROOT, work)}/b.log`);
  process.exit(1);
}

const differences = ['site-data', 'dist'].flatMap((part) =>
  treeDifferences(path.join(first, part), path.join(second, part)).map((d) => `${part}/${d.file}: ${d.reason}`),
);
const files = ['site-data', 'dist'].reduce((n, part) => n + filesUnder(path.join(first, part)).length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (differences.length > 0) {
  console.error(
    `reproducible: ${differences.length} of ${files} files differ between two builds of the same inputs (${TEST_SITE_SETTINGS.TZ} in ${path.relative(ROOT, first)}/ vs ${TOKYO.TZ} in ${path.relative(ROOT, second)}/)`,
  );
  for (const line of differences.slice(0, 20)) console.error(`  ${line}`);
  if (differences.length > 20) console.error(`  … and ${differences.length - 20} more`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(`reproducible: two builds (${TEST_SITE_SETTINGS.TZ}, ${TOKYO.TZ}) are byte-identical: ${files} files, ${seconds} s`);
