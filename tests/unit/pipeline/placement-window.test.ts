import { describe, expect, it } from 'vitest';
import { CERTIFICATION_FIELDS } from '../../../src/pipeline/datasets/certifications.ts';
import { ENROLLMENT_FIELDS, STATUS } from '../../../src/pipeline/datasets/enrollments.ts';
import { PLACEMENT_FIELDS } from '../../../src/pipeline/datasets/placements.ts';
import { DatasetRows } from '../../../src/pipeline/datasets/rows.ts';
import { VACANCY_FIELDS } from '../../../src/pipeline/datasets/vacancies.ts';
import type { Ingested } from '../../../src/pipeline/ingest.ts';
import { placedWithinWindow } from '../../../src/pipeline/metrics.ts';
import { isoToDay } from '../../../src/pipeline/values/dates.ts';

const day = (iso: string) => isoToDay(iso)!;

function data(
  enrollments: { person: number; start: string; end: string; status?: number }[],
  placements: { person: number; day: string; enrollment?: number }[],
): Ingested {
  const put = <F extends string>(rows: DatasetRows<F>, record: Record<F, number>) =>
    rows.put(
      -1,
      0,
      0,
      Int32Array.from(rows.fields, (f) => record[f]),
    );
  const e = new DatasetRows(ENROLLMENT_FIELDS);
  for (const r of enrollments)
    put(e, {
      person: r.person,
      start: day(r.start),
      end: day(r.end),
      status: r.status ?? STATUS.completed,
      occupation: 0,
      kecamatan: 0,
      sex: 0,
    });
  const p = new DatasetRows(PLACEMENT_FIELDS);
  for (const r of placements)
    put(p, { person: r.person, day: day(r.day), occupation: 0, kecamatan: 0, sex: 0, enrollment: r.enrollment ?? -1, type: 0 });
  return {
    stores: {
      enrollments: e,
      placements: p,
      certifications: new DatasetRows(CERTIFICATION_FIELDS),
      vacancies: new DatasetRows(VACANCY_FIELDS),
    },
    files: { enrollments: [], certifications: [], placements: [], vacancies: [] },
    notes: [],
    warnings: [],
    sectors: [],
    persons: 0,
    dimensions: { occupationCodes: ['7212'], other: 1, unknownKecamatan: 8, unknownSex: 2 },
  };
}

describe('placed within 180 days', () => {
  const cohort = [{ person: 1, start: '2025-01-06', end: '2025-03-28' }];

  it('includes both ends of the window: the start date and the end date + 180 days', () => {
    expect([...placedWithinWindow(data(cohort, [{ person: 1, day: '2025-01-06', enrollment: 0 }]))]).toEqual([1]);
    expect([...placedWithinWindow(data(cohort, [{ person: 1, day: '2025-09-24', enrollment: 0 }]))]).toEqual([1]); // 28 Mar + 180
    expect([...placedWithinWindow(data(cohort, [{ person: 1, day: '2025-09-25', enrollment: 0 }]))]).toEqual([0]);
    expect([...placedWithinWindow(data(cohort, [{ person: 1, day: '2025-01-05', enrollment: 0 }]))]).toEqual([0]);
  });

  it('matches on enrollment_id, or on person_id only for placements without one', () => {
    const two = [...cohort, { person: 1, start: '2025-06-02', end: '2025-08-29' }];
    // Linked to the first enrollment: does not count for the second, although it is the same person.
    expect([...placedWithinWindow(data(two, [{ person: 1, day: '2025-09-01', enrollment: 0 }]))]).toEqual([1, 0]);
    // No enrollment_id: counts for every enrollment of that person whose window holds it.
    expect([...placedWithinWindow(data(two, [{ person: 1, day: '2025-09-01' }]))]).toEqual([1, 1]);
    expect([...placedWithinWindow(data(two, [{ person: 2, day: '2025-09-01' }]))]).toEqual([0, 0]);
  });

  it('only counts completed enrollments', () => {
    expect([...placedWithinWindow(data([{ ...cohort[0], status: 2 }], [{ person: 1, day: '2025-04-01', enrollment: 0 }]))]).toEqual([0]);
  });
});
