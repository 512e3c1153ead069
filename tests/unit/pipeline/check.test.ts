// The grouped report of data:check: which values may be shown, and how rejected rows are grouped.
import { describe, expect, it } from 'vitest';
import { MAX_LINES_PER_GROUP, checkExitCode, mayShowValue, rejectionGrouper, type CheckedInput } from '../../../src/pipeline/check.ts';
import { COLUMNS, DATASETS } from '../../../src/pipeline/contract.ts';
import type { Rejection } from '../../../src/pipeline/ingest.ts';
import { message } from '../../../src/pipeline/messages.ts';

const BAD_DATE = message('tanggal tidak ada di kalender', 'this date does not exist in the calendar');
const EMPTY = message('nilai wajib kosong', 'a required value is empty');

function rejection(line: number, column: string, value: string, reason = BAD_DATE): Rejection {
  return { dataset: 'enrollments', file: 'peserta.csv', line, column, value, reason };
}

describe('mayShowValue', () => {
  it('never shows a private column, an id or free text', () => {
    for (const d of DATASETS) {
      for (const spec of COLUMNS[d]) {
        if (spec.private || spec.key || spec.name === 'enrollment_id' || spec.type === 'text')
          expect(mayShowValue(d, spec.name), `${d}.${spec.name}`).toBe(false);
      }
    }
    expect(mayShowValue('enrollments', 'birth_date')).toBe(false);
    expect(mayShowValue('placements', 'employer_name')).toBe(false);
    expect(mayShowValue('enrollments', '')).toBe(false);
  });

  it('shows dates, numbers, codes, enums and kecamatan: what a person needs to fix them', () => {
    expect(mayShowValue('enrollments', 'start_date')).toBe(true);
    expect(mayShowValue('enrollments', 'status')).toBe(true);
    expect(mayShowValue('enrollments', 'program_code')).toBe(true);
    expect(mayShowValue('vacancies', 'positions')).toBe(true);
    expect(mayShowValue('vacancies', 'kecamatan')).toBe(true);
  });
});

describe('rejectionGrouper', () => {
  it('groups by file, column and reason, keeping the first line numbers and the count', () => {
    const grouper = rejectionGrouper();
    for (let line = 2; line <= 14; line++) grouper.add(rejection(line, 'start_date', line % 2 ? '31/02/2025' : '30/02/2025'));
    grouper.add(rejection(20, 'person_id', '', EMPTY));
    grouper.add(rejection(21, 'start_date', '', EMPTY));
    const groups = grouper.groups();
    expect(groups.map((g) => [g.column, g.reason.en, g.count])).toEqual([
      ['start_date', BAD_DATE.en, 13],
      ['person_id', EMPTY.en, 1],
      ['start_date', EMPTY.en, 1],
    ]);
    expect(groups[0].lines).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(groups[0].lines).toHaveLength(MAX_LINES_PER_GROUP);
    expect(groups[0].values).toEqual([
      { value: '30/02/2025', count: 7 },
      { value: '31/02/2025', count: 6 },
    ]);
    expect(groups[1].values).toEqual([]);
  });

  it('keeps no value of a column whose values are not shown, and at most five distinct values', () => {
    const grouper = rejectionGrouper();
    grouper.add(rejection(2, 'enrollment_id', 'E01', EMPTY));
    for (let i = 0; i < 8; i++) grouper.add(rejection(3 + i, 'end_date', `3${i}/02/2025`));
    const [ids, dates] = grouper.groups();
    expect(ids.values).toEqual([]);
    expect(dates.values.map((v) => v.value)).toEqual(['30/02/2025', '31/02/2025', '32/02/2025', '33/02/2025', '34/02/2025']);
    expect(dates.valuesLeftOut).toBe(3);
    expect(dates.count).toBe(8);
  });
});

describe('checkExitCode', () => {
  const checked = (refusals: number) =>
    ({
      analysis: { refusals: Array.from({ length: refusals }, () => ({ rule: 'no_events', message: EMPTY })) },
    }) as unknown as CheckedInput;
  it('is 0 only when the build would publish every input', () => {
    expect(checkExitCode([checked(0), checked(0)])).toBe(0);
    expect(checkExitCode([checked(0), checked(1)])).toBe(1);
  });
});
