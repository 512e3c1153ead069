// Certifications (§5, §7): competency assessments. Owns the stored result codes and the valid_until rule;
// kecamatan and sex come from the linked enrollment when the row gives none.

import { RESULT_VALUES } from '../contract.ts';
import { sexCode } from '../dimensions.ts';
import { message } from '../messages.ts';
import { columnIndex } from '../validate.ts';
import { addCalendarYears } from '../values/dates.ts';
import type { DatasetModule } from './dataset.ts';
import { fieldIndex, namedCodes, type DatasetRows } from './rows.ts';

export type AssessmentResult = keyof typeof RESULT_VALUES;
/** Stored result codes: `RESULT.competent`, `RESULT.not_yet`. */
export const RESULT = namedCodes(Object.keys(RESULT_VALUES) as AssessmentResult[]);

export const CERTIFICATION_FIELDS = ['person', 'assessed', 'validUntil', 'result', 'occupation', 'kecamatan', 'sex'] as const;
export type CertificationField = (typeof CERTIFICATION_FIELDS)[number];
export type CertificationRows = DatasetRows<CertificationField>;

export const VALID_UNTIL_BEFORE = message(
  'masa berlaku sebelum tanggal uji; dihitung dari masa berlaku skema',
  "valid_until is before the assessment date; the scheme's validity is used",
);

const F = fieldIndex(CERTIFICATION_FIELDS);
const at = (name: string) => columnIndex('certifications', name);
const ix = {
  assessed: at('assessment_date'),
  validUntil: at('valid_until'),
  scheme: at('scheme_code'),
  result: at('result'),
  sex: at('sex'),
};

export const certifications: DatasetModule<CertificationField> = {
  name: 'certifications',
  fields: CERTIFICATION_FIELDS,
  person: true,
  link: true,
  encode({ values: v, kecamatan, warn }, encoding, out) {
    const assessed = v[ix.assessed] as number;
    const until = v[ix.validUntil] as number | null;
    const scheme = encoding.scheme(v[ix.scheme] as string);
    if (until !== null && until < assessed) warn({ column: 'valid_until', reason: VALID_UNTIL_BEFORE });
    if (until === null || until < assessed) v[ix.validUntil] = addCalendarYears(assessed, scheme.validityYears);
    out[F.assessed] = assessed;
    out[F.validUntil] = v[ix.validUntil] as number;
    out[F.result] = RESULT[v[ix.result] as AssessmentResult];
    out[F.occupation] = encoding.occupationOf(scheme.occupationCode);
    out[F.kecamatan] = kecamatan;
    out[F.sex] = sexCode(v[ix.sex] as string | null);
    return null;
  },
  inherit(out, linked, enrollments, dimensions) {
    if (linked < 0) return;
    if (out[F.kecamatan] === dimensions.unknownKecamatan) out[F.kecamatan] = enrollments.columns.kecamatan.data[linked];
    if (out[F.sex] === dimensions.unknownSex) out[F.sex] = enrollments.columns.sex.data[linked];
  },
};
