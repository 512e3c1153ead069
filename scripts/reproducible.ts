// A reproducible site (issue 7, item 14): builds the site twice from the same inputs (the bundled
// sample and the kept releases, as `npm run build` does) under different time zones, locales, clocks
// and output folders, and requires the published data and dist/ to be byte-identical, PNG previews
// included. The second build runs in Tokyo, in Japanese, 400 days later and into another folder than
// the first (Los Angeles, US English), so a build date, a local-time calendar, a locale's number or
// date format, an absolute path or a random id in any file shows up here.
// Exit 0 when identical; 1 with the differing files listed (both builds are then kept under tmp/).
// Usage: node scripts/reproducible.ts
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { filesUnder, treeDifferences } from '../tests/e2e/support/trees.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLOCK = path.join(ROOT, 'tests/e2e/support/shifted-clock.ts');

const BUILDS = [
  { name: 'a', env: { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } },
  {
    name: 'b',
    env: {
      TZ: 'Asia/Tokyo',
      LANG: 'ja_JP.UTF-8',
      LC_ALL: 'ja_JP.UTF-8',
      REPRODUCIBLE_CLOCK_SHIFT_DAYS: '400',
      NODE_OPTIONS: `--import=${CLOCK}`,
    },
  },
] as const;

mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, 'tmp', 'reproducible-'));
const started = performance.now();

/** Runs one build with its own environment and log; resolves to its exit code. */
function runBuild(build: (typeof BUILDS)[number]): Promise<number | null> {
  const out = path.join(work, build.name);
  // Each build renders every release itself (its own empty release page cache): copies from one
  // cache would hide a difference between two renders.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_INPUT: 'data/sample',
    SITE_DATA: path.join(out, 'site-data'),
    RELEASE_PAGE_CACHE: path.join(out, 'release-pages'),
    ...build.env,
  };
  delete env.AS_OF;
  const log = createWriteStream(path.join(work, `${build.name}.log`));
  const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', path.join(out, 'dist')], { cwd: ROOT, env });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolve) => child.on('close', (code) => log.end(() => resolve(code))));
}

// One build after the other. Run at the same time they share the project's Vite dependency cache
// (node_modules/.vite), and Vite's clean-up of stale cache folders in one build failed the other
// (`cleanupDepsCacheStaleDirs`, seen in CI on a fresh clone).
const codes: (number | null)[] = [];
for (const build of BUILDS) codes.push(await runBuild(build));
const failed = BUILDS.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) {
  for (const build of failed)
    console.error(
      `reproducible: build ${build.name} (${build.env.TZ}) failed (exit ${codes[BUILDS.indexOf(build)]}); see ${path.relative(ROOT, work)}/${build.name}.log`,
    );
  process.exit(1);
}

const differences = ['site-data', 'dist'].flatMap((part) =>
  treeDifferences(path.join(work, 'a', part), path.join(work, 'b', part)).map((d) => `${part}/${d.file}: ${d.reason}`),
);
const files = filesUnder(path.join(work, 'a')).length;
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (differences.length > 0) {
  console.error(
    `reproducible: ${differences.length} of ${files} files differ between two builds of the same inputs (${BUILDS.map((b) => b.env.TZ).join(' vs ')}); both kept in ${path.relative(ROOT, work)}/`,
  );
  for (const line of differences.slice(0, 20)) console.error(`  ${line}`);
  if (differences.length > 20) console.error(`  … and ${differences.length - 20} more`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(`reproducible: two builds (${BUILDS.map((b) => b.env.TZ).join(', ')}) are byte-identical: ${files} files, ${seconds} s`);
