// The data build (§1): discover → reference → ingest (read, validate, judge) → metrics → suppress →
// publish. Returns an exit code and the lines of a short summary; writes nothing in `out` unless
// everything succeeded (a temporary folder is swapped in at the end).

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATASETS, MAX_REJECTED_SHARE_DENOMINATOR, type DatasetName } from './contract.ts';
import { ingest, type Ingested, type Rejection } from './ingest.ts';
import { bilingual, message, type Message } from './messages.ts';
import { computeFacts } from './metrics.ts';
import { publishedPeriods } from './periods.ts';
import { datasetSummary, demandJson, factsCsv, metaJson, referenceJson, type DatasetSummary } from './publish.ts';
import { discoverInputs } from './read/discover.ts';
import { loadKecamatanPopulation, loadReferenceTables } from './reference.ts';
import { applySuppression } from './suppress.ts';
import { dayToIso } from './values/dates.ts';
import { formatSummary } from './summary.ts';

export const SAMPLE_MARKER = 'SAMPLE-DATA.txt';

export interface BuildOptions {
  input: string;
  out: string;
  /** Day number of `--as-of`, or undefined for the latest event. */
  asOf?: number;
  report: string;
  minCell: number;
  /** Progress lines for long inputs. */
  onProgress?: (line: string) => void;
}

export interface BuildResult {
  exitCode: 0 | 1;
  /** Lines for the console. */
  summary: string[];
  /** Present when the build published. */
  published?: { asOf: string; facts: number; suppressed: number; complementary: number };
  datasets?: Record<DatasetName, DatasetSummary>;
  rejected: Rejection[];
}

function failure(summary: string[], error: { file?: string; line?: number; message: Message }, rejected: Rejection[] = []): BuildResult {
  const where = [error.file, error.line !== undefined ? `baris/line ${error.line}` : undefined].filter(Boolean).join(', ');
  return { exitCode: 1, summary: [...summary, `GAGAL / FAILED${where ? ` — ${where}` : ''}: ${bilingual(error.message)}`, 'Tidak ada yang diterbitkan / nothing was published.'], rejected };
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const rejected: Rejection[] = [];
  const result = await run(options, rejected);
  writeReport(options.report, rejected);
  result.summary.push(rejected.length > 0
    ? `Laporan baris ditolak (privat, jangan dibagikan) / reject report (private, do not share): ${options.report}`
    : `Tidak ada baris ditolak / no rejected rows (${options.report})`);
  return result;
}

