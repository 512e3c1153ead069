// `npm run bench -- --national`: the data build and DuckDB on the same national-scale input, one after
// the other in one run, each in a child process of its own (wall time of the whole process, as a
// person would time `npm run data`; peak RSS from the child itself).

import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DUCKDB_VERSION, ensureDuckDb } from './duckdb.ts';
import { FILES, PARAMETERS, nationalInput } from './national-input.ts';

export interface Timed {
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  stderrLines: number;
  stdout: string;
}

const ROOT = path.resolve('tmp/national');
const USAGE = path.join(ROOT, 'usage.json');

/** Runs `node args` with the usage preload; its wall time, its own peak RSS and what it printed. */
export function timedNode(args: string[], env: NodeJS.ProcessEnv = {}): Timed {
  rmSync(USAGE, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', path.resolve('scripts/bench/report-usage.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, ...env, BENCH_USAGE_FILE: USAGE },
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}:\n${child.stdout}\n${child.stderr}`);
  const { maxRssKiB, cpuMicroseconds } = JSON.parse(readFileSync(USAGE, 'utf8')) as { maxRssKiB: number; cpuMicroseconds: number };
  return {
    seconds,
    cpuSeconds: cpuMicroseconds / 1e6,
    peakRssMiB: maxRssKiB / 1024,
    stderrLines: child.stderr.split('\n').filter(Boolean).length,
    stdout: child.stdout,
  };
}

export async function benchNational(log: (line: string) => void = console.log): Promise<void> {
  const input = await nationalInput(ROOT, log);
  const bytes = Object.values(FILES).reduce((sum, f) => sum + statSync(path.join(input, f)).size, 0);
  const rows = PARAMETERS.enrollments + PARAMETERS.certifications + PARAMETERS.placements + PARAMETERS.vacancies;
  const cache = ensureDuckDb(log);

  const out = path.join(ROOT, 'out');
  if (existsSync(out)) log(`data build: publishing into ${out} again`);
  // The same command a person runs (`npm run data`), without npm's own start-up, with the malloc
  // setting the publish workflow gives every step (.github/workflows/publish.yml).
  const build = timedNode(['scripts/build-data.ts', '--input', input, '--out', out, '--report', path.join(ROOT, 'report.csv')], {
    MALLOC_ARENA_MAX: '2',
  });
  log(
    `data build (MALLOC_ARENA_MAX=2): ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), peak RSS ${build.peakRssMiB.toFixed(0)} MiB, ${build.stderrLines} progress lines`,
  );
  for (const line of build.stdout.trim().split('\n').slice(0, 6)) log(`  ${line}`);

  const duck = timedNode([path.join(import.meta.dirname, '..', 'bench.ts'), 'duckdb', cache, input]);
  log(
    `DuckDB ${DUCKDB_VERSION}: ${duck.seconds.toFixed(1)} s (CPU ${duck.cpuSeconds.toFixed(1)} s), peak RSS ${duck.peakRssMiB.toFixed(0)} MiB, groups ${duck.stdout.trim()}`,
  );

  const millions = (rows / 1e6).toFixed(1);
  log(
    `national ${millions}M rows (${(bytes / 2 ** 20).toFixed(0)} MiB): build ${build.seconds.toFixed(1)} s, ${build.peakRssMiB.toFixed(0)} MiB; ` +
      `DuckDB ${duck.seconds.toFixed(1)} s, ${duck.peakRssMiB.toFixed(0)} MiB; ratio ${(build.seconds / duck.seconds).toFixed(1)}x ` +
      `(CPU time ${build.cpuSeconds.toFixed(1)} s vs ${duck.cpuSeconds.toFixed(1)} s, ${(build.cpuSeconds / duck.cpuSeconds).toFixed(1)}x) ` +
      `(${availableParallelism()} cores, Node ${process.versions.node}, load average ${loadavg()[0].toFixed(1)})`,
  );
}
