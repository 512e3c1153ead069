// The parts of the reference tables the sample generator needs. Parsing is pure; loading reads
// data/reference/. The tables are simple (no quotes, no commas inside fields), so a split is enough.
import { readFileSync } from 'node:fs';
import { KECAMATAN_LIST, type Kecamatan } from '../pipeline/contract.ts';

export interface KecamatanWithPopulation extends Kecamatan {
  population: number;
}

export interface SampleReference {
  /** occupations.csv codes: a valid code not listed here is published as `other`. */
  occupations: ReadonlySet<string>;
  programs: ReadonlyMap<string, { occupation: string; hours: number }>;
  schemes: ReadonlyMap<string, { occupation: string; validityYears: number }>;
  kecamatan: readonly KecamatanWithPopulation[];
  /** job_titles.csv in order: the first pattern found in a title, and its exclude not, classifies it. */
  jobTitles: readonly { pattern: RegExp; exclude: RegExp | null; occupation: string }[];
}

export interface ReferenceTexts {
  occupations: string;
  programs: string;
  schemes: string;
  kecamatan: string;
  jobTitles: string;
}

function rows(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`reference row has ${cells.length} fields, expected ${header.length}: ${line}`);
    return Object.fromEntries(header.map((column, i) => [column, cells[i]]));
  });
}

export function parseSampleReference(texts: ReferenceTexts): SampleReference {
  const programs = new Map(rows(texts.programs).map((r) => [r.program_code, { occupation: r.occupation_code, hours: Number(r.hours) }]));
  const schemes = new Map(
    rows(texts.schemes).map((r) => [r.scheme_code, { occupation: r.occupation_code, validityYears: Number(r.validity_years) }]),
  );
  const population = new Map(rows(texts.kecamatan).map((r) => [r.bps_code, Number(r.population_2025h1)]));
  const kecamatan = KECAMATAN_LIST.map((k) => {
    const people = population.get(k.bps);
    if (people === undefined) throw new Error(`kecamatan.csv has no row for ${k.bps}`);
    return { ...k, population: people };
  });
  const jobTitles = rows(texts.jobTitles).map((r) => ({
    pattern: new RegExp(r.pattern, 'i'),
    exclude: r.exclude ? new RegExp(r.exclude, 'i') : null,
    occupation: r.occupation_code,
  }));
  const occupations = new Set(rows(texts.occupations).map((r) => r.occupation_code));
  return { occupations, programs, schemes, kecamatan, jobTitles };
}

export function loadSampleReference(dir: URL): SampleReference {
  const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
  return parseSampleReference({
    occupations: read('occupations.csv'),
    programs: read('programs.csv'),
    schemes: read('schemes.csv'),
    kecamatan: read('kecamatan.csv'),
    jobTitles: read('job_titles.csv'),
  });
}

/** The contract's rule for a vacancy without a valid code: the first job_titles row found in the title. */
export function occupationOfTitle(reference: SampleReference, title: string): string {
  return reference.jobTitles.find((row) => row.pattern.test(title) && !row.exclude?.test(title))?.occupation ?? 'other';
}
