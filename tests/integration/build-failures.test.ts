// Bad inputs: exit 1, the file named in plain words, no stack trace, and --out left as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-data.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A copy of the basic fixture with one file added or replaced, and an --out folder holding a previous publication. */
function scenario(file: string, content: string | Buffer) {
  const dir = tempDir();
  const input = path.join(dir, 'input');
  cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
  mkdirSync(path.dirname(path.join(input, file)), { recursive: true });
  writeFileSync(path.join(input, file), content);
  const out = path.join(dir, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, 'facts.csv'), 'previous publication\n');
  return { input, out, report: path.join(dir, 'report.csv') };
}

const XLSX = Buffer.concat([
  Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'),
  Buffer.from('[Content_Types].xml'),
  Buffer.alloc(200, 1),
]);
const BINARY = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
const mostlyInvalid = [
  'vacancy_id,posted_date,positions',
  ...Array.from({ length: 20 }, (_, i) => `X${i},${i < 3 ? '2025-13-45' : '2025-06-01'},1`),
].join('\n');

describe.each([
  ['an empty file', 'vacancies_extra.csv', '', /vacancies_extra\.csv/, /kosong|empty/i],
  ['a binary file', 'placements_binary.csv', BINARY, /placements_binary\.csv/, /biner|binary/i],
  ['an Excel workbook renamed .csv', 'peserta_2026.csv', XLSX, /peserta_2026\.csv/, /Excel/],
  [
    'a file without a required column',
    'sertifikasi/baru.csv',
    'certification_id,nik,tanggal_uji,hasil\nC99,1,2025-01-01,K\n',
    /sertifikasi\/baru\.csv/,
    /kolom wajib 'scheme_code' tidak ada; nama yang diterima: scheme_code, kode_skema, skema/,
  ],
  ['a mostly invalid file', 'lowongan_2025.csv', mostlyInvalid, /vacancies: 3 of 24 rows rejected/, /lebih dari 5 %/],
  [
    'a broken reference table',
    'reference/programs.csv',
    'program_code,name_id,name_en,occupation_code\nLAS-SMAW,Las,Welding,7212\nFORKLIFT,Forklift,Forklift,99999\n',
    /reference\/programs\.csv/,
    /kode KBJI harus 4 angka/,
  ],
  [
    'a reference table with an invalid pattern',
    'reference/job_titles.csv',
    'pattern,occupation_code\n(las,7212\n',
    /reference\/job_titles\.csv/,
    /regular expression/,
  ],
])('%s', (_name, file, content, names, says) => {
  it('exits 1, names the problem in plain words, and leaves --out unchanged', () => {
    const s = scenario(file, content);
    const run = cli(['--input', s.input, '--out', s.out, '--report', s.report, '--as-of', '2025-12-31']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(names);
    expect(run.output).toMatch(says);
    expect(run.output).not.toMatch(/\n\s+at |Error:|node:internal/);
    expect(readFileSync(path.join(s.out, 'facts.csv'), 'utf8')).toBe('previous publication\n');
    expect(readFileSync(s.report, 'utf8').split('\n')[0]).toBe('dataset,file,line,column,value,reason');
  });
});

describe('usage and empty inputs', () => {
  it('exits 2 on wrong usage', () => {
    expect(cli(['--bogus']).code).toBe(2);
    expect(cli(['--input', '/nonexistent/folder']).code).toBe(2);
    expect(cli(['--as-of', '31/12/2025']).code).toBe(2);
    expect(cli(['--min-cell', '0']).code).toBe(2);
  });

  it('refuses an input with no event at all: an empty export never replaces the dashboard', () => {
    const dir = tempDir();
    const input = path.join(dir, 'input');
    mkdirSync(input);
    writeFileSync(path.join(input, 'lowongan.csv'), 'vacancy_id,posted_date\n');
    const out = path.join(dir, 'out');
    const run = cli(['--input', input, '--out', out, '--report', path.join(dir, 'r.csv')]);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/no event date/);
  });
});
