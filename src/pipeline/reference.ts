// Reference tables (§4): occupations, programs, schemes, job titles. Kept by people, read with the
// same tolerance as exports, but any error in them is fatal: a wrong crosswalk silently moves numbers.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_COLUMNS, REFERENCE_MAX_ROWS, VALIDITY_YEARS, type ReferenceName } from './contract.ts';
import { message, type Message } from './messages.ts';
import { readCsv } from './read/csv.ts';
import { mapReferenceColumns, missingColumnMessage } from './read/headers.ts';
import { compilePattern, type JobTitleRule } from './titles.ts';
import { codeKey, parseOccupationCode } from './values/codes.ts';
import { parseInteger } from './values/numbers.ts';

export interface Occupation {
  code: string; slug: string; name_id: string; name_en: string; group: string;
  /** The everyday name ("Juru las") the pages lead with; empty when the table gives none (the KBJI title is used). */
  short_id: string; short_en: string;
}
export interface Program { code: string; name_id: string; name_en: string; occupationCode: string }
export interface Scheme { code: string; name_id: string; name_en: string; occupationCode: string; validityYears: number }
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
}

/** A program, scheme or job-title row with a valid occupation code that occupations.csv does not list. */
export interface UnlistedOccupation { table: 'programs' | 'schemes' | 'job_titles'; file: string; line: number; code: string; occupationCode: string }

export interface KecamatanPopulation { bps: string; kemendagri: string; name: string; slug: string; population: number }

export type ReferenceResult = { ok: true; tables: ReferenceTables } | { ok: false; file: string; line?: number; message: Message };

export const BUNDLED_REFERENCE_DIR = path.resolve(import.meta.dirname, '../../data/reference');

type Row = { line: number; get: (column: string) => string };

/** Reads one reference table into rows keyed by canonical column; any problem is fatal. */
async function readTable(name: ReferenceName, file: string): Promise<{ rows: Row[] } | { error: Message; line?: number }> {
  const rows: Row[] = [];
  let index: Map<string, number> | null = null;
  for await (const event of readCsv(file)) {
    if (event.kind === 'fatal') return { error: event.message, line: event.line };
    if (event.kind === 'opened') {
      const mapped = mapReferenceColumns(name, event.header.fields);
      if (mapped.missing.length > 0) return { error: missingColumnMessage(mapped.missing[0]), line: event.header.line };
      index = new Map(REFERENCE_COLUMNS[name].map((c, i) => [c.name, mapped.columns[i]]));
      continue;
    }
    for (const record of event.records) {
      if (rows.length === REFERENCE_MAX_ROWS[name]) {
        const most = REFERENCE_MAX_ROWS[name];
        return { line: record.line, error: message(
          `${name}.csv lebih dari ${most.toLocaleString('id-ID')} baris, lebih dari yang dapat ditampilkan situs: paling banyak ${most.toLocaleString('id-ID')}`,
          `${name}.csv has more than ${most.toLocaleString('en-GB')} rows, more than the site can show: at most ${most.toLocaleString('en-GB')}`) };
      }
      const columns = index!;
      rows.push({ line: record.line, get: (column) => {
        const i = columns.get(column) ?? -1;
        return i >= 0 ? record.fields[i] ?? '' : '';
      } });
    }
  }
  return { rows };
}

function problem(file: string, line: number, text: Message): ReferenceResult {
  return { ok: false, file, line, message: text };
}

function requireValues(file: string, name: ReferenceName, row: Row): ReferenceResult | null {
  for (const column of REFERENCE_COLUMNS[name]) {
    if (column.required && row.get(column.name) === '') {
      return problem(file, row.line, message(`kolom '${column.name}' kosong`, `column '${column.name}' is empty`));
    }
  }
  return null;
}