async function run(options: BuildOptions, rejected: Rejection[]): Promise<BuildResult> {
  const discovered = discoverInputs(options.input);
  const reference = await loadReferenceTables(discovered.reference);
  if (!reference.ok) return failure([], { file: reference.file, line: reference.line, message: reference.message });

  let lastProgress = 0;
  const ingested = await ingest({
    reference: reference.tables,
    inputs: discovered.files,
    onReject: (r) => rejected.push(r),
    onProgress: options.onProgress && ((file, read, total) => {
      const now = Date.now();
      if (total < 20_000_000 || now - lastProgress < 2000) return;
      lastProgress = now;
      options.onProgress!(`${file}: ${Math.round((100 * read) / total)} %`);
    }),
  });
  if (!ingested.ok) return failure([], ingested.error, rejected);
  const data = ingested.data;

  const events = datasetEvents(data);
  const datasets = Object.fromEntries(DATASETS.map((d) => [d, datasetSummary(data.files[d], events[d])])) as Record<DatasetName, DatasetSummary>;
  const summaryLines = formatSummary({ input: options.input, datasets, data, ignored: discovered.ignored });

  for (const d of DATASETS) {
    const s = datasets[d];
    if (MAX_REJECTED_SHARE_DENOMINATOR * s.rejected > s.rows_read) {
      return { ...failure(summaryLines, { message: message(
        `${d}: ${s.rejected} dari ${s.rows_read} baris ditolak (lebih dari 5 %); perbaiki baris di laporan lalu jalankan lagi`,
        `${d}: ${s.rejected} of ${s.rows_read} rows rejected (more than 5 %); fix the rows in the report and run again`) }, rejected), datasets };
    }
  }

  const all = DATASETS.map((d) => events[d]).filter((e) => e !== null);
  if (all.length === 0) {
    return { ...failure(summaryLines, { message: message(
      'tidak ada satu pun tanggal kejadian di data: tidak ada yang bisa diterbitkan (ekspor kosong tidak boleh menggantikan dasbor)',
      'no event date in any dataset: there is nothing to publish (an empty export must never replace the dashboard)') }, rejected), datasets };
  }
  const firstEvent = Math.min(...all.map((e) => e.first));
  const asOf = options.asOf ?? Math.max(...all.map((e) => e.last));
  if (asOf < firstEvent) {
    return { ...failure(summaryLines, { message: message(
      `tanggal as-of ${dayToIso(asOf)} sebelum kejadian pertama (${dayToIso(firstEvent)})`,
      `the as-of date ${dayToIso(asOf)} is before the first event (${dayToIso(firstEvent)})`) }, rejected), datasets };
  }

  const periods = publishedPeriods(firstEvent, asOf);
  const facts = computeFacts({ data, periods, asOf });
  const complementary = applySuppression(facts, options.minCell);
  const sample = existsSync(path.join(options.input, SAMPLE_MARKER));

  const files: Record<string, string> = {
    'facts.csv': factsCsv(facts),
    'meta.json': metaJson({
      asOf, minCell: options.minCell, sample, firstEvent, periods, datasets,
      ignoredFiles: discovered.ignored, referenceSources: reference.tables.sources,
    }),
    'reference.json': referenceJson(reference.tables, loadKecamatanPopulation()),
    'demand.json': demandJson(data, periods, asOf),
  };
  replaceFolder(options.out, files);

  const suppressed = facts.filter((f) => f.flag === 'suppressed').length;
  summaryLines.push(
    `As-of / per tanggal: ${dayToIso(asOf)}${options.asOf === undefined ? ' (kejadian terakhir / latest event)' : ''}${sample ? ' — DATA CONTOH / SAMPLE DATA' : ''}`,
    `Diterbitkan / published: ${options.out} — facts.csv ${facts.length} baris/rows, ${suppressed} disembunyikan/suppressed (${complementary} komplementer/complementary)`,
  );
  return { exitCode: 0, summary: summaryLines, published: { asOf: dayToIso(asOf), facts: facts.length, suppressed, complementary }, datasets, rejected };
}

/** First and last event day per dataset, over the final accepted rows (§5). */
function datasetEvents(data: Ingested): Record<DatasetName, { first: number; last: number } | null> {
  const span = (columns: Int32Array[]) => {
    let first = Infinity;
    let last = -Infinity;
    for (const c of columns) {
      for (const day of c) {
        if (day < 0) continue; // ongoing or missing end date: not an event
        if (day < first) first = day;
        if (day > last) last = day;
      }
    }
    return first === Infinity ? null : { first, last };
  };
  const { enrollments, certifications, placements, vacancies } = data.stores;
  return {
    enrollments: span([enrollments.column('start'), enrollments.column('end')]),
    certifications: span([certifications.column('assessed')]),
    placements: span([placements.column('day')]),
    vacancies: span([vacancies.column('day')]),
  };
}

/** Writes the files into a fresh sibling folder, then swaps it in: `out` is never left half-written. */
function replaceFolder(out: string, files: Record<string, string>): void {
  const target = path.resolve(out);
  const staging = `${target}.tmp-${process.pid}`;
  const previous = `${target}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(staging, name), content);
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The reject report (private): `dataset,file,line,column,value,reason`, written on success and on failure. */
function writeReport(file: string, rejected: Rejection[]): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const lines = rejected.map((r) => [r.dataset, r.file, String(r.line), r.column, r.value, bilingual(r.reason)].map(csvField).join(','));
  writeFileSync(file, `dataset,file,line,column,value,reason\n${lines.map((l) => `${l}\n`).join('')}`);
}
