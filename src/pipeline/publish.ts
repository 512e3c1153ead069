// Published files (§9 and tmp/SITE-DATA.md → docs/site-data.md): facts.csv, meta.json, and the page
// JSON (reference.json, demand.json). Pure functions from results to file contents; writing and
// the swap of the output folder happen in build.ts.

import { CONTRACT_VERSION, KECAMATAN_LIST, METRICS, metricSpec, type DatasetName, type MetricName, type ReferenceName } from './contract.ts';
import { csvLine } from './csv-writer.ts';
import type { FileCounts, Ingested } from './ingest.ts';
import type { Fact, Flag } from './metrics.ts';
import { UNMAPPED_SECTOR } from './sectors.ts';
import { compareBytes } from './suppress.ts';
import type { KecamatanPopulation, ReferenceTables } from './reference.ts';
import type { NotRead, NotReadReason } from './read/not-read.ts';
import { dayToIso } from './values/dates.ts';
import { GRANULARITIES, latestCompletePeriod, monthIndexOfDay, periodIndex, periodLabel, type Granularity, type Period } from './periods.ts';

export const FACTS_HEADER = 'metric,period,occupation,kecamatan,sex,value,flag';

export function formatValue(f: Fact): string {
  if (f.value === null) return '';
  if (metricSpec(f.metric).format === 'decimal3') return f.value.toFixed(3);
  return String(f.value);
}

/**
 * The first count that is not a safe integer (a sum that overflowed): publishing it would print a
 * rounded number. The contract's bounds keep every sum far below 2^53 (10,000 positions × 2^31 rows);
 * this is the build's promise never to publish a wrapped number, checked rather than assumed.
 */
export function unsafeCount(facts: readonly Fact[]): Fact | undefined {
  return facts.find((f) => f.value !== null && metricSpec(f.metric).kind !== 'rate' && !(Number.isSafeInteger(f.value) && f.value >= 0));
}

/** facts.csv: UTF-8, comma, LF, header, sorted by the columns in order (byte order). */
export function factsCsv(facts: Fact[]): string {
  const lines = facts.map((f) => csvLine([f.metric, f.period, f.occupation, f.kecamatan, f.sex, formatValue(f), f.flag]));
  lines.sort(compareBytes);
  return `${FACTS_HEADER}\n${lines.join('\n')}\n`;
}

/** A row of facts.csv as published: what anyone holding the file knows. */
export type PublishedFact = Omit<Fact, 'numerator' | 'denominator'>;

const FLAGS: readonly Flag[] = ['', 'suppressed', 'window_open'];
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
      throw new Error(`${where}: value "${value}" is not a ${metricSpec(metric as MetricName).kind === 'rate' ? 'rate between 0 and 1 with 3 decimals' : 'whole number from 0 to 2^53'}`);
    }
    return { metric: metric as MetricName, period, occupation, kecamatan, sex, value: value === '' ? null : Number(value), flag: flag as Flag };
  });
}

const COUNT_FIELDS = ['rows_read', 'accepted', 'rejected', 'duplicate', 'superseded', 'out_of_scope', 'warnings'] as const;

export interface DatasetSummary {
  /**
   * False when no file of the dataset holds a data row (no file, or files cut down to their header):
   * the pages then say the source is missing rather than show its zeros as facts.
   */
  present: boolean;
  first_event?: string;
  latest_event?: string;
  rows_read: number; accepted: number; rejected: number; duplicate: number; superseded: number; out_of_scope: number; warnings: number;
  files: FileCounts[];
}

export function datasetSummary(files: FileCounts[], events: { first: number; last: number } | null): DatasetSummary {
  const summary: DatasetSummary = { present: files.some((f) => f.rows_read > 0), rows_read: 0, accepted: 0, rejected: 0, duplicate: 0, superseded: 0, out_of_scope: 0, warnings: 0, files };
  if (events) {
    summary.first_event = dayToIso(events.first);
    summary.latest_event = dayToIso(events.last);
  }
  for (const f of files) for (const k of COUNT_FIELDS) summary[k] += f[k];
  return summary;
}

export interface MetaInput {
  asOf: number;
  minCell: number;
  sample: boolean;
  firstEvent: number;
  periods: Period[];
  datasets: Record<DatasetName, DatasetSummary>;
  ignoredFiles: NotRead[];
  referenceSources: Record<ReferenceName, 'bundled' | 'input'>;
  /** As-of date of the release this one was suppressed against (docs/data-rules.md, "Releases and revisions"). */
  previousRelease?: string;
}

/** meta.json as published (docs/site-data.md); the site reads it with this type. */
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

