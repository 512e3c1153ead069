// Competency assessments (BNSP/LSP) and K3 licences (Kemnaker): batches of completers assessed a few
// weeks after training, retakes, and experienced workers assessed without any training here.
import { type Day, nextWorkday } from './calendar.ts';
import { addCalendarYears, dayNumber, dayParts, daysInMonth } from '../pipeline/values/dates.ts';
import type { Enrollment } from './enrollments.ts';
import type { PeopleFactory, Person } from './people.ts';
import type { Random } from './random.ts';
import type { SampleReference } from './reference.ts';
import { DATA_END, YEARS } from './seasons.ts';
import { DIRECT_ASSESSMENTS } from './world.ts';
import type { AssessmentResult } from '../pipeline/datasets/certifications.ts';

export interface Certification {
  id: string;
  person: Person;
  /** The training it followed, if any (the export may still leave the link empty). */
  enrollment: Enrollment | null;
  scheme: string;
  date: Day;
  result: AssessmentResult;
  certificateNumber: string;
  /** Written only when the source filled it in; otherwise the scheme's validity applies. */
  validUntil: Day | null;
}

export function isLicence(scheme: string): boolean {
  return scheme.startsWith('KEMNAKER-');
}

interface Draft {
  person: Person;
  enrollment: Enrollment | null;
  scheme: string;
  date: Day;
  result: AssessmentResult;
}

export function generateCertifications(
  random: Random,
  enrollments: readonly Enrollment[],
  reference: SampleReference,
  people: PeopleFactory,
): Certification[] {
  const drafts: Draft[] = [];
  const assess = (person: Person, enrollment: Enrollment | null, scheme: string, date: Day, competentShare: number) => {
    const result: AssessmentResult = random.chance(competentShare) ? 'competent' : 'not_yet';
    drafts.push({ person, enrollment, scheme, date, result });
    // Half of those not yet competent try again one to three months later.
    if (result === 'not_yet' && random.chance(0.5)) {
      const retake = nextWorkday(date + random.int(30, 90));
      if (retake <= DATA_END)
        drafts.push({ person, enrollment, scheme, date: retake, result: random.chance(0.8) ? 'competent' : 'not_yet' });
    }
  };

  // A batch's completers are assessed together (one or two days) a few weeks after it ends.
  const byBatch = new Map<Enrollment['batch'], Enrollment[]>();
  for (const e of enrollments) {
    if (e.outcome !== 'completed' || !e.batch.plan.scheme || e.batch.plannedEnd > DATA_END) continue;
    const list = byBatch.get(e.batch) ?? [];
    list.push(e);
    byBatch.set(e.batch, list);
  }
  for (const [batch, completers] of byBatch) {
    const scheme = batch.plan.scheme as string;
    const session = nextWorkday(batch.plannedEnd + random.int(5, 28));
    completers.forEach((e, i) => {
      const date = i >= 10 && completers.length > 14 ? nextWorkday(session + 1) : session;
      if (date <= DATA_END && random.chance(batch.plan.assessedShare)) assess(e.person, e, scheme, date, batch.plan.competentShare);
    });
  }

  // Experienced workers (RPL / direct assessment), some of them former trainees.
  const trainedBySchemeOccupation = new Map<string, Person[]>();
  for (const e of enrollments) {
    if (e.outcome !== 'completed' || !e.person.residence.inScope) continue;
    const list = trainedBySchemeOccupation.get(e.batch.occupation) ?? [];
    list.push(e.person);
    trainedBySchemeOccupation.set(e.batch.occupation, list);
  }
  for (const year of YEARS) {
    for (let month = 1; month <= 12; month++) {
      const first = dayNumber(year, month, 1);
      if (first > DATA_END) break;
      for (const { scheme, perMonth } of DIRECT_ASSESSMENTS) {
        const count = Math.floor(perMonth) + (random.chance(perMonth % 1) ? 1 : 0) + random.int(-1, 1);
        const occupation = reference.schemes.get(scheme)?.occupation ?? '';
        const formerTrainees = trainedBySchemeOccupation.get(occupation) ?? [];
        for (let i = 0; i < count; i++) {
          const date = nextWorkday(first + random.int(0, daysInMonth(year, month) - 1));
          if (date > DATA_END) continue;
          const person =
            formerTrainees.length > 0 && random.chance(0.12)
              ? random.pick(formerTrainees)
              : people.create({
                  sex: random.chance(scheme === 'KEMNAKER-AK3U' ? 0.25 : 0.03) ? 'P' : 'L',
                  ageAt: date,
                  ages: [22, 45],
                  inScope: !random.chance(0.08),
                  education: 'experienced',
                });
          assess(person, null, scheme, date, 0.8);
        }
      }
    }
  }

  drafts.sort(
    (a, b) =>
      a.date - b.date ||
      (a.person.nik < b.person.nik ? -1 : a.person.nik > b.person.nik ? 1 : 0) ||
      (a.scheme < b.scheme ? -1 : a.scheme > b.scheme ? 1 : 0),
  );
  const sequence = new Map<string, number>();
  return drafts.map((draft) => {
    const year = dayParts(draft.date).year;
    const licence = isLicence(draft.scheme);
    const key = `${licence}-${year}`;
    const n = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, n);
    const validity = reference.schemes.get(draft.scheme)?.validityYears;
    if (validity === undefined) throw new Error(`schemes.csv has no ${draft.scheme}`);
    const written = draft.result === 'competent' && random.chance(licence ? 0.7 : 0.15);
    // A certificate printed some days after the assessment runs from the printing date.
    const validUntil = written ? addCalendarYears(draft.date, validity) + (random.chance(0.2) ? random.int(7, 21) : 0) : null;
    return {
      id: licence ? `K3-${year}-${String(n).padStart(4, '0')}` : `UJK-${year}-${String(n).padStart(5, '0')}`,
      person: draft.person,
      enrollment: draft.enrollment,
      scheme: draft.scheme,
      date: draft.date,
      result: draft.result,
      certificateNumber: draft.result === 'competent' ? `SAMPLE-${licence ? 'K3' : 'BNSP'}-${year}-${String(n).padStart(6, '0')}` : '',
      validUntil,
    };
  });
}
