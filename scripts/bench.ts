// npm run bench [-- --rows N]: times the data build on a large synthetic input (N enrollments, and
// certifications, placements and vacancies in proportion), in a child process so its peak memory is
// its own. Prints rows, wall time, rows per second and peak RSS.
// npm run bench -- titles: times job-title classification on hostile inputs (a 1 MB title, `(a+)+$`)
// and on 100,000 distinct titles, half of them matching a rule (no cache hit).
// npm run bench -- --national: the data build against DuckDB on the national-scale input (issue 9,
// scripts/bench/national.ts). npm run bench -- --releases 24: the site build with 24 kept releases
// of the sample against the build with its two (scripts/bench/releases.ts). See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from '../src/pipeline/build.ts';
import { runDuckDb } from './bench/duckdb.ts';
import { benchNational } from './bench/national.ts';
import { benchReleases } from './bench/releases.ts';
import { loadReferenceTables } from '../src/pipeline/reference.ts';
import { classifyTitle, compilePattern, titleClassifier, titleForMatching } from '../src/pipeline/titles.ts';

const { values, positionals } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, national: { type: 'boolean', default: false }, releases: { type: 'string' } },
  allowPositionals: true,
});

async function write(file: string, header: string, n: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    chunk.push(row(i));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join('\n')}\n`);
  await new Promise<void>((r) => out.end(() => r()));
}

async function generate(dir: string, n: number): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const codes = (file: string) =>
    readFileSync(path.join('data/reference', file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
  const programs = codes('programs.csv');
  const schemes = codes('schemes.csv');
  const kecamatan = ['Ciwandan', 'Citangkil', 'Pulomerak', 'Purwakarta', 'Grogol', 'Cilegon', 'Jombang', 'Cibeber'];
  const date = (i: number) => {
    const d = new Date(Date.UTC(2023, 0, 1) + (i % 1300) * 86_400_000);
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  };
  const nik = (i: number) => `00${String(i % Math.floor(n * 0.8)).padStart(14, '0')}`;
  await write(
    path.join(dir, 'peserta.csv'),
    'id_peserta;nik;nama_lengkap;jenis_kelamin;kota;kecamatan;kode_program;tgl_mulai;tgl_selesai;status',
    n,
    (i) =>
      `E${i};${nik(i)};Peserta Sintetis ${i};${i % 3 ? 'L' : 'P'};Cilegon;${kecamatan[i % 8]};${programs[i % programs.length]};${date(i)};${date(i + 60)};${i % 10 ? 'Lulus' : 'Mengundurkan Diri'}`,
  );
  const m = Math.floor(n * 0.5);
  await write(
    path.join(dir, 'sertifikasi.csv'),
    'id_uji;nik;id_peserta;kode_skema;tanggal_uji;hasil;nomor_sertifikat',
    m,
    (i) =>
      `C${i};${nik(i * 2)};E${i * 2};${schemes[i % schemes.length]};${date(i * 2 + 80)};${i % 7 ? 'Kompeten' : 'Belum Kompeten'};SAMPLE-${i}`,
  );
  await write(
    path.join(dir, 'penempatan.csv'),
    'id_penempatan;nik;id_peserta;tanggal_penempatan;jenis_penempatan;nama_perusahaan;upah',
    m,
    (i) => `P${i};${nik(i * 2)};E${i * 2};${date(i * 2 + 120)};bekerja;PT Sintetis ${i % 300};Rp 5.128.084`,
  );
  await write(
    path.join(dir, 'lowongan.csv'),
    'id_lowongan;tanggal_posting;nama_perusahaan;kbji;jabatan;jumlah_kebutuhan;kota;kecamatan',
    Math.floor(n * 0.3),
    (i) =>
      `V${i};${date(i)};PT Sintetis ${i % 300};;${i % 2 ? 'Welder SMAW' : 'Operator Forklift'};${1 + (i % 20)};Cilegon;${kecamatan[i % 8]}`,
  );
}

/** Milliseconds `f` takes, and its result. */
function timed<T>(f: () => T): [number, T] {
  const start = performance.now();
  const result = f();
  return [performance.now() - start, result];
}

async function benchTitles(): Promise<void> {
  const loaded = await loadReferenceTables({});
  if (!loaded.ok) throw new Error(loaded.message.en);
  const rules = loaded.tables.jobTitles;
  const big = `Welder 6G ${'x'.repeat(1_000_000)}`;
  const [uncut, a] = timed(() => classifyTitle(rules, big));
  const [cut, b] = timed(() => classifyTitle(rules, titleForMatching(big).text));
  const nested = compilePattern('(a+)+$');
  if (!nested.ok) throw new Error(nested.reason.en);
  const [backtracking, c] = timed(() => nested.pattern.test(`${'a'.repeat(40)}!`));
  const classify = titleClassifier(rules);
  const [distinct] = timed(() => {
    for (let i = 0; i < 100_000; i++) classify(i % 2 ? `Operator Produksi ${i}` : `Welder SMAW ${i}`);
  });
  console.log(`1 MB title, bundled rules: ${uncut.toFixed(0)} ms uncut (${a}), ${cut.toFixed(1)} ms cut to 300 characters (${b})`);
  console.log(`(a+)+$ against 40 a and !: ${backtracking.toFixed(1)} ms (${c})`);
  console.log(`100,000 distinct titles: ${(distinct / 1000).toFixed(2)} s (${(distinct / 100).toFixed(0)} µs a title)`);
}

if (positionals[0] === 'titles') {
  await benchTitles();
} else if (values.national) {
  await benchNational();
} else if (values.releases !== undefined) {
  await benchReleases(Number(values.releases));
} else if (positionals[0] === 'duckdb') {
  console.log(JSON.stringify(await runDuckDb(positionals[1], positionals[2], 'data/reference')));
} else if (positionals[0] === 'run') {
  const start = performance.now();
  const result = await buildData({
    input: positionals[1],
    out: positionals[2],
    report: path.join(positionals[2], '..', 'report.csv'),
    minCell: 5,
  });
  const seconds = (performance.now() - start) / 1000;
  const rows = Object.values(result.datasets ?? {}).reduce((s, d) => s + d.rows_read, 0);
  console.log(JSON.stringify({ exitCode: result.exitCode, rows, seconds, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const n = Number(values.rows);
  const dir = path.resolve('tmp/bench');
  const t0 = performance.now();
  await generate(path.join(dir, 'input'), n);
  console.log(
    `generated ${n} enrollments (+ ${n / 2} certifications, ${n / 2} placements, ${0.3 * n} vacancies) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const run = spawnSync(process.execPath, [import.meta.filename, 'run', path.join(dir, 'input'), path.join(dir, 'out')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
  console.log(
    `data build: ${r.rows} rows in ${r.seconds.toFixed(2)} s (${Math.round(r.rows / r.seconds).toLocaleString('en-GB')} rows/s), peak RSS ${r.peakRssMiB} MiB, exit ${r.exitCode}`,
  );
}
