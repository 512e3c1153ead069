// Numbers the build cannot hold or that no real record has (issue 7, item 2): a vacancy for more than
// 10,000 positions is rejected with its reason and line, a wage beyond Rp 1,000,000,000 is a warning and
// read as missing, and nothing published ever wraps (2,147,483,648 positions once became −2,147,483,563).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/pipeline/contract.ts';
import { FIXTURES, build, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HEADER = 'vacancy_id,posted_date,occupation_code,positions';
/** 60 ordinary vacancies (lines 2–61), so that three rejected rows stay under the 5 % refusal. */
const FILLER = Array.from({ length: 60 }, (_, i) => `F${i + 1},2025-06-01,7212,1`);

function inputWith(files: Record<string, string>): string {
  const input = path.join(tempDir(), 'input');
  cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(input, name), content);
  return input;
}

describe('positions are bounded to 10,000 a vacancy', () => {
  const vacancies = [
    HEADER,
    ...FILLER,
    'BIG1,2025-06-02,7212,10000', // line 62
    'BIG2,2025-06-02,7212,10.001', // line 63
    'WRAP,2025-06-02,7212,2147483648', // line 64
    'HUGE,2025-06-02,7212,9007199254740993', // line 65
  ].join('\n');

  it('rejects 10,001 and 2,147,483,648 by line with the reason, accepts 10,000, and publishes no wrapped sum', async () => {
    const built = await build(inputWith({ 'vacancies.csv': vacancies }), { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);
    const report = (parse(readFileSync(built.report, 'utf8')) as string[][]).filter((row) => row[0] === 'vacancies');
    const tooMany =
      'lebih dari 10.000 posisi dalam satu lowongan: salah ketik? / more than 10,000 positions in one vacancy: a typing error?';
    expect(report).toEqual([
      ['vacancies', 'vacancies.csv', '63', 'positions', '10.001', tooMany],
      ['vacancies', 'vacancies.csv', '64', 'positions', '2147483648', tooMany],
      ['vacancies', 'vacancies.csv', '65', 'positions', '9007199254740993', 'angka terlalu besar / the number is too large'],
    ]);
    expect(built.meta.datasets.vacancies).toMatchObject({ rows_read: 64, accepted: 61, rejected: 3 });
    expect(built.facts.get('demand_positions,2025,*,*,*')).toBe('10060,');
    expect(built.facts.get('demand_positions,2025,7212,*,*')).toBe('10060,');
    for (const [key, value] of built.facts) expect(value, key).not.toMatch(/^-/);
  });
});

describe('monthly_wage is bounded to Rp 1,000,000,000', () => {
  it('warns about a larger wage and reads it as missing: the row is still counted', async () => {
    const placements = readFileSync(path.join(FIXTURES, 'basic/placements.csv'), 'utf8').replace(
      'P02,0099000000000002,E02,2025-04-15,bekerja,PT Rahasia Baja Fiktif,Rp 5.128.084',
      'P02,0099000000000002,E02,2025-04-15,bekerja,PT Rahasia Baja Fiktif,Rp 5.128.084.000',
    );
    const built = await build(inputWith({ 'placements.csv': placements }), { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);
    expect(built.meta.datasets.placements).toMatchObject({ rows_read: 9, rejected: 0, warnings: 1 });
  });
});

describe('the contract bounds every number it accepts', () => {
  it('gives every integer column a bound that a 32-bit column holds', () => {
    const numeric = Object.values(COLUMNS)
      .flat()
      .filter((c) => c.type === 'integer' || c.type === 'positions');
    expect(numeric.map((c) => [c.name, c.max?.value])).toEqual([
      ['monthly_wage', 1_000_000_000],
      ['positions', 10_000],
    ]);
    for (const c of numeric) expect(c.max!.value).toBeLessThanOrEqual(2 ** 31 - 1);
  });
});

describe('a job title longer than any real one', () => {
  it('classifies a 1 MB title on its first 300 characters, with a warning', async () => {
    const title = `Welder 6G ${'x'.repeat(1_000_000)}`;
    const vacancies = ['vacancy_id,posted_date,job_title,positions', `LONG,2025-06-02,${title},4`, 'SHORT,2025-06-02,Driver,1'].join('\n');
    const built = await build(inputWith({ 'vacancies.csv': vacancies }), { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);
    expect(built.meta.datasets.vacancies).toMatchObject({ rows_read: 2, accepted: 2, rejected: 0, warnings: 1 });
    expect(built.facts.get('demand_positions,2025,7212,*,*')).toBe('4,');
    expect(built.facts.get('demand_positions,2025,other,*,*')).toBe('1,');
  });
});

describe('--as-of at most 366 days after the latest event', () => {
  const cli = (asOf: string) => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts/build-data.ts'),
        '--input',
        path.join(FIXTURES, 'basic'),
        '--out',
        out,
        '--report',
        path.join(dir, 'report.csv'),
        '--as-of',
        asOf,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    return { code: run.status, output: `${run.stdout}${run.stderr}`, published: existsSync(out) };
  };

  it('refuses 2099-12-31 with exit 2, naming the latest event, and publishes nothing', () => {
    const run = cli('2099-12-31');
    expect(run.code).toBe(2);
    expect(run.output).toContain('the as-of date 2099-12-31 is more than 366 days after the latest event (2025-12-19, enrollments)');
    expect(run.output).toContain('tanggal as-of 2099-12-31 lebih dari 366 hari setelah kejadian terakhir (2025-12-19, enrollments)');
    expect(run.output).not.toMatch(/\n\s+at |node:internal/);
    expect(run.published).toBe(false);
  });

  it('accepts an as-of date exactly 366 days after the latest event', () => {
    expect(cli('2026-12-20').code).toBe(0);
    expect(cli('2026-12-21').code).toBe(2);
  });
});

describe('data:check goes through the same code', () => {
  it('checks a folder with (a+)+$ in its own job_titles.csv and a 1 MB title, and names the cut title', () => {
    const input = inputWith({
      'vacancies.csv': [
        'vacancy_id,posted_date,job_title,positions',
        `LONG,2025-06-02,${'a'.repeat(1_000_000)}!,4`,
        'SHORT,2025-06-02,Welder,1',
      ].join('\n'),
    });
    writeFileSync(path.join(input, 'reference', 'job_titles.csv'), 'pattern,occupation_code\n(a+)+$,7212\nwelder,7212\n');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-data.ts'), input, '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('the title is longer than 300 characters: only its first 300 are used to classify the occupation');
  });
});
