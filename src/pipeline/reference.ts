// Reference tables (§4): occupations, programs, schemes, job titles, which an input folder may replace,
// and the project's own KBLI divisions and kecamatan populations. Each is declared once below and read by
// the one loader (reference-table.ts), with the same tolerance as exports; any error in them is fatal: a
// wrong crosswalk silently moves numbers.

import path from 'node:path';
import { KECAMATAN_LIST, REFERENCE_COLUMNS, REFERENCE_MAX_ROWS, VALIDITY_YEARS, type ReferenceName } from './contract.ts';
import { message, type Message } from './messages.ts';
import { loadReferenceTable, type ReferenceColumn, type ReferenceTableSpec, type TableProblem } from './reference-table.ts';
import type { KbliDivision } from './sectors.ts';
import { compilePattern, type JobTitleRule } from './titles.ts';
import { codeKey, parseOccupationCode } from './values/codes.ts';
import { parseInteger } from './values/numbers.ts';
import { invalid, valid } from './values/result.ts';

export interface Occupation {
  code: string;
  slug: string;
  name_id: string;
  name_en: string;
  group: string;
  /** The everyday name ("Juru las") the pages lead with; empty when the table gives none (the KBJI title is used). */
  short_id: string;
  short_en: string;
}
export interface Program {
  code: string;
  name_id: string;
  name_en: string;
  occupationCode: string;
}
export interface Scheme {
  code: string;
  name_id: string;
  name_en: string;
  occupationCode: string;
  validityYears: number;
}
export type { JobTitleRule } from './titles.ts';

export interface ReferenceTables {
  occupations: Occupation[];
  /** By codeKey (case-insensitive code). */
  programs: Map<string, Program>;
  schemes: Map<string, Scheme>;
  jobTitles: JobTitleRule[];
  /** Where each table came from: the project's `data/reference/` or the input's `reference/`. */
  sources: Record<ReferenceName, 'bundled' | 'input'>;
  /** Crosswalk rows whose occupation occupations.csv does not list: their people and vacancies count as `other` (§4). */
  unlisted: UnlistedOccupation[];
  /** KBLI 2020 divisions for employer sectors (sectors.ts); always the project's. */
  kbliDivisions: KbliDivision[];
  /** Population of the contract's kecamatan that kecamatan.csv gives, in its order; always the project's. */
  kecamatan: KecamatanPopulation[];
}

/** A program, scheme or job-title row with a valid occupation code that occupations.csv does not list. */
export interface UnlistedOccupation {
  table: 'programs' | 'schemes' | 'job_titles';
  file: string;
  line: number;
  code: string;
  occupationCode: string;
}

export interface KecamatanPopulation {
  bps: string;
  kemendagri: string;
  name: string;
  slug: string;
  population: number;
}

export type ReferenceResult = { ok: true; tables: ReferenceTables } | { ok: false; file: string; line?: number; message: Message };

export const BUNDLED_REFERENCE_DIR = path.resolve(import.meta.dirname, '../../data/reference');

/** The contract's columns of a replaceable table (REFERENCE_COLUMNS), with how some of them are read. */
function contractColumns(name: ReferenceName, rules: Record<string, Omit<ReferenceColumn, 'name' | 'required'>>): ReferenceColumn[] {
  return REFERENCE_COLUMNS[name].map((c) => ({ ...c, ...rules[c.name] }));
}

/** A KBJI code column, as the exports' occupation_code is read. */
const occupationCodeColumn = { parse: parseOccupationCode };

const OCCUPATIONS: ReferenceTableSpec<Occupation> = {
  file: 'occupations.csv',
  columns: contractColumns('occupations', {
    occupation_code: {
      ...occupationCodeColumn,
      unique: { repeated: (code) => message(`kode ${code} muncul dua kali`, `code ${code} appears twice`) },
    },
    slug: {
      parse: (slug) =>
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)
          ? valid(slug)
          : invalid(
              message(
                `slug '${slug}' hanya boleh huruf kecil, angka dan tanda -`,
                `slug '${slug}' may only hold lower-case letters, digits and -`,
              ),
            ),
      unique: { repeated: (slug) => message(`slug '${slug}' muncul dua kali`, `slug '${slug}' appears twice`) },
    },
  }),
  maxRows: REFERENCE_MAX_ROWS.occupations,
  empty: message('tabel jabatan kosong', 'the occupations table is empty'),
  record: (row) =>
    valid({
      code: row.get('occupation_code'),
      slug: row.get('slug'),
      name_id: row.get('name_id'),
      name_en: row.get('name_en'),
      group: row.get('group'),
      short_id: row.get('short_id'),
      short_en: row.get('short_en'),
    }),
};

