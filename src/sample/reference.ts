// The parts of the reference tables the sample generator needs, read as the data build reads them: by
// the one loader (pipeline/reference.ts, reference-table.ts) through the one CSV reader, with the same
// checks. Reading streams, so loading is asynchronous; the generator stays synchronous and is handed
// what was loaded.
import path from 'node:path';
import { KECAMATAN_LIST, REFERENCE_COLUMNS, REFERENCE_MAX_ROWS, type Kecamatan } from '../pipeline/contract.ts';
import { bilingual, message, type Message } from '../pipeline/messages.ts';
import { BUNDLED_REFERENCE_DIR, loadReferenceTables, type JobTitleRule } from '../pipeline/reference.ts';
import { loadReferenceTable, type ReferenceTableSpec } from '../pipeline/reference-table.ts';
import { classifyTitle, titleForMatching } from '../pipeline/titles.ts';
import { parseInteger } from '../pipeline/values/numbers.ts';
import { invalid, valid } from '../pipeline/values/result.ts';

export interface KecamatanWithPopulation extends Kecamatan {
  population: number;
}

export interface SampleReference {
  /** occupations.csv codes: a valid code not listed here is published as `other`. */
  occupations: ReadonlySet<string>;
  programs: ReadonlyMap<string, { occupation: string; hours: number }>;
  schemes: ReadonlyMap<string, { occupation: string; validityYears: number }>;
  /** In the contract's order (KECAMATAN_LIST), whatever the order of kecamatan.csv. */
  kecamatan: readonly KecamatanWithPopulation[];
  /** job_titles.csv in order: the first pattern found in a title, and its exclude not, classifies it. */
  jobTitles: readonly JobTitleRule[];
}

/**
 * programs.csv's `hours`, which the build does not use (optional in the contract) and the sample needs
 * for a course's planned end: read by the same loader, required and a whole number here.
 */
const PROGRAM_HOURS: ReferenceTableSpec<{ code: string; hours: number }> = {
  file: 'programs.csv',
  columns: REFERENCE_COLUMNS.programs.map((c) =>
    c.name !== 'hours'
      ? c
      : {
          ...c,
          required: true,
          parse: (text: string) => {
            const hours = parseInteger(text);
            return hours.ok
              ? valid(String(hours.value))
              : invalid(message('hours harus bilangan bulat (jam kursus)', 'hours must be a whole number (course hours)'));
          },
        },
  ),
  maxRows: REFERENCE_MAX_ROWS.programs,
  record: (row) => valid({ code: row.get('program_code'), hours: Number(row.get('hours')) }),
};

function refusal(where: { file: string; line?: number; message: Message }): Error {
  return new Error(`${where.file}${where.line === undefined ? '' : `, line ${where.line}`}: ${bilingual(where.message)}`);
}

/** The bundled reference tables (data/reference/), or those of `dir`, as the sample needs them; a table the build would refuse throws. */
export async function loadSampleReference(dir: string = BUNDLED_REFERENCE_DIR): Promise<SampleReference> {
  const loaded = await loadReferenceTables({}, dir);
  if (!loaded.ok) throw refusal(loaded);
  const hoursTable = await loadReferenceTable(PROGRAM_HOURS, path.join(dir, PROGRAM_HOURS.file));
  if (!hoursTable.ok) throw refusal(hoursTable);
  const hours = new Map(hoursTable.rows.map(({ record }) => [record.code, record.hours]));
  const { tables } = loaded;
  const population = new Map(tables.kecamatan.map((k) => [k.bps, k.population]));
  return {
    occupations: new Set(tables.occupations.map((o) => o.code)),
    programs: new Map([...tables.programs.values()].map((p) => [p.code, { occupation: p.occupationCode, hours: hours.get(p.code)! }])),
    schemes: new Map([...tables.schemes.values()].map((s) => [s.code, { occupation: s.occupationCode, validityYears: s.validityYears }])),
    kecamatan: KECAMATAN_LIST.map((k) => {
      const people = population.get(k.bps);
      if (people === undefined) throw new Error(`kecamatan.csv has no row for ${k.bps}`);
      return { ...k, population: people };
    }),
    jobTitles: tables.jobTitles,
  };
}

/** The contract's rule for a vacancy without a valid code, as the build applies it (pipeline/titles.ts): else `other`. */
export function occupationOfTitle(reference: SampleReference, title: string): string {
  return classifyTitle(reference.jobTitles, titleForMatching(title).text) ?? 'other';
}
