// Every dataset's module, by name.

import type { DatasetName } from '../contract.ts';
import { certifications, type CertificationRows } from './certifications.ts';
import type { DatasetModule } from './dataset.ts';
import { enrollments, type EnrollmentRows } from './enrollments.ts';
import { placements, type PlacementRows } from './placements.ts';
import { vacancies, type VacancyRows } from './vacancies.ts';

export const DATASET_MODULES: { readonly [D in DatasetName]: DatasetModule<string> } = {
  enrollments,
  certifications,
  placements,
  vacancies,
};

/** The final accepted rows of every dataset. */
export interface Stores {
  enrollments: EnrollmentRows;
  certifications: CertificationRows;
  placements: PlacementRows;
  vacancies: VacancyRows;
}