const PROGRAMS: ReferenceTableSpec<Program> = {
  file: 'programs.csv',
  columns: contractColumns('programs', {
    program_code: {
      unique: {
        key: codeKey,
        repeated: (code) => message(`kode program '${code}' muncul dua kali`, `program code '${code}' appears twice`),
      },
    },
    occupation_code: occupationCodeColumn,
  }),
  maxRows: REFERENCE_MAX_ROWS.programs,
  record: (row) =>
    valid({
      code: row.get('program_code'),
      name_id: row.get('name_id'),
      name_en: row.get('name_en'),
      occupationCode: row.get('occupation_code'),
    }),
};

const VALIDITY_OUT_OF_RANGE = invalid(
  message(
    `validity_years harus bilangan bulat ${VALIDITY_YEARS.min}–${VALIDITY_YEARS.max} (tahun)`,
    `validity_years must be a whole number ${VALIDITY_YEARS.min}–${VALIDITY_YEARS.max} (years)`,
  ),
);

const SCHEMES: ReferenceTableSpec<Scheme> = {
  file: 'schemes.csv',
  columns: contractColumns('schemes', {
    scheme_code: {
      unique: { key: codeKey, repeated: (code) => message(`kode skema '${code}' muncul dua kali`, `scheme code '${code}' appears twice`) },
    },
    occupation_code: occupationCodeColumn,
    validity_years: {
      parse: (text) => {
        const years = parseInteger(text);
        return years.ok && years.value >= VALIDITY_YEARS.min && years.value <= VALIDITY_YEARS.max
          ? valid(String(years.value))
          : VALIDITY_OUT_OF_RANGE;
      },
    },
  }),
  maxRows: REFERENCE_MAX_ROWS.schemes,
  record: (row) =>
    valid({
      code: row.get('scheme_code'),
      name_id: row.get('name_id'),
      name_en: row.get('name_en'),
      occupationCode: row.get('occupation_code'),
      validityYears: Number(row.get('validity_years')),
    }),
};

/** A fresh spec per load: compiling in re2-wasm takes milliseconds, and the bundled rows share one exclude, so each text is compiled once. */
function jobTitlesTable(): ReferenceTableSpec<JobTitleRule> {
  const seen = new Map<string, ReturnType<typeof compilePattern>>();
  const compiled = (source: string) => {
    let result = seen.get(source);
    if (result === undefined) seen.set(source, (result = compilePattern(source)));
    return result;
  };
  return {
    file: 'job_titles.csv',
    columns: contractColumns('job_titles', { occupation_code: occupationCodeColumn }),
    maxRows: REFERENCE_MAX_ROWS.job_titles,
    record: (row) => {
      const pattern = compiled(row.get('pattern'));
      if (!pattern.ok) return invalid(pattern.reason);
      const exclude = row.get('exclude') === '' ? null : compiled(row.get('exclude'));
      if (exclude && !exclude.ok) return invalid(message(`exclude: ${exclude.reason.id}`, `exclude: ${exclude.reason.en}`));
      return valid({
        pattern: pattern.pattern,
        source: row.get('pattern'),
        exclude: exclude && exclude.pattern,
        occupationCode: row.get('occupation_code'),
      });
    },
  };
}

export const KBLI_DIVISIONS: ReferenceTableSpec<KbliDivision> = {
  file: 'kbli_divisions.csv',
  columns: [
    {
      name: 'kbli_code',
      required: true,
      parse: (code) =>
        /^\d{2}$/.test(code)
          ? valid(code)
          : invalid(message('kode divisi KBLI harus 2 angka (contoh: 24)', 'a KBLI division code has 2 digits (e.g. 24)')),
      unique: { repeated: (code) => message(`kode ${code} muncul dua kali`, `code ${code} appears twice`) },
    },
    { name: 'name_id', required: true },
    { name: 'name_en', required: true },
    { name: 'aliases', required: false },
  ],
  // KBLI 2020 has 88 divisions.
  maxRows: 100,
  record: (row) =>
    valid({
      code: row.get('kbli_code'),
      name_id: row.get('name_id'),
      name_en: row.get('name_en'),
      aliases: row
        .get('aliases')
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    }),
};

const KECAMATAN_BY_BPS = new Map(KECAMATAN_LIST.map((k) => [k.bps, k]));

/**
 * kecamatan.csv gives each kecamatan's population. The kecamatan themselves (codes, names, slugs) are
 * the contract's (§6, KECAMATAN_LIST), which the validator and the docs read; the file repeats them so a
 * person updating populations sees which row is which, and a row that disagrees with the contract is refused.
 */