/** Loads the four tables, each from `inputReferenceDir` when present there, else from the bundled folder. */
export async function loadReferenceTables(
  overrides: Partial<Record<ReferenceName, string>>,
  bundledDir: string = BUNDLED_REFERENCE_DIR,
): Promise<ReferenceResult> {
  const sources = {} as Record<ReferenceName, 'bundled' | 'input'>;
  const rowsOf = {} as Record<ReferenceName, { file: string; rows: Row[] }>;
  for (const name of ['occupations', 'programs', 'schemes', 'job_titles'] as const) {
    const file = overrides[name] ?? path.join(bundledDir, `${name}.csv`);
    sources[name] = overrides[name] ? 'input' : 'bundled';
    const read = await readTable(name, file);
    if ('error' in read) return { ok: false, file, line: read.line, message: read.error };
    rowsOf[name] = { file, rows: read.rows };
  }

  const occupations: Occupation[] = [];
  const known = new Set<string>();
  const slugs = new Set<string>();
  {
    const { file, rows } = rowsOf.occupations;
    for (const row of rows) {
      const missing = requireValues(file, 'occupations', row);
      if (missing) return missing;
      const code = parseOccupationCode(row.get('occupation_code'));
      if (!code.ok) return problem(file, row.line, code.reason);
      const slug = row.get('slug');
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
        return problem(file, row.line, message(`slug '${slug}' hanya boleh huruf kecil, angka dan tanda -`, `slug '${slug}' may only hold lower-case letters, digits and -`));
      }
      if (known.has(code.value)) return problem(file, row.line, message(`kode ${code.value} muncul dua kali`, `code ${code.value} appears twice`));
      if (slugs.has(slug)) return problem(file, row.line, message(`slug '${slug}' muncul dua kali`, `slug '${slug}' appears twice`));
      known.add(code.value);
      slugs.add(slug);
      occupations.push({
        code: code.value, slug, name_id: row.get('name_id'), name_en: row.get('name_en'), group: row.get('group'),
        short_id: row.get('short_id'), short_en: row.get('short_en'),
      });
    }
    if (occupations.length === 0) return { ok: false, file, message: message('tabel jabatan kosong', 'the occupations table is empty') };
  }

  // Amendment 1.1 (§4): occupations.csv names the occupations the dashboard follows, not every one people
  // train for; a valid code it does not list is published as `other`, and data:check says so.
  const unlisted: UnlistedOccupation[] = [];
  const crosswalkOccupation = (table: UnlistedOccupation['table'], file: string, row: Row, code: string): ValueOrProblem<string> => {
    const occupation = parseOccupationCode(row.get('occupation_code'));
    if (!occupation.ok) return { problem: problem(file, row.line, occupation.reason) };
    if (!known.has(occupation.value)) unlisted.push({ table, file, line: row.line, code, occupationCode: occupation.value });
    return { value: occupation.value };
  };

  const programs = new Map<string, Program>();
  {
    const { file, rows } = rowsOf.programs;
    for (const row of rows) {
      const missing = requireValues(file, 'programs', row);
      if (missing) return missing;
      const code = row.get('program_code');
      const occupation = crosswalkOccupation('programs', file, row, code);
      if ('problem' in occupation) return occupation.problem;
      if (programs.has(codeKey(code))) return problem(file, row.line, message(`kode program '${code}' muncul dua kali`, `program code '${code}' appears twice`));
      programs.set(codeKey(code), { code, name_id: row.get('name_id'), name_en: row.get('name_en'), occupationCode: occupation.value });
    }
  }

  const schemes = new Map<string, Scheme>();
  {
    const { file, rows } = rowsOf.schemes;
    for (const row of rows) {
      const missing = requireValues(file, 'schemes', row);
      if (missing) return missing;
      const code = row.get('scheme_code');
      const occupation = crosswalkOccupation('schemes', file, row, code);
      if ('problem' in occupation) return occupation.problem;
      const years = parseInteger(row.get('validity_years'));
      if (!years.ok || years.value < VALIDITY_YEARS.min || years.value > VALIDITY_YEARS.max) {
        return problem(file, row.line, message(
          `validity_years harus bilangan bulat ${VALIDITY_YEARS.min}–${VALIDITY_YEARS.max} (tahun)`,
          `validity_years must be a whole number ${VALIDITY_YEARS.min}–${VALIDITY_YEARS.max} (years)`));
      }
      if (schemes.has(codeKey(code))) return problem(file, row.line, message(`kode skema '${code}' muncul dua kali`, `scheme code '${code}' appears twice`));
      schemes.set(codeKey(code), { code, name_id: row.get('name_id'), name_en: row.get('name_en'), occupationCode: occupation.value, validityYears: years.value });
    }
  }

  const jobTitles: JobTitleRule[] = [];
  {
    // Compiling in re2-wasm takes milliseconds, and the bundled rows share one exclude: compile each text once.
    const seen = new Map<string, ReturnType<typeof compilePattern>>();
    const compiled = (source: string) => {
      let result = seen.get(source);
      if (result === undefined) seen.set(source, (result = compilePattern(source)));
      return result;
    };
    const { file, rows } = rowsOf.job_titles;
    for (const row of rows) {
      const missing = requireValues(file, 'job_titles', row);
      if (missing) return missing;
      const occupation = crosswalkOccupation('job_titles', file, row, row.get('pattern'));
      if ('problem' in occupation) return occupation.problem;
      const pattern = compiled(row.get('pattern'));
      if (!pattern.ok) return problem(file, row.line, pattern.reason);
      const exclude = row.get('exclude') === '' ? null : compiled(row.get('exclude'));
      if (exclude && !exclude.ok) return problem(file, row.line, message(`exclude: ${exclude.reason.id}`, `exclude: ${exclude.reason.en}`));
      jobTitles.push({ pattern: pattern.pattern, source: row.get('pattern'), exclude: exclude && exclude.pattern, occupationCode: occupation.value });
    }
  }

  return { ok: true, tables: { occupations, programs, schemes, jobTitles, sources, unlisted } };
}

type ValueOrProblem<T> = { value: T } | { problem: ReferenceResult };

/** Kecamatan populations for per-capita rates; the file is fixed and comes with the project. */
export function loadKecamatanPopulation(file: string = path.join(BUNDLED_REFERENCE_DIR, 'kecamatan.csv')): KecamatanPopulation[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const get = (name: string) => cells[columns.indexOf(name)];
    return { bps: get('bps_code'), kemendagri: get('kemendagri_code'), name: get('name'), slug: get('slug'), population: Number(get('population_2025h1')) };
  });
}
