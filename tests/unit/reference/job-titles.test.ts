// The project's reference tables (data/reference/): the job-title crosswalk classifies the free-text
// titles people really write, and every code the tables use points at a listed occupation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '../../../src/pipeline/reference.ts';
import { classifyTitle } from '../../../src/pipeline/titles.ts';

const DIR = new URL('../../../data/reference/', import.meta.url);

/** The reference tables are simple on purpose (no quotes, no commas inside fields): a split is enough. */
function readTable(name: string): Record<string, string>[] {
  const lines = readFileSync(new URL(name, DIR), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    expect(cells, `${name}: ${line}`).toHaveLength(header.length);
    return Object.fromEntries(header.map((column, i) => [column, cells[i]]));
  });
}

const loaded = await loadReferenceTables({});
if (!loaded.ok) throw new Error(`bundled reference tables: ${loaded.message.en}`);
const rows = readTable('job_titles.csv');

/** The contract's rule (§5), through the build's own code: the first row whose pattern is found in the title (and its exclude not), else `other`. */
function classify(title: string): string {
  return classifyTitle(loaded.ok ? loaded.tables.jobTitles : [], title) ?? 'other';
}

describe('job_titles.csv classifies vacancy titles (first matching row wins)', () => {
  const cases: [string, string][] = [
    ['Welder 6G', '7212'],
    ['Juru Las SMAW', '7212'],
    ['Tukang Las', '7212'],
    ['Pipe Welder 6G', '7212'],
    ['Welder GTAW/SMAW', '7212'],
    ['Helper Welder', 'other'],
    ['Welding Inspector', 'other'],
    ['Fitter Pipa', '7126'],
    ['Pipe Fitter', '7126'],
    ['Fitter Struktur', '7214'],
    ['Fabricator', '7214'],
    ['Rigger / Signalman', '7215'],
    ['Scaffolder', '7119'],
    ['Tenaga Kerja Bangunan Tinggi', '7119'],
    ['Operator Excavator PC200', '8342'],
    ['Operator Backhoe', '8342'],
    ['Operator Mobile Crane', '8343'],
    ['Operator Forklift (SIO K3)', '8344'],
    ['Mekanik Alat Berat', '7233'],
    ['Heavy Equipment Mechanic', '7233'],
    ['Mekanik Forklift', '7233'],
    ['Mechanical Fitter', '7233'],
    ['Mekanik Sepeda Motor', '7231'],
    ['Montir', '7231'],
    ['Teknisi AC', '7127'],
    ['Teknisi HVAC', '7127'],
    ['Teknisi Listrik', '7411'],
    ['Electrician', '7411'],
    ['Instrument Technician', '7412'],
    ['Mekanik Listrik', '7412'],
    ['Electrical Engineer', 'other'],
    ['Safety Officer (HSE)', '3257'],
    ['Petugas K3', '3257'],
    ['Safetyman', '3257'],
    ['Ahli K3 Umum', '2263'],
    ['HSE Engineer', '2263'],
    ['Staff IT', '3513'],
    ['Teknisi Jaringan', '3513'],
    ['IT Programmer', 'other'],
    ['Drafter AutoCAD', '3118'],
    ['Juru Masak', '5120'],
    ['Cook Helper', 'other'],
    ['Penjahit', '7533'],
    ['Operator Jahit', '7533'],
    ['Satpam', '5414'],
    ['Security Guard', '5414'],
    ['Admin Gudang', 'other'],
    ['Operator Produksi', 'other'],
    ['Driver', 'other'],
  ];
  it.each(cases)('%s → %s', (title, code) => {
    expect(classify(title)).toBe(code);
  });

  it('is case-insensitive', () => {
    expect(classify('WELDER 6G')).toBe('7212');
    expect(classify('operator excavator')).toBe('8342');
  });
});

describe('reference tables are consistent', () => {
  const occupations = readTable('occupations.csv');
  const codes = new Set(occupations.map((row) => row.occupation_code));

  it('every pattern compiles in the linear-time engine (the build read the table)', () => {
    expect(rows.length).toBe(21);
    expect(loaded.ok && loaded.tables.jobTitles.length).toBe(21);
  });

  it('occupation codes are 4 digits and unique', () => {
    expect(occupations.length).toBe(20);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
    expect(codes.size).toBe(occupations.length);
  });

  it('every occupation_code in programs, schemes and job_titles is in occupations.csv', () => {
    const used = [
      ...readTable('programs.csv').map((row) => row.occupation_code),
      ...readTable('schemes.csv').map((row) => row.occupation_code),
      ...rows.map((row) => row.occupation_code),
    ];
    expect(used.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('every slug is unique and URL-safe', () => {
    const slugs = occupations.map((row) => row.slug);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('program and scheme codes are unique; hours and validity are whole numbers', () => {
    const programs = readTable('programs.csv');
    const schemes = readTable('schemes.csv');
    expect(new Set(programs.map((row) => row.program_code.toLowerCase())).size).toBe(programs.length);
    expect(new Set(schemes.map((row) => row.scheme_code.toLowerCase())).size).toBe(schemes.length);
    for (const row of programs) expect(Number(row.hours)).toBeGreaterThanOrEqual(160);
    for (const row of schemes) expect(row.validity_years).toMatch(/^[1-9]$/);
  });
});
