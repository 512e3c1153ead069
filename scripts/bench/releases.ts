// `npm run bench -- --releases N`: issue 9's target 3, the site build with N monthly releases of the
// sample kept against the build with the sample's two. Each runs `npm run build` in a copy of the
// project (tracked and unignored files; node_modules hard-linked, without its build caches) twice:
// cold, then warm as the daily rebuild runs once the workflow has restored whatever the first build
// cached inside the project (Astro's cache in node_modules/.astro, a release-page cache, …). The
// target: the warm N-release build at most 1.5× the warm two-release build.
//
// The N − 2 extra releases are month ends before the sample's first release, each the whole sample
// as of that date (`npm run release -- --as-of`), suppressed against the one before as the
// workflow would; kept under tmp/ and made again only when the sample or the code that builds them
// changes.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { dayToIso, lastDayOfMonth } from '../../src/pipeline/values/dates.ts';
import { SAMPLE_INPUT } from '../../src/releases/sample.ts';
import { RELEASES_ROOT, releaseDates, releasesFolder } from '../../src/releases/store.ts';

const ROOT = path.resolve('tmp/bench-releases');
/** What the generated releases depend on: when any of it changes, they are made again. */
const SOURCES = [SAMPLE_INPUT, 'data/reference', 'src/pipeline', 'src/releases', path.join(RELEASES_ROOT, 'sample')];
/** Build caches a copy starts without, so that its first build is cold. */
const CACHES = ['.astro', '.vite', '.vite-temp', '.cache', '.vitest-cache'];

function filesUnder(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => filesUnder(path.join(dir, name)));
}

