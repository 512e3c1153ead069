// Vacancies (§5, §7): job postings. The occupation is the KBJI code, else the job title's
// classification; the employer sector is coded for demand.json (sectors.ts).

import { columnIndex } from '../validate.ts';
import type { DatasetModule } from './dataset.ts';
import { fieldIndex, type DatasetRows } from './rows.ts';

export const VACANCY_FIELDS = ['day', 'positions', 'occupation', 'kecamatan', 'requiresCertificate', 'sector'] as const;
export type VacancyField = (typeof VACANCY_FIELDS)[number];
export type VacancyRows = DatasetRows<VacancyField>;

const F = fieldIndex(VACANCY_FIELDS);
/** The field the merge recodes from the file's sector codes to the build's (Ingested.sectors). */
export const SECTOR_FIELD = F.sector;
const at = (name: string) => columnIndex('vacancies', name);
const ix = {
  posted: at('posted_date'),
  positions: at('positions'),
  occupation: at('occupation_code'),
  title: at('job_title'),
  sector: at('employer_sector'),
  requiredScheme: at('required_scheme'),
};

export const vacancies: DatasetModule<VacancyField> = {
  name: 'vacancies',
  fields: VACANCY_FIELDS,
  person: false,
  link: false,
  encode({ values: v, kecamatan, warn }, encoding, out) {
    out[F.sector] = encoding.sectorCode((v[ix.sector] as string | null) ?? '', warn);
    out[F.day] = v[ix.posted] as number;
    out[F.positions] = v[ix.positions] as number;
    out[F.occupation] =
      v[ix.occupation] !== null
        ? encoding.occupationOf(v[ix.occupation] as string)
        : v[ix.title] !== null
          ? encoding.titleOccupation(v[ix.title] as string, warn)
          : encoding.dimensions.other;
    out[F.kecamatan] = kecamatan;
    out[F.requiresCertificate] = v[ix.requiredScheme] !== null ? 1 : 0;
    return null;
  },
};
