// The first half of the data build (§1–5): reference tables → ingest (read, validate, judge) → the
// rules that refuse to publish (a file that cannot be read, more than 5 % rejected rows, no event at
// all, an as-of date before the first event). It writes nothing and returns its verdict with
// everything it read: the build publishes from it (build.ts), `npm run data:check` only reports it.

import { DATASETS, MAX_AS_OF_DAYS_AFTER_LATEST_EVENT, MAX_REJECTED_SHARE_DENOMINATOR, type DatasetName } from './contract.ts';
import { NO_END } from './datasets/enrollments.ts';
import { ingest, type FatalError, type Ingested, type Rejection } from './ingest.ts';
import { message, type Message } from './messages.ts';
import type { OnProgress } from './progress.ts';
import type { DatasetSummary } from './published.ts';
import type { DiscoveredInputs } from './read/discover.ts';
import { loadReferenceTables, type ReferenceTables } from './reference.ts';
import { datasetSummary } from './summary.ts';
import { dayToIso } from './values/dates.ts';

export interface AnalysisOptions {
  inputs: DiscoveredInputs;
  /** Day number of `--as-of`, or undefined for the latest event. */
  asOf?: number;
  onReject: (r: Rejection) => void;
  /** Progress of each file as it is read (progress.ts turns it into lines). */
  onProgress?: OnProgress;
  /**
   * Read on after a file that cannot be read, so that every such file is named (data:check).
   * The build stops at the first: nothing after it could be published anyway.
   */
  readPastRefusedFiles?: boolean;
}

/** Why the inputs cannot be published; `file` and `line` when one file is the cause. */
export interface Refusal {
  rule: 'refused_file' | 'rejected_share' | 'no_events' | 'as_of_before_first_event' | 'as_of_after_latest_event';
  file?: string;
  line?: number;
  dataset?: DatasetName;
  message: Message;
}

export interface Analysis {
  /** Every reason to refuse, in the order the build judges them; empty when the inputs can be published. */
  refusals: Refusal[];
  /** Null when a reference table cannot be read: then nothing else was read. */
  reference: ReferenceTables | null;
  /** Null when reading stopped at a file that cannot be read. */
  data: Ingested | null;
  datasets: Record<DatasetName, DatasetSummary> | null;
  /** The first event and the as-of date; null when there is no event at all. */
  span: { firstEvent: number; asOf: number } | null;
}

/** An analysis with nothing to refuse: everything was read. */
export interface Publishable extends Analysis {
  refusals: [];
  reference: ReferenceTables;
  data: Ingested;
  datasets: Record<DatasetName, DatasetSummary>;
  span: { firstEvent: number; asOf: number };
}

export function isPublishable(analysis: Analysis): analysis is Publishable {
  return analysis.refusals.length === 0;
}

/** Reasons named per file in the 5 % refusal. */
const TOP_REASONS = 3;
/** A refusal names at most this many files (in file order); the reject report holds every row of all of them. */
const MAX_FILES_NAMED = 10;
/** Distinct reasons counted per file; reasons are a small fixed set, this only bounds memory on odd input. */
const MAX_REASONS_PER_FILE = 100;

/** Rejections counted per file and reason, for the 5 % refusal. */
function reasonCounter() {
  const byFile = new Map<string, Map<string, { reason: Message; count: number }>>();
  return {
    add(r: Rejection) {
      let counts = byFile.get(r.file);
      if (!counts) byFile.set(r.file, (counts = new Map()));
      const seen = counts.get(r.reason.en);
      if (seen) seen.count++;
      else if (counts.size < MAX_REASONS_PER_FILE) counts.set(r.reason.en, { reason: r.reason, count: 1 });
    },
    /** The `n` most common reasons of a file, the first seen first among equals. */
    top(file: string, n: number) {
      return [...(byFile.get(file)?.values() ?? [])].sort((a, b) => b.count - a.count).slice(0, n);
    },
  };
}

type EventSpan = { first: number; last: number } | null;