function fingerprint(count: number): string {
  const hash = createHash('sha256').update(`releases ${count}\n`);
  for (const file of SOURCES.flatMap(filesUnder)) hash.update(`${file}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/** `count − 2` month ends before the first of the sample's releases, oldest first. */
function extraDates(count: number, first: string): string[] {
  const [year, month] = first.split('-').map(Number);
  const dates: string[] = [];
  for (let back = count - 2; back >= 1; back--) {
    const index = year * 12 + (month - 1) - back;
    dates.push(dayToIso(lastDayOfMonth(Math.floor(index / 12), (index % 12) + 1)));
  }
  return dates;
}

/** A releases root holding `count` releases of the sample, cached under tmp/. */
export async function sampleReleases(count: number, log: (line: string) => void): Promise<string> {
  const root = path.join(ROOT, `releases-${count}`);
  const stamp = path.join(ROOT, `releases-${count}.sha256`);
  const wanted = fingerprint(count);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(root)) {
    log(`releases: ${count} releases of the sample cached in ${root}`);
    return root;
  }
  const started = performance.now();
  const staging = `${root}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(releasesFolder(RELEASES_ROOT, true), releasesFolder(staging, true), { recursive: true });
  const work = path.join(ROOT, `work-${process.pid}`);
  for (const asOf of extraDates(count, releaseDates(releasesFolder(staging, true))[0])) {
    // One process a release, as the workflow makes them: in one process, the job-title rules compiled
    // by every build fill re2-wasm's fixed 16 MiB heap after about twenty builds (it aborts).
    const made = spawnSync(
      process.execPath,
      [
        'scripts/release.ts',
        '--input',
        SAMPLE_INPUT,
        '--as-of',
        asOf,
        '--releases',
        staging,
        '--out',
        path.join(work, asOf),
        '--report',
        path.join(work, `${asOf}-report.csv`),
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`release ${asOf}:\n${made.stdout}\n${made.stderr}`);
  }
  rmSync(work, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
  renameSync(staging, root);
  writeFileSync(stamp, wanted);
  log(`releases: made ${count} releases of the sample in ${((performance.now() - started) / 1000).toFixed(0)} s (${root})`);
  return root;
}

/** A copy of the project to build in: the files git would show, node_modules hard-linked without caches. */
function projectCopy(dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(file)) continue;
    mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
    cpSync(file, path.join(dest, file));
  }
  // Hard links: the packages are read, never written, and a copy of 17,000 files takes a second.
  const linked = spawnSync('cp', ['-al', 'node_modules', path.join(dest, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`cp -al node_modules: ${linked.stderr}`);
  for (const cache of CACHES) rmSync(path.join(dest, 'node_modules', cache), { recursive: true, force: true });
}

interface SiteBuild {
  seconds: number;
  cpuSeconds: number | null;
  distMiB: number;
  pages: number;
}

/** GNU time, when installed: the CPU time of `npm run build` and every process it waited for. */
const TIME = '/usr/bin/time';

function siteBuild(dir: string): SiteBuild {
  const usage = path.join(dir, '..', `${path.basename(dir)}.time`);
  const [command, args] = existsSync(TIME) ? [TIME, ['-f', '%U %S', '-o', usage, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run build in ${dir} failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  let cpuSeconds: number | null = null;
  if (existsSync(usage)) {
    const [user, system] = readFileSync(usage, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpuSeconds = user + system;
    rmSync(usage);
  }
  const dist = filesUnder(path.join(dir, 'dist'));
  return {
    seconds,
    cpuSeconds,
    distMiB: dist.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20,
    pages: dist.filter((f) => f.endsWith('.html')).length,
  };
}

const cpu = (build: SiteBuild) => (build.cpuSeconds === null ? '' : ` (CPU ${build.cpuSeconds.toFixed(0)} s)`);

export async function benchReleases(count: number, log: (line: string) => void = console.log): Promise<void> {
  if (!Number.isInteger(count) || count < 2) throw new Error(`--releases: a whole number of releases, at least 2 (the sample's): ${count}`);
  const many = await sampleReleases(count, log);
  const results: Record<string, { cold: SiteBuild; warm: SiteBuild }> = {};
  for (const [label, releases] of [
    ['2', null],
    [String(count), many],
  ] as const) {
    const dir = path.join(ROOT, `site-${label}`);
    projectCopy(dir);
    if (releases) {
      rmSync(path.join(dir, RELEASES_ROOT, 'sample'), { recursive: true });
      cpSync(releasesFolder(releases, true), path.join(dir, releasesFolder(RELEASES_ROOT, true)), { recursive: true });
    }
    const cold = siteBuild(dir);
    log(
      `site with ${label} releases, cold: ${cold.seconds.toFixed(1)} s${cpu(cold)}, ${cold.pages} pages, dist ${cold.distMiB.toFixed(1)} MiB`,
    );
    const warm = siteBuild(dir);
    log(`site with ${label} releases, warm: ${warm.seconds.toFixed(1)} s${cpu(warm)}`);
    results[label] = { cold, warm };
    rmSync(dir, { recursive: true, force: true });
  }
  const [few, lots] = [results['2'], results[String(count)]];
  if (few.warm.cpuSeconds && lots.warm.cpuSeconds) {
    log(
      `CPU time, ${count} vs 2 releases: warm ${lots.warm.cpuSeconds.toFixed(0)} s vs ${few.warm.cpuSeconds.toFixed(0)} s, ratio ${(lots.warm.cpuSeconds / few.warm.cpuSeconds).toFixed(2)}x; ` +
        `cold ${lots.cold.cpuSeconds!.toFixed(0)} s vs ${few.cold.cpuSeconds!.toFixed(0)} s, ratio ${(lots.cold.cpuSeconds! / few.cold.cpuSeconds!).toFixed(2)}x`,
    );
  }
  log(
    `releases ${count} vs 2: warm ${lots.warm.seconds.toFixed(1)} s vs ${few.warm.seconds.toFixed(1)} s, ratio ${(lots.warm.seconds / few.warm.seconds).toFixed(2)}x (target ≤ 1.5x); ` +
      `cold ${lots.cold.seconds.toFixed(1)} s vs ${few.cold.seconds.toFixed(1)} s, ratio ${(lots.cold.seconds / few.cold.seconds).toFixed(2)}x; ` +
      `dist ${lots.warm.distMiB.toFixed(0)} vs ${few.warm.distMiB.toFixed(0)} MiB, ${lots.warm.pages} vs ${few.warm.pages} pages ` +
      `(${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)})`,
  );
}
