// The published files (§9, docs/site-data.md) as types, and the reader of facts.csv: the one boundary
// between the data build and whatever reads its output (the pages, kept releases, revision-safe
// suppression). The writers (publish.ts, demand.ts) produce these types; the site imports them from
// here and from contract.ts only (tests/unit/site/boundary.test.ts), never the pipeline's internals.

import { METRICS, metricSpec, type DatasetName, type MetricName, type ReferenceName } from './contract.ts';
import type { Granularity } from './periods.ts';
import type { NotReadReason } from './read/not-read.ts';

// ---- facts.csv

export const FACTS_HEADER = 'metric,period,occupation,kecamatan,sex,value,flag';

/** Why a cell has no value: suppressed for privacy, or a placement window that has not closed yet. */
export type Flag = '' | 'suppressed' | 'window_open';
export const FLAGS: readonly Flag[] = ['', 'suppressed', 'window_open'];

/** A row of facts.csv as published: what anyone holding the file knows. */
export interface PublishedFact {
  metric: MetricName;
  period: string;
  occupation: string;
  kecamatan: string;
  sex: string;
  value: number | null;
  flag: Flag;
}

/** The five labels that name a cell of facts.csv; `*` is "all". */
export type FactLabels = Pick<PublishedFact, 'metric' | 'period' | 'occupation' | 'kecamatan' | 'sex'>;

/**
 * The key of a cell: `metric,period,occupation,kecamatan,sex`, the first five fields of its facts.csv
 * line. No label holds a comma (facts.csv is written unquoted), so keys of different cells differ.
 */
export function factKey(f: FactLabels): string {
  return `${f.metric},${f.period},${f.occupation},${f.kecamatan},${f.sex}`;
}

/**
 * Byte order of published labels, keys and lines (facts.csv is sorted by it). They are ASCII (codes,
 * periods, metric names), and for ASCII the native UTF-16 code-unit order of `<` is byte order; names
 * that may not be ASCII (input files) are sorted by read/discover.ts's compareBytes, which is exact for
 * any text but slower.
 */
export function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NUMBER = /^\d+(\.\d+)?$/;
const COUNT = /^(0|[1-9]\d*)$/;
const RATE = /^[01]\.\d{3}$/;

/** A value `formatValue` can have written: a count that is a safe integer, a rate in [0, 1] with 3 decimals. */
function publishable(metric: MetricName, value: string): boolean {
  if (metricSpec(metric).kind === 'rate') return RATE.test(value) && Number(value) <= 1;
  return COUNT.test(value) && Number.isSafeInteger(Number(value));
}

/**
 * facts.csv → rows: the reader of the format `factsCsv` writes (a release, the site's data). Strict,
 * because only our own writer makes these files: exact header, LF, seven fields, no quoting, known
 * metric and flag, a number exactly when the row is not flagged.
 */
export function parseFacts(text: string): PublishedFact[] {
  if (text.includes('\r')) throw new Error('facts.csv: line ends must be LF');
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines[0] !== FACTS_HEADER) throw new Error(`facts.csv: header must be "${FACTS_HEADER}"`);
  return lines.slice(1).map((line, i) => {
    const where = `facts.csv line ${i + 2}`;
    const fields = line.split(',');
    if (fields.length !== 7) throw new Error(`${where}: ${fields.length} fields, not 7`);
    const [metric, period, occupation, kecamatan, sex, value, flag] = fields;
    if (!(METRICS as readonly string[]).includes(metric)) throw new Error(`${where}: unknown metric "${metric}"`);
    if (!(FLAGS as readonly string[]).includes(flag)) throw new Error(`${where}: unknown flag "${flag}"`);
    if (flag === '' ? !NUMBER.test(value) : value !== '') throw new Error(`${where}: value "${value}" with flag "${flag}"`);
    if (flag === '' && !publishable(metric as MetricName, value)) {
      throw new Error(
        `${where}: value "${value}" is not a ${metricSpec(metric as MetricName).kind === 'rate' ? 'rate between 0 and 1 with 3 decimals' : 'whole number from 0 to 2^53'}`,
      );
    }
    return {
      metric: metric as MetricName,
      period,
      occupation,
      kecamatan,
      sex,
      value: value === '' ? null : Number(value),
      flag: flag as Flag,
    };
  });
}