export async function analyseInputs(options: AnalysisOptions): Promise<Analysis> {
  const { inputs } = options;
  const reference = await loadReferenceTables(inputs.reference);
  if (!reference.ok) {
    return {
      refusals: [{ rule: 'refused_file', file: reference.file, line: reference.line, message: reference.message }],
      reference: null,
      data: null,
      datasets: null,
      span: null,
    };
  }

  // Names that stop the build before anything is read (a name that looks private, a folder that cannot be opened).
  const refusals: Refusal[] = inputs.refused.map((r) => ({ rule: 'refused_file', file: r.name, message: r.message }));
  if (refusals.length > 0 && !options.readPastRefusedFiles) {
    return { refusals, reference: reference.tables, data: null, datasets: null, span: null };
  }
  const refusedFile = (error: FatalError): Refusal => ({
    rule: 'refused_file',
    file: error.file,
    line: error.line,
    message: error.message,
  });
  const reasons = reasonCounter();
  const ingested = await ingest({
    reference: reference.tables,
    inputs: inputs.files,
    onReject: (r) => {
      reasons.add(r);
      options.onReject(r);
    },
    onProgress: options.onProgress,
    onFatal: options.readPastRefusedFiles ? (error) => refusals.push(refusedFile(error)) : undefined,
  });
  if (!ingested.ok) {
    return { refusals: [...refusals, refusedFile(ingested.error)], reference: reference.tables, data: null, datasets: null, span: null };
  }
  const data = ingested.data;

  const events = datasetEvents(data);
  const datasets = Object.fromEntries(DATASETS.map((d) => [d, datasetSummary(data.files[d], events[d])])) as Record<
    DatasetName,
    DatasetSummary
  >;

  for (const d of DATASETS) {
    const s = datasets[d];
    if (MAX_REJECTED_SHARE_DENOMINATOR * s.rejected > s.rows_read) {
      const perFile = s.files
        .filter((f) => f.rejected > 0)
        .map((f) => {
          const top = reasons.top(f.name, TOP_REASONS);
          return {
            id: `${f.name}: ${f.rejected} dari ${f.rows_read} ditolak (${top.map((r) => `${r.count}× ${r.reason.id}`).join('; ')})`,
            en: `${f.name}: ${f.rejected} of ${f.rows_read} rejected (${top.map((r) => `${r.count}× ${r.reason.en}`).join('; ')})`,
          };
        });
      const more = perFile.length - MAX_FILES_NAMED;
      const named = perFile.slice(0, MAX_FILES_NAMED);
      if (more > 0) named.push({ id: `dan ${more} file lain`, en: `and ${more} more files` });
      refusals.push({
        rule: 'rejected_share',
        dataset: d,
        message: message(
          `${d}: ${s.rejected} dari ${s.rows_read} baris ditolak (lebih dari 5 %) — ${named.map((f) => f.id).join(' — ')} — perbaiki baris di laporan lalu jalankan lagi`,
          `${d}: ${s.rejected} of ${s.rows_read} rows rejected (more than 5 %) — ${named.map((f) => f.en).join(' — ')} — fix the rows in the report and run again`,
        ),
      });
    }
  }

  const all = DATASETS.map((d) => events[d]).filter((e) => e !== null);
  if (all.length === 0) {
    refusals.push({
      rule: 'no_events',
      message: message(
        'tidak ada satu pun tanggal kejadian di data: tidak ada yang bisa diterbitkan (ekspor kosong tidak boleh menggantikan dasbor)',
        'no event date in any dataset: there is nothing to publish (an empty export must never replace the dashboard)',
      ),
    });
    return { refusals, reference: reference.tables, data, datasets, span: null };
  }
  const firstEvent = Math.min(...all.map((e) => e.first));
  const asOf = options.asOf ?? Math.max(...all.map((e) => e.last));
  if (asOf < firstEvent) {
    refusals.push({
      rule: 'as_of_before_first_event',
      message: message(
        `tanggal as-of ${dayToIso(asOf)} sebelum kejadian pertama (${dayToIso(firstEvent)})`,
        `the as-of date ${dayToIso(asOf)} is before the first event (${dayToIso(firstEvent)})`,
      ),
    });
  }
  const latest = DATASETS.filter((d) => events[d] !== null).reduce((a, b) => (events[b]!.last > events[a]!.last ? b : a));
  const latestEvent = events[latest]!.last;
  if (asOf - latestEvent > MAX_AS_OF_DAYS_AFTER_LATEST_EVENT) {
    refusals.push({
      rule: 'as_of_after_latest_event',
      message: message(
        `tanggal as-of ${dayToIso(asOf)} lebih dari ${MAX_AS_OF_DAYS_AFTER_LATEST_EVENT} hari setelah kejadian terakhir (${dayToIso(latestEvent)}, ${latest}): ` +
          `periksa --as-of (salah ketik tahun?), atau biarkan kosong untuk memakai kejadian terakhir`,
        `the as-of date ${dayToIso(asOf)} is more than ${MAX_AS_OF_DAYS_AFTER_LATEST_EVENT} days after the latest event (${dayToIso(latestEvent)}, ${latest}): ` +
          `check --as-of (a typo in the year?), or leave it out to use the latest event`,
      ),
    });
  }
  return { refusals, reference: reference.tables, data, datasets, span: { firstEvent, asOf } };
}

/** First and last event day per dataset, over the final accepted rows (§5). */
function datasetEvents(data: Ingested): Record<DatasetName, EventSpan> {
  // Day numbers count from 1970 and dates from 1940 are accepted: only the named NO_END is "no event".
  const span = (columns: Int32Array[]) => {
    let first = Infinity;
    let last = -Infinity;
    for (const c of columns) {
      for (const day of c) {
        if (day === NO_END) continue; // ongoing or missing end date: not an event
        if (day < first) first = day;
        if (day > last) last = day;
      }
    }
    return first === Infinity ? null : { first, last };
  };
  const { enrollments, certifications, placements, vacancies } = data.stores;
  return {
    enrollments: span([enrollments.columns.start.view(), enrollments.columns.end.view()]),
    certifications: span([certifications.columns.assessed.view()]),
    placements: span([placements.columns.day.view()]),
    vacancies: span([vacancies.columns.day.view()]),
  };
}
