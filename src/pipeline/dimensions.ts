// The published breakdowns and how rows code them: occupation index (occupations.csv order, then
// `other`), kecamatan index (KECAMATAN_LIST order, then `unknown`), sex (L, P, unknown).

export const SEX_CODES = ['L', 'P', 'unknown'] as const;

export interface Dimensions {
  occupationCodes: string[];
  other: number;
  unknownKecamatan: number;
  unknownSex: number;
}

/** The stored code of a sex value (`L`, `P`), or of `unknown` when the row gives none. */
export function sexCode(value: string | null): number {
  const code = value === null ? -1 : SEX_CODES.indexOf(value as (typeof SEX_CODES)[number]);
  return code >= 0 ? code : SEX_CODES.length - 1;
}
