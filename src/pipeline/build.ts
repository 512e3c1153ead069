// The data build (§1): analyse (discover → reference → ingest → the refusal rules, analyse.ts) →
// metrics → suppress → publish. Returns an exit code and the lines of a short summary; writes nothing
// in `out` unless everything succeeded (a temporary folder is swapped in at the end).

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyseInputs, isPublishable, type Publishable } from './analyse.ts';
import type { DatasetName } from './contract.ts';
import { csvLine } from './csv-writer.ts';
import type { Rejection } from './ingest.ts';
import { bilingual, message, type Message } from './messages.ts';
import { computeFacts } from './metrics.ts';
import { publishedPeriods } from './periods.ts';
import { demandJson, factsCsv, metaJson, referenceJson, type DatasetSummary } from './publish.ts';
import { publishedCells, type PreviousPublication } from './previous.ts';
import { discoverInputs, type DiscoveredInputs } from './read/discover.ts';
import { loadKecamatanPopulation } from './reference.ts';
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
  /**
   * The release to suppress against (revision-safe suppression), chosen once the as-of date is known;
   * none: the contract's suppression exactly. It must be earlier than the as-of date.
   */
  previous?: (asOf: string) => PreviousPublication | undefined;
}

export interface BuildResult {
  exitCode: 0 | 1;
  /** Lines for the console. */
  summary: string[];
  /** Present when the build published. */
  published?: { asOf: string; facts: number; suppressed: number; complementary: number; previousRelease?: string };
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
  const analysis = await analyseInputs({
    inputs: discovered, asOf: options.asOf, onReject: (r) => rejected.push(r), onProgress: options.onProgress,
  });
  // A file or reference table that cannot be read: there is no table of counts to show.
  if (analysis.data === null || analysis.datasets === null) return failure([], analysis.refusals[0], rejected);
  const summaryLines = formatSummary({ input: options.input, datasets: analysis.datasets, data: analysis.data, ignored: discovered.ignored });
  if (!isPublishable(analysis)) return { ...failure(summaryLines, analysis.refusals[0], rejected), datasets: analysis.datasets };
  return publish(options, discovered, analysis, summaryLines, rejected);
}

/** The second half: metrics, suppression and the published files, from inputs the analysis accepted. */
function publish(options: BuildOptions, discovered: DiscoveredInputs, analysis: Publishable, summaryLines: string[], rejected: Rejection[]): BuildResult {
  const { data, datasets, reference } = analysis;
  const { firstEvent, asOf } = analysis.span;
  const periods = publishedPeriods(firstEvent, asOf);
  const facts = computeFacts({ data, periods, asOf });
  const previous = options.previous?.(dayToIso(asOf));
  if (previous && previous.asOf >= dayToIso(asOf)) {
    return failure(summaryLines, { message: message(
      `rilis sebelumnya (${previous.asOf}) harus lebih awal dari tanggal data ${dayToIso(asOf)}`,
      `the previous release (${previous.asOf}) must be earlier than the as-of date ${dayToIso(asOf)}`,
    ) }, rejected);
  }
  const complementary = applySuppression(facts, options.minCell, previous && publishedCells(previous.facts));
  const sample = existsSync(path.join(options.input, SAMPLE_MARKER));

  const files: Record<string, string> = {
    'facts.csv': factsCsv(facts),
    'meta.json': metaJson({
      asOf, minCell: options.minCell, sample, firstEvent, periods, datasets,
      ignoredFiles: discovered.ignored, referenceSources: reference.sources, previousRelease: previous?.asOf,
    }),
    'reference.json': referenceJson(reference, loadKecamatanPopulation()),
    'demand.json': demandJson(data, periods, asOf),
  };
  replaceFolder(options.out, files);

  const suppressed = facts.filter((f) => f.flag === 'suppressed').length;
  summaryLines.push(
    `As-of / per tanggal: ${dayToIso(asOf)}${options.asOf === undefined ? ' (kejadian terakhir / latest event)' : ''}${sample ? ' — DATA CONTOH / SAMPLE DATA' : ''}`,
    `Diterbitkan / published: ${options.out} — facts.csv ${facts.length} baris/rows, ${suppressed} disembunyikan/suppressed (${complementary} komplementer/complementary)`,
    ...(previous ? [`Disembunyikan terhadap rilis / suppressed against the release of ${previous.asOf}`] : []),
  );
  return { exitCode: 0, summary: summaryLines, published: { asOf: dayToIso(asOf), facts: facts.length, suppressed, complementary, previousRelease: previous?.asOf }, datasets, rejected };
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

/** The reject report (private, opened in Excel): `dataset,file,line,column,value,reason`, written on success and on failure; values that look like formulas are defused (csv-writer.ts). */
function writeReport(file: string, rejected: Rejection[]): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const lines = rejected.map((r) => csvLine([r.dataset, r.file, r.line, r.column, r.value, bilingual(r.reason)]));
  writeFileSync(file, `dataset,file,line,column,value,reason\n${lines.map((l) => `${l}\n`).join('')}`);
}