/** meta.json: nothing that depends on the machine, the clock or the time zone. */
export function metaJson(m: MetaInput): string {
  const labels = (g: string) => m.periods.filter((p) => p.granularity === g).map((p) => p.label);
  const meta: PublishedMeta = {
    contract_version: CONTRACT_VERSION,
    as_of: dayToIso(m.asOf),
    min_cell: m.minCell,
    ...(m.previousRelease === undefined ? {} : { previous_release: m.previousRelease }),
    sample: m.sample,
    periods: { first: dayToIso(m.firstEvent), years: labels('year'), quarters: labels('quarter'), months: labels('month') },
    latest_complete: Object.fromEntries(GRANULARITIES.map((g) => [g, latestCompletePeriod(g, m.firstEvent, m.asOf)])) as Record<Granularity, string | null>,
    datasets: m.datasets,
    ignored_files: m.ignoredFiles.map((f) => f.name),
    ...(m.ignoredFiles.length === 0 ? {} : { ignored_reasons: Object.fromEntries(m.ignoredFiles.map((f) => [f.name, f.reason])) }),
    reference: m.referenceSources,
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}

export function referenceJson(tables: ReferenceTables, population: KecamatanPopulation[]): string {
  const byCode = new Map(population.map((k) => [k.bps, k]));
  return `${JSON.stringify({
    occupations: tables.occupations.map((o) => ({
      code: o.code, slug: o.slug, name_id: o.name_id, name_en: o.name_en, group: o.group,
      // Only when given: a table without everyday names publishes the same reference.json as before.
      ...(o.short_id ? { short_id: o.short_id } : {}), ...(o.short_en ? { short_en: o.short_en } : {}),
    })),
    kecamatan: KECAMATAN_LIST.map((k) => ({ bps: k.bps, kemendagri: k.kemendagri, name: k.name, slug: k.slug, population: byCode.get(k.bps)?.population ?? null })),
    // The schemes whose certificates count as an occupation's certified supply (issue 8, item 5): public reference data.
    schemes: [...tables.schemes.values()].map((sc) => ({ code: sc.code, name_id: sc.name_id, name_en: sc.name_en, occupation_code: sc.occupationCode })),
    population_source: {
      id: 'Jumlah penduduk per kecamatan, Dukcapil semester I 2025, sebagaimana diberitakan media lokal (sumber sekunder)',
      en: 'Population by kecamatan, Dukcapil (civil registry) first half of 2025, as reported in the local press (secondary source)',
    },
  }, null, 2)}\n`;
}

/**
 * Vacancy details for the pages (vacancies are not private; no employer names): by sector, and how
 * many require a certificate. A sector is a KBLI division, "unknown" or the one unmapped group, never a
 * text as exported (sectors.ts); `unmapped_sectors` counts the vacancies in that group and their
 * distinct texts for the data-quality panel.
 */
export function demandJson(data: Ingested, periods: Period[], asOf: number): string {
  const v = data.stores.vacancies;
  // Sector codes of one published group share its first code, which keeps the groups' order.
  const groupCode = new Map<string, number>();
  const groupOf = data.sectors.map((s, code) => {
    if (!groupCode.has(s.key)) groupCode.set(s.key, code);
    return groupCode.get(s.key)!;
  });
  const unmapped = { vacancies: 0, positions: 0 };
  const unmappedTexts = new Set<number>();
  const day = v.columns.day.view();
  const positions = v.columns.positions.view();
  const occupation = v.columns.occupation.view();
  const requires = v.columns.requiresCertificate.view();
  const sector = v.columns.sector.view();
  const codes = [...data.dimensions.occupationCodes, 'other'];
  const published = new Set(periods.filter((p) => p.granularity !== 'month').map((p) => p.label));
  const bySector = new Map<string, { positions: number; vacancies: number }>();
  const required = new Map<string, { positions: number; positions_requiring_certificate: number; vacancies: number; vacancies_requiring_certificate: number }>();
  for (let i = 0; i < v.size; i++) {
    if (day[i] > asOf) continue;
    if (data.sectors[sector[i]].key === UNMAPPED_SECTOR.key) {
      unmapped.vacancies++;
      unmapped.positions += positions[i];
      unmappedTexts.add(sector[i]);
    }
    const month = monthIndexOfDay(day[i]);
    for (const g of ['year', 'quarter'] as const) {
      const period = periodLabel(g, periodIndex(g, month));
      if (!published.has(period)) continue;
      for (const occ of [codes[occupation[i]], '*']) {
        const sk = `${period}\u0000${occ}\u0000${groupOf[sector[i]]}`;
        const s = bySector.get(sk) ?? { positions: 0, vacancies: 0 };
        s.positions += positions[i];
        s.vacancies++;
        bySector.set(sk, s);
        const rk = `${period}\u0000${occ}`;
        const r = required.get(rk) ?? { positions: 0, positions_requiring_certificate: 0, vacancies: 0, vacancies_requiring_certificate: 0 };
        r.positions += positions[i];
        r.vacancies++;
        if (requires[i]) {
          r.positions_requiring_certificate += positions[i];
          r.vacancies_requiring_certificate++;
        }
        required.set(rk, r);
      }
    }
  }
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => compareBytes(a[0], b[0]));
  return `${JSON.stringify({
    by_sector: sorted(bySector).map(([k, s]) => {
      const [period, occ, code] = k.split('\u0000');
      const sector = data.sectors[Number(code)];
      return { period, occupation: occ, sector: sector.name_id, sector_en: sector.name_en, kbli: sector.kbli, ...s };
    }),
    certificate_required: sorted(required).map(([k, r]) => {
      const [period, occ] = k.split('\u0000');
      return { period, occupation: occ, ...r };
    }),
    unmapped_sectors: { ...unmapped, texts: unmappedTexts.size },
  }, null, 2)}\n`;
}

