// node scripts/bench-read.ts [--rows N] [--chunk BYTES]: times the CSV reader alone on a synthetic
// export (N rows × 12 columns, semicolons, some quoted fields with delimiters, doubled quotes and line
// breaks, CRLF), written once to tmp/. The reading runs in a child process so its peak memory is its own.
// Prints rows, wall and CPU time, rows per second and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, writeSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCsv } from '../src/pipeline/read/csv.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    chunk: { type: 'string' },
    child: { type: 'string' },
  },
});

const HEADER =
  'id_peserta;nik;nama_lengkap;jenis_kelamin;tanggal_lahir;kota;kecamatan;pendidikan;kode_program;tgl_mulai;tgl_selesai;status';
const KECAMATAN = ['Ciwandan', 'Citangkil', 'Pulomerak', 'Purwakarta', 'Grogol', 'Cilegon', 'Jombang', 'Cibeber'];

function row(i: number): string {
  // One row in 10 quotes a name holding the delimiter; one in 100 a doubled quote; one in 1000 a line break.
  const name =
    i % 1000 === 0
      ? `"Peserta ${i}\r\nbaris kedua"`
      : i % 100 === 0
        ? `"Peserta ""${i}"""`
        : i % 10 === 0
          ? `"Sintetis; Peserta ${i}"`
          : `Peserta Sintetis ${i}`;
  const day = 1 + (i % 28),
    month = 1 + (i % 12);
  return [
    `E${String(i).padStart(8, '0')}`,
    `3672${String(i).padStart(12, '0')}`,
    name,
    i % 3 ? 'L' : 'P',
    `${day}/${month}/19${80 + (i % 20)}`,
    'Kota Cilegon',
    KECAMATAN[i % 8],
    i % 2 ? 'SMA' : 'SMK',
    `'0${100 + (i % 40)}`,
    `2025-${month}-${day}`,
    `${day}/${month}/2025`,
    i % 10 ? 'Lulus' : 'Mengundurkan Diri',
  ].join(';');
}

function generate(file: string, rows: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${HEADER}\r\n`);
    for (let start = 0; start < rows; start += 10_000) {
      const block: string[] = [];
      for (let i = start; i < Math.min(rows, start + 10_000); i++) block.push(row(i));
      writeSync(fd, `${block.join('\r\n')}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
}

async function measure(file: string, chunkSize: number | undefined): Promise<void> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let records = 0,
    fields = 0,
    lastLine = 0;
  for await (const event of readCsv(file, { decodeChunkSize: chunkSize })) {
    if (event.kind === 'fatal') throw new Error(event.message.en);
    if (event.kind !== 'records') continue;
    records += event.records.length;
    for (const r of event.records) fields += r.fields.length;
    lastLine = event.records[event.records.length - 1].line;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(JSON.stringify({ records, fields, lastLine, seconds, cpuSeconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

if (values.child) {
  await measure(values.child, values.chunk ? Number(values.chunk) : undefined);
} else {
  const rows = Number(values.rows);
  const file = path.resolve('tmp', `bench-read-${rows}.csv`);
  if (!existsSync(file)) generate(file, rows);
  const bytes = statSync(file).size;
  const child = spawnSync(process.execPath, [import.meta.filename, '--child', file, ...(values.chunk ? ['--chunk', values.chunk] : [])], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const result = JSON.parse(child.stdout);
  console.log(
    `${result.records.toLocaleString('en')} rows × 12 columns (${(bytes / 2 ** 20).toFixed(0)} MiB; last record on line ${result.lastLine})`,
  );
  console.log(
    `wall ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s, garbage collection threads included) · ${Math.round(result.records / result.seconds).toLocaleString('en')} rows/s · peak RSS ${result.peakRssMiB.toFixed(0)} MiB`,
  );
}
