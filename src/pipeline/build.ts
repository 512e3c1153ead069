// The data build (§1): analyse (discover → reference → ingest → the refusal rules, analyse.ts) →
// metrics → suppress → publish. Returns an exit code and the lines of a short summary. It writes only
// where it may (output.ts: never the input, the current directory, a repository, or a folder it did
// not make: exit 2, nothing touched), holds a lock on `out` meanwhile, writes the reject report, and
// only then, when everything succeeded, swaps the new publication in.

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyseInputs, isPublishable, type Publishable } from './analyse.ts';
import type { DatasetName } from './contract.ts';
import { csvLine } from './csv-writer.ts';
import type { Rejection } from './ingest.ts';
import { bilingual, message, type Message } from './messages.ts';
import { acceptedDropLines, dropRefusal, dropsAgainst } from './drop.ts';
import { cleanLeftovers, lockOutput, outputRefusal, publishFolder, REPORT_HEADER } from './output.ts';
import { computeFacts } from './metrics.ts';
import { publishedPeriods } from './periods.ts';
import type { OnProgress } from './progress.ts';
import { demandJson } from './demand.ts';
import { factsCsv, metaJson, referenceJson, unsafeCount } from './publish.ts';
import type { DatasetSummary } from './published.ts';
import { UnreadableRelease, cellsByKey, type PreviousPublication } from './previous.ts';
import { discoverInputs, type DiscoveredInputs } from './read/discover.ts';
import { applySuppression } from './suppress.ts';
import { dayToIso } from './values/dates.ts';
import { formatSummary } from './summary.ts';
import { isSystemError, systemErrorMessage } from './system-error.ts';

/** The file that marks an input folder as the synthetic sample (its text: SAMPLE_MARKER_TEXT of sample/summary.ts). */
export const SAMPLE_MARKER_FILE = 'SAMPLE-DATA.txt';

export interface BuildOptions {
  input: string;
  out: string;
  /** Day number of `--as-of`, or undefined for the latest event. */
  asOf?: number;
  report: string;
  minCell: number;
  /** Progress of each file as it is read (progress.ts turns it into lines). */
  onProgress?: OnProgress;
  /**
   * The release to suppress against (revision-safe suppression), chosen once the as-of date is known;
   * none: the contract's suppression exactly. It must be earlier than the as-of date.
   */
  previous?: (asOf: string) => PreviousPublication | undefined;
  /** Datasets whose fall by more than half against `previous` the run accepts (drop.ts); others are refused. */
  acceptDrop?: readonly DatasetName[];
}

export interface BuildResult {
  /** 0 published, 1 refused or failed, 2 wrong usage (an output the build may not write, or an --as-of date far after the data: nothing touched). */
  exitCode: 0 | 1 | 2;
  /** Lines for the console. */
  summary: string[];
  /** Present when the build published. */
  published?: { asOf: string; facts: number; suppressed: number; complementary: number; previousRelease?: string };
  datasets?: Record<DatasetName, DatasetSummary>;
  rejected: Rejection[];
}

function failure(summary: string[], error: { file?: string; line?: number; message: Message }, rejected: Rejection[] = []): BuildResult {
  const where = [error.file, error.line !== undefined ? `baris/line ${error.line}` : undefined].filter(Boolean).join(', ');
  return {
    exitCode: 1,
    summary: [
      ...summary,
      `GAGAL / FAILED${where ? ` — ${where}` : ''}: ${bilingual(error.message)}`,
      'Tidak ada yang diterbitkan / nothing was published.',
    ],
    rejected,
  };
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  let refusal: Message | null;
  try {
    refusal = outputRefusal(options);
  } catch (error) {
    return failure([], { message: systemMessage(error) });
  }
  if (refusal)
    return {
      exitCode: 2,
      summary: [`DITOLAK / REFUSED: ${bilingual(refusal)}`, 'Tidak ada yang diubah / nothing was changed.'],
      rejected: [],
    };
  let lock: ReturnType<typeof lockOutput>;
  try {
    lock = lockOutput(options.out);
  } catch (error) {
    return failure([], { message: systemMessage(error) });
  }
  if (!('release' in lock)) return failure([], { message: lock });
  try {
    return await buildLocked(options);
  } finally {
    lock.release();
  }
}

/** A system error as a message; anything else is a bug and goes on up. */
function systemMessage(error: unknown): Message {
  if (!isSystemError(error)) throw error;
  return systemErrorMessage(error);
}

/** What run() leaves to do: the files to swap in when the build may publish, and the summary before publishing. */
interface Outcome {
  result: BuildResult;
  files?: Record<string, string>;
  before?: string[];
}

async function buildLocked(options: BuildOptions): Promise<BuildResult> {
  const rejected: Rejection[] = [];
  let outcome: Outcome;
  let tidied: string[] = [];
  try {
    tidied = cleanLeftovers(options.out);
    outcome = await run(options, rejected);
  } catch (error) {
    outcome = { result: failure([], { message: systemMessage(error) }, rejected) };
  }
  // The report first: a publication never goes out without its reject report beside it.
  try {
    writeReport(options.report, rejected);
  } catch (error) {
    return failure(outcome.before ?? outcome.result.summary, { file: options.report, message: systemMessage(error) }, rejected);
  }
  if (outcome.files) {
    try {
      publishFolder(options.out, outcome.files);
    } catch (error) {
      return failure(outcome.before ?? [], { message: systemMessage(error) }, rejected);
    }
  }
  const { result } = outcome;
  if (tidied.length > 0) result.summary.push(`Sisa build sebelumnya dibereskan / left by an earlier build, tidied: ${tidied.join(', ')}`);
  result.summary.push(
    rejected.length > 0
      ? `Laporan baris ditolak (privat, jangan dibagikan) / reject report (private, do not share): ${options.report}`
      : `Tidak ada baris ditolak / no rejected rows (${options.report})`,
  );
  return result;
}

