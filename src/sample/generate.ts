// The sample generator: a synthetic Cilegon (people, training, certificates, jobs, vacancies) written
// out as the messy CSV exports real sources produce. Pure: same reference tables in, same bytes out.
import type { DatasetName } from '../pipeline/contract.ts';
import { generateCertifications } from './certifications.ts';
import { createEmployers } from './employers.ts';
import { generateEnrollments } from './enrollments.ts';
import { exportCertifications } from './export-certifications.ts';
import { exportEnrollments } from './export-enrollments.ts';
import { type ExportFile, renderBytes } from './export-file.ts';
import { exportPlacements } from './export-placements.ts';
import { exportVacancies } from './export-vacancies.ts';
import { linkTargets, markSuperseded } from './fates.ts';
import { createPeopleFactory } from './people.ts';
import { generatePlacements } from './placements.ts';
import { createRandom } from './random.ts';
import type { SampleReference } from './reference.ts';
import { readmeText, SAMPLE_MARKER_TEXT, type SampleSummary, summarize } from './summary.ts';
import { generateVacancies } from './vacancies.ts';

export const SAMPLE_SEED = 3672; // BPS code of Kota Cilegon

export interface SampleFile {
  /** Relative to the sample folder, `/` separated. */
  path: string;
  bytes: Uint8Array;
}

export interface SampleOutput {
  files: SampleFile[];
  summary: SampleSummary;
}

export function generateSample(reference: SampleReference, seed = SAMPLE_SEED): SampleOutput {
  const random = createRandom(seed);
  const people = createPeopleFactory(random.fork('people'), reference.kecamatan);
  const employers = createEmployers(random.fork('employers'));

  const enrollments = generateEnrollments(random.fork('enrollments'), reference, people);
  const certifications = generateCertifications(random.fork('certifications'), enrollments, reference, people);
  const placements = generatePlacements(random.fork('placements'), enrollments, certifications, employers);
  const vacancies = generateVacancies(random.fork('vacancies'), employers);

  // Enrollments first: certifications and placements are judged against the final enrollments.
  const linked = new Set([
    ...certifications.flatMap((c) => (c.enrollment ? [c.enrollment.id] : [])),
    ...placements.map((p) => p.enrollment.id),
  ]);
  const enrollmentFiles = exportEnrollments(random.fork('export-enrollments'), enrollments, reference, linked);
  markSuperseded(enrollmentFiles);
  const target = linkTargets(enrollmentFiles);
  const datasets: Record<DatasetName, ExportFile[]> = {
    enrollments: enrollmentFiles,
    certifications: exportCertifications(random.fork('export-certifications'), certifications, reference, target),
    placements: exportPlacements(random.fork('export-placements'), placements, reference, target),
    vacancies: exportVacancies(random.fork('export-vacancies'), vacancies, reference),
  };
  markSuperseded(datasets.certifications);
  markSuperseded(datasets.placements);
  markSuperseded(datasets.vacancies);

  const summary = summarize(datasets);
  const files: SampleFile[] = Object.values(datasets)
    .flat()
    .map((file) => ({ path: file.path, bytes: renderBytes(file) }));
  files.push({ path: 'README.md', bytes: new TextEncoder().encode(readmeText(summary)) });
  files.push({ path: 'SAMPLE-DATA.txt', bytes: new TextEncoder().encode(SAMPLE_MARKER_TEXT) });
  // CRLF, BOMs, Windows-1252 and UTF-16 are the point of the sample: git must not convert them.
  files.push({ path: '.gitattributes', bytes: new TextEncoder().encode('# Byte-exact test data: no line-ending conversion.\n* -text\n') });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, summary };
}
