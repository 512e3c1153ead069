// Enrollments (§5, §7): one row per person per training batch. Owns the stored status codes and the
// end-date rule.

import { COLUMNS, ENROLLMENT_STATUS_VALUES } from '../contract.ts';
import { sexCode } from '../dimensions.ts';
import { message } from '../messages.ts';
import { withFix } from '../reasons.ts';
import { columnIndex } from '../validate.ts';
import type { DatasetModule } from './dataset.ts';
import { fieldIndex, namedCodes, type DatasetRows } from './rows.ts';

export type EnrollmentStatus = keyof typeof ENROLLMENT_STATUS_VALUES;
export const STATUS_CODES = Object.keys(ENROLLMENT_STATUS_VALUES) as EnrollmentStatus[];
/** Stored status codes: `STATUS.completed`, … */
export const STATUS = namedCodes(STATUS_CODES);

export const ENROLLMENT_FIELDS = ['person', 'start', 'end', 'status', 'occupation', 'kecamatan', 'sex'] as const;
export type EnrollmentField = (typeof ENROLLMENT_FIELDS)[number];
export type EnrollmentRows = DatasetRows<EnrollmentField>;
/**
 * No end day: the training is ongoing. Outside every accepted date (1940–2099): day numbers count from
 * 1970, so −1 would be 1969-12-31 and any "negative means none" test would drop trainings before 1970.
 */
export const NO_END = -0x80000000;

export const END_BEFORE_START = withFix(
  message('tanggal selesai sebelum tanggal mulai', 'the end date is before the start date'),
  message(
    'periksa kedua tanggal: tertukar, atau hari dan bulan tertukar (tulis hari lebih dulu: 25/09/2025)?',
    'check both dates: swapped, or day and month swapped (write the day first: 25/09/2025)?',
  ),
);

const F = fieldIndex(ENROLLMENT_FIELDS);
const at = (name: string) => columnIndex('enrollments', name);
const ix = { start: at('start_date'), end: at('end_date'), status: at('status'), program: at('program_code'), sex: at('sex') };

export const enrollments: DatasetModule<EnrollmentField> = {
  name: 'enrollments',
  fields: ENROLLMENT_FIELDS,
  person: true,
  link: false,
  encode({ values: v, fields, sourceColumns, kecamatan, warn }, encoding, out) {
    const status = v[ix.status] as EnrollmentStatus;
    if (v[ix.end] !== null && (v[ix.end] as number) < (v[ix.start] as number)) {
      if (status !== 'ongoing')
        return { column: COLUMNS.enrollments[ix.end].name, value: fields[sourceColumns[ix.end]] ?? '', reason: END_BEFORE_START };
      warn({ column: 'end_date', reason: END_BEFORE_START });
      v[ix.end] = null;
    }
    out[F.start] = v[ix.start] as number;
    out[F.end] = status === 'ongoing' || v[ix.end] === null ? NO_END : (v[ix.end] as number);
    out[F.status] = STATUS[status];
    out[F.occupation] = encoding.programOccupation(v[ix.program] as string);
    out[F.kecamatan] = kecamatan;
    out[F.sex] = sexCode(v[ix.sex] as string | null);
    return null;
  },
};