export const KECAMATAN: ReferenceTableSpec<KecamatanPopulation> = {
  file: 'kecamatan.csv',
  columns: [
    {
      name: 'bps_code',
      required: true,
      parse: (code) =>
        KECAMATAN_BY_BPS.has(code)
          ? valid(code)
          : invalid(
              message(
                `kode BPS ${code} bukan kecamatan Kota Cilegon menurut kontrak`,
                `BPS code ${code} is not a kecamatan of Kota Cilegon in the contract`,
              ),
            ),
      unique: { repeated: (code) => message(`kode ${code} muncul dua kali`, `code ${code} appears twice`) },
    },
    { name: 'kemendagri_code', required: true },
    { name: 'name', required: true },
    { name: 'slug', required: true },
    {
      name: 'population_2025h1',
      required: true,
      parse: (text) => {
        const people = parseInteger(text);
        return people.ok ? valid(String(people.value)) : people;
      },
    },
  ],
  maxRows: KECAMATAN_LIST.length,
  record: (row) => {
    const kecamatan = KECAMATAN_BY_BPS.get(row.get('bps_code'))!;
    for (const [column, expected] of [
      ['kemendagri_code', kecamatan.kemendagri],
      ['name', kecamatan.name],
      ['slug', kecamatan.slug],
    ] as const) {
      if (row.get(column) !== expected) {
        return invalid(
          message(
            `${column} '${row.get(column)}' berbeda dengan kontrak untuk ${kecamatan.bps}: ${expected}`,
            `${column} '${row.get(column)}' differs from the contract for ${kecamatan.bps}: ${expected}`,
          ),
        );
      }
    }
    return valid({
      bps: kecamatan.bps,
      kemendagri: kecamatan.kemendagri,
      name: kecamatan.name,
      slug: kecamatan.slug,
      population: Number(row.get('population_2025h1')),
    });
  },
};

/** Loads every table: the four replaceable ones from the input's `reference/` when given there, else from the bundled folder. */
export async function loadReferenceTables(
  overrides: Partial<Record<ReferenceName, string>>,
  bundledDir: string = BUNDLED_REFERENCE_DIR,
): Promise<ReferenceResult> {
  const sources = {} as Record<ReferenceName, 'bundled' | 'input'>;
  const load = async <R>(spec: ReferenceTableSpec<R>, name?: ReferenceName) => {
    if (name) sources[name] = overrides[name] ? 'input' : 'bundled';
    return loadReferenceTable(spec, (name && overrides[name]) || path.join(bundledDir, spec.file));
  };
  const failed = (problem: TableProblem): ReferenceResult => ({
    ok: false,
    file: problem.file,
    line: problem.line,
    message: problem.message,
  });

  const occupations = await load(OCCUPATIONS, 'occupations');
  if (!occupations.ok) return failed(occupations);
  const programs = await load(PROGRAMS, 'programs');
  if (!programs.ok) return failed(programs);
  const schemes = await load(SCHEMES, 'schemes');
  if (!schemes.ok) return failed(schemes);
  const jobTitles = await load(jobTitlesTable(), 'job_titles');
  if (!jobTitles.ok) return failed(jobTitles);
  const kbli = await load(KBLI_DIVISIONS);
  if (!kbli.ok) return failed(kbli);
  const kecamatan = await load(KECAMATAN);
  if (!kecamatan.ok) return failed(kecamatan);

  // Amendment 1.1 (§4): occupations.csv names the occupations the dashboard follows, not every one people
  // train for; a valid code it does not list is published as `other`, and data:check says so.
  const listed = new Set(occupations.rows.map((r) => r.record.code));
  const unlistedIn = <R extends { occupationCode: string }>(
    table: UnlistedOccupation['table'],
    loaded: { file: string; rows: { line: number; record: R }[] },
    code: (record: R) => string,
  ) =>
    loaded.rows
      .filter(({ record }) => !listed.has(record.occupationCode))
      .map(({ line, record }): UnlistedOccupation => ({
        table,
        file: loaded.file,
        line,
        code: code(record),
        occupationCode: record.occupationCode,
      }));
  const unlisted = [
    ...unlistedIn('programs', programs, (p) => p.code),
    ...unlistedIn('schemes', schemes, (s) => s.code),
    ...unlistedIn('job_titles', jobTitles, (j) => j.source),
  ];

  return {
    ok: true,
    tables: {
      occupations: occupations.rows.map((r) => r.record),
      programs: new Map(programs.rows.map(({ record }) => [codeKey(record.code), record])),
      schemes: new Map(schemes.rows.map(({ record }) => [codeKey(record.code), record])),
      jobTitles: jobTitles.rows.map((r) => r.record),
      sources,
      unlisted,
      kbliDivisions: kbli.rows.map((r) => r.record),
      kecamatan: kecamatan.rows.map((r) => r.record),
    },
  };
}
