// Trainings before 1970: day numbers count from 1970-01-01, so their dates are negative numbers, and
// the contract accepts dates from 1940. A training that ended in 1965 has ended: it is a completion
// of 1965, and its dates are events of the build (the first event, hence the first published period).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, build, tempDir, type Built } from './helpers.ts';

const HEADER = 'enrollment_id,person_id,name,sex,city,kecamatan,program_code,start_date,end_date,status';
const row = (n: number, start: string, end: string, status: string) =>
  `E${n},00990000000000${String(n).padStart(2, '0')},Peserta ${n},L,Cilegon,Ciwandan,LAS-SMAW,${start},${end},${status}`;

let built: Built;

beforeAll(async () => {
  const input = path.join(tempDir('lm-1965-'), 'input');
  mkdirSync(input, { recursive: true });
  cpSync(path.join(FIXTURES, 'basic', 'reference'), path.join(input, 'reference'), { recursive: true });
  const rows = [
    // Six completed in 1965, five on 1969-12-31 (day −1), one ongoing since 1965 (five is the smallest published count).
    ...[1, 2, 3, 4, 5, 6].map((n) => row(n, '1964-09-01', '1965-03-31', 'completed')),
    ...[7, 8, 9, 10, 11].map((n) => row(n, '1969-06-02', '1969-12-31', 'completed')),
    row(12, '1965-01-04', '', 'ongoing'),
    ...[21, 22, 23, 24, 25].map((n) => row(n, '2025-01-06', '2025-03-28', 'completed')),
  ];
  writeFileSync(path.join(input, 'enrollments.csv'), `${HEADER}\n${rows.join('\n')}\n`);
  built = await build(input, { asOf: '2025-12-31' });
});

describe('a training that ended before 1970', () => {
  it('is a completion of its year, not an ongoing training', () => {
    expect(built.result.exitCode).toBe(0);
    expect(built.facts.get('completed,1965,*,*,*')).toBe('6,');
    expect(built.facts.get('completed,1969-12,*,*,*')).toBe('5,');
    expect(built.facts.get('enrolled,1964,*,*,*')).toBe('6,');
    expect(built.facts.get('completed,1964,*,*,*')).toBe('0,');
    expect(built.facts.get('completed,2025,*,*,*')).toBe('5,');
  });

  it('makes its dates events: publishing starts at the first of them', () => {
    expect(built.meta.periods.first).toBe('1964-09-01');
    expect(built.meta.periods.years[0]).toBe('1964');
  });
});
