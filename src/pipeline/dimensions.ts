// The published breakdowns and how rows code them: occupation index (occupations.csv order, then
// `other`), kecamatan index (KECAMATAN_LIST order, then `unknown`), sex (L, P, unknown).

export const SEX_CODES = ['L', 'P', 'unknown'] as const;

export interface Dimensions {
  occupationCodes: string[];
  other: number;
  unknownKecamatan: number;
  unknownSex: number;
}