/** How many facts a facts.csv holds, without reading them: parseFacts(text).length for a file that parses. */
export function countFacts(text: string): number {
  const body = text.replace(/\n$/, '');
  let lines = 0;
  for (let at = body.indexOf('\n'); at !== -1; at = body.indexOf('\n', at + 1)) lines++;
  return lines;
}

// ---- meta.json

/** What became of the rows of a file or of a dataset, as meta.json counts them. */
export interface RowCounts {
  rows_read: number;
  accepted: number;
  rejected: number;
  duplicate: number;
  superseded: number;
  out_of_scope: number;
  warnings: number;
}

/** Counts before the first row is read. */
export function noRows(): RowCounts {
  return { rows_read: 0, accepted: 0, rejected: 0, duplicate: 0, superseded: 0, out_of_scope: 0, warnings: 0 };
}

/** One input file as meta.json lists it: its name, checksum, how it was read, and what became of its rows. */
export interface PublishedFileCounts extends RowCounts {
  name: string;
  sha256: string;
  encoding: string;
  delimiter: string;
}

export interface DatasetSummary extends RowCounts {
  /**
   * False when no file of the dataset holds a data row (no file, or files cut down to their header):
   * the pages then say the source is missing rather than show its zeros as facts.
   */
  present: boolean;
  first_event?: string;
  latest_event?: string;
  files: PublishedFileCounts[];
}

/** meta.json as published (docs/site-data.md). */
export interface PublishedMeta {
  contract_version: number;
  as_of: string;
  min_cell: number;
  /** The release this publication was suppressed against (docs/data-rules.md, "Releases and revisions"). */
  previous_release?: string;
  sample: boolean;
  periods: { first: string; years: string[]; quarters: string[]; months: string[] };
  latest_complete: Record<Granularity, string | null>;
  datasets: Record<DatasetName, DatasetSummary>;
  /** Every entry under the input that was not read (docs/data-rules.md), by relative name, in byte order. */
  ignored_files: string[];
  /** Why each of `ignored_files` was not read; present only when there is one. */
  ignored_reasons?: Record<string, NotReadReason>;
  reference: Record<ReferenceName, 'bundled' | 'input'>;
}

// ---- reference.json

export interface PublishedOccupation {
  code: string;
  slug: string;
  name_id: string;
  name_en: string;
  group?: string;
  /** Everyday names ("Juru las", "Welder"); absent in reference.json written before they existed. */
  short_id?: string;
  short_en?: string;
}

export interface PublishedKecamatan {
  bps: string;
  kemendagri: string;
  name: string;
  slug: string;
  /** Residents, for rates per 1,000; null when the population table has no row for this kecamatan. */
  population: number | null;
}

/** A certification scheme (schemes.csv): its certificates count as the occupation's certified supply. */
export interface PublishedScheme {
  code: string;
  name_id: string;
  name_en: string;
  occupation_code: string;
}

export interface PublishedReference {
  occupations: PublishedOccupation[];
  kecamatan: PublishedKecamatan[];
  schemes: PublishedScheme[];
  population_source: { id: string; en: string };
}

// ---- demand.json

export interface SectorDemand {
  period: string;
  occupation: string;
  /** The sector's name in Indonesian and in English. */
  sector: string;
  sector_en: string;
  /** The KBLI 2020 division; null for "unknown" and the unmapped group. */
  kbli: string | null;
  positions: number;
  vacancies: number;
}

export interface CertificateDemand {
  period: string;
  occupation: string;
  positions: number;
  positions_requiring_certificate: number;
  vacancies: number;
  vacancies_requiring_certificate: number;
}

export interface PublishedDemand {
  by_sector: SectorDemand[];
  certificate_required: CertificateDemand[];
  /** Vacancies whose sector named no KBLI division, published as one group; absent before this count existed. */
  unmapped_sectors?: { vacancies: number; positions: number; texts: number };
}
