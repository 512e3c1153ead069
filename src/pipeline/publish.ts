// Writers of the published files (§9 and docs/site-data.md): facts.csv, meta.json and reference.json
// (demand.json: demand.ts), typed by published.ts. Pure functions from results to file contents;
// writing and the swap of the output folder happen in build.ts.

import { CONTRACT_VERSION, KECAMATAN_LIST, metricSpec, type DatasetName, type ReferenceName } from './contract.ts';
import { csvLine } from './csv-writer.ts';
import type { Fact } from './metrics.ts';
import { FACTS_HEADER, compareAscii, type DatasetSummary, type PublishedMeta, type PublishedReference } from './published.ts';
import type { KecamatanPopulation, ReferenceTables } from './reference.ts';
import type { NotRead } from './read/not-read.ts';
import { dayToIso } from './values/dates.ts';
import { GRANULARITIES, latestCompletePeriod, type Granularity, type Period } from './periods.ts';

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
  lines.sort(compareAscii);
  return `${FACTS_HEADER}\n${lines.join('\n')}\n`;
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
    latest_complete: Object.fromEntries(GRANULARITIES.map((g) => [g, latestCompletePeriod(g, m.firstEvent, m.asOf)])) as Record<
      Granularity,
      string | null
    >,
    datasets: m.datasets,
    ignored_files: m.ignoredFiles.map((f) => f.name),
    ...(m.ignoredFiles.length === 0 ? {} : { ignored_reasons: Object.fromEntries(m.ignoredFiles.map((f) => [f.name, f.reason])) }),
    reference: m.referenceSources,
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}

export function referenceJson(tables: ReferenceTables, population: KecamatanPopulation[]): string {
  const byCode = new Map(population.map((k) => [k.bps, k]));
  const reference: PublishedReference = {
    occupations: tables.occupations.map((o) => ({
      code: o.code,
      slug: o.slug,
      name_id: o.name_id,
      name_en: o.name_en,
      group: o.group,
      // Only when given: a table without everyday names publishes the same reference.json as before.
      ...(o.short_id ? { short_id: o.short_id } : {}),
      ...(o.short_en ? { short_en: o.short_en } : {}),
    })),
    kecamatan: KECAMATAN_LIST.map((k) => ({
      bps: k.bps,
      kemendagri: k.kemendagri,
      name: k.name,
      slug: k.slug,
      population: byCode.get(k.bps)?.population ?? null,
    })),
    // The schemes whose certificates count as an occupation's certified supply (issue 8, item 5): public reference data.
    schemes: [...tables.schemes.values()].map((sc) => ({
      code: sc.code,
      name_id: sc.name_id,
      name_en: sc.name_en,
      occupation_code: sc.occupationCode,
    })),
    population_source: {
      id: 'Jumlah penduduk per kecamatan, Dukcapil semester I 2025, sebagaimana diberitakan media lokal (sumber sekunder)',
      en: 'Population by kecamatan, Dukcapil (civil registry) first half of 2025, as reported in the local press (secondary source)',
    },
  };
  return `${JSON.stringify(reference, null, 2)}\n`;
}