async function run(options: BuildOptions, rejected: Rejection[]): Promise<Outcome> {
  const discovered = discoverInputs(options.input);
  const analysis = await analyseInputs({
    inputs: discovered,
    asOf: options.asOf,
    onReject: (r) => rejected.push(r),
    onProgress: options.onProgress,
  });
  // A file or reference table that cannot be read: there is no table of counts to show.
  if (analysis.data === null || analysis.datasets === null) return { result: failure([], analysis.refusals[0], rejected) };
  const summaryLines = formatSummary({
    input: options.input,
    datasets: analysis.datasets,
    data: analysis.data,
    ignored: discovered.ignored,
  });
  // An as-of date far after the data is wrong usage, like a malformed one (exit 2), found only once the data is read.
  const asOfTooLate = analysis.refusals.find((r) => r.rule === 'as_of_after_latest_event');
  if (asOfTooLate) return { result: { ...failure(summaryLines, asOfTooLate, rejected), exitCode: 2, datasets: analysis.datasets } };
  if (!isPublishable(analysis))
    return { result: { ...failure(summaryLines, analysis.refusals[0], rejected), datasets: analysis.datasets } };
  return publish(options, discovered, analysis, summaryLines, rejected);
}

/** The second half: metrics, suppression and the published files, from inputs the analysis accepted. */
function publish(
  options: BuildOptions,
  discovered: DiscoveredInputs,
  analysis: Publishable,
  before: string[],
  rejected: Rejection[],
): Outcome {
  const { data, datasets, reference } = analysis;
  const { firstEvent, asOf } = analysis.span;
  const periods = publishedPeriods(firstEvent, asOf);
  const facts = computeFacts({ data, periods, asOf });
  const unsafe = unsafeCount(facts);
  if (unsafe) {
    return {
      result: failure(
        before,
        {
          message: message(
            `${unsafe.metric} ${unsafe.period} = ${unsafe.value}: jumlah di luar rentang yang dapat dihitung dengan tepat; laporkan ini sebagai bug`,
            `${unsafe.metric} ${unsafe.period} = ${unsafe.value}: a total outside the range the build counts exactly; please report this as a bug`,
          ),
        },
        rejected,
      ),
    };
  }
  let previous: PreviousPublication | undefined;
  try {
    previous = options.previous?.(dayToIso(asOf));
  } catch (e) {
    if (e instanceof UnreadableRelease) return { result: failure(before, { message: e.explanation }, rejected) };
    throw e;
  }
  if (previous && previous.asOf >= dayToIso(asOf)) {
    return {
      result: failure(
        before,
        {
          message: message(
            `rilis sebelumnya (${previous.asOf}) harus lebih awal dari tanggal data ${dayToIso(asOf)}`,
            `the previous release (${previous.asOf}) must be earlier than the as-of date ${dayToIso(asOf)}`,
          ),
        },
        rejected,
      ),
    };
  }
  const drops = previous ? dropsAgainst(datasets, previous) : [];
  const dropped = dropRefusal(drops, options.acceptDrop ?? [], previous?.asOf ?? '');
  if (dropped) return { result: failure(before, { message: dropped }, rejected) };
  before.push(...acceptedDropLines(drops, options.acceptDrop ?? []));
  const complementary = applySuppression(facts, options.minCell, previous && cellsByKey(previous.facts));
  const sample = existsSync(path.join(options.input, SAMPLE_MARKER_FILE));

  const files: Record<string, string> = {
    'facts.csv': factsCsv(facts),
    'meta.json': metaJson({
      asOf,
      minCell: options.minCell,
      sample,
      firstEvent,
      periods,
      datasets,
      ignoredFiles: discovered.ignored,
      referenceSources: reference.sources,
      previousRelease: previous?.asOf,
    }),
    'reference.json': referenceJson(reference, reference.kecamatan),
    'demand.json': demandJson(data, periods, asOf),
  };

  const suppressed = facts.filter((f) => f.flag === 'suppressed').length;
  const summaryLines = [
    ...before,
    `As-of / per tanggal: ${dayToIso(asOf)}${options.asOf === undefined ? ' (kejadian terakhir / latest event)' : ''}${sample ? ' — DATA CONTOH / SAMPLE DATA' : ''}`,
    `Diterbitkan / published: ${options.out} — facts.csv ${facts.length} baris/rows, ${suppressed} disembunyikan/suppressed (${complementary} komplementer/complementary)`,
    ...(previous ? [`Disembunyikan terhadap rilis / suppressed against the release of ${previous.asOf}`] : []),
  ];
  const result: BuildResult = {
    exitCode: 0,
    summary: summaryLines,
    published: { asOf: dayToIso(asOf), facts: facts.length, suppressed, complementary, previousRelease: previous?.asOf },
    datasets,
    rejected,
  };
  return { result, files, before };
}

/**
 * The reject report (private, opened in Excel): `dataset,file,line,column,value,reason`, written on success
 * and on failure; values that look like formulas are defused (csv-writer.ts); written aside and renamed in,
 * so a crash never leaves half a report.
 */
function writeReport(file: string, rejected: Rejection[]): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const lines = rejected.map((r) => csvLine([r.dataset, r.file, r.line, r.column, r.value, bilingual(r.reason)]));
  const staging = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(staging, `${REPORT_HEADER}\n${lines.map((l) => `${l}\n`).join('')}`);
    renameSync(staging, file);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}
