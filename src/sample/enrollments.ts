// Training batches and the people in them: who enrolled when, and how it ended.
import { type Day, weekday } from './calendar.ts';
import { dayNumber, dayParts } from '../pipeline/values/dates.ts';
import type { PeopleFactory, Person, Sex } from './people.ts';
import type { Random } from './random.ts';
import type { SampleReference } from './reference.ts';
import { DATA_END, isLebaranWeek, YEARS } from './seasons.ts';
import { BBPVP_OUTSIDE_SHARE, BBPVP_SEATS, BLK_SEATS, PROGRAM_PLANS, type ProgramPlan } from './world.ts';
import type { EnrollmentStatus } from '../pipeline/datasets/enrollments.ts';

export type EnrollmentOutcome = Exclude<EnrollmentStatus, 'ongoing'>;

export interface Batch {
  plan: ProgramPlan;
  occupation: string;
  start: Day;
  plannedEnd: Day;
  trainingType: string;
}

export interface Enrollment {
  id: string;
  person: Person;
  batch: Batch;
  /** How it ends (or will end, for batches still running at the end of the data). */
  outcome: EnrollmentOutcome;
  /** The planned end, or the day a dropout left. */
  end: Day;
}

/** The status an export taken on `day` shows. */
export function statusOn(enrollment: Enrollment, day: Day): EnrollmentStatus {
  if (enrollment.outcome === 'dropped') return enrollment.end <= day ? 'dropped' : 'ongoing';
  return enrollment.batch.plannedEnd <= day ? enrollment.outcome : 'ongoing';
}

/** Training days of 8 lesson hours, Monday to Friday, from a Monday start. */
function plannedEnd(start: Day, hours: number): Day {
  const trainingDays = Math.ceil(hours / 8);
  return start + Math.floor((trainingDays - 1) / 5) * 7 + ((trainingDays - 1) % 5);
}

function nextMonday(day: Day): Day {
  let d = day;
  while (weekday(d) !== 1) d++;
  return d;
}

/** Start days spread over the provider's training season; never in the week of Lebaran. */
function batchStarts(random: Random, plan: ProgramPlan, year: number, count: number): Day[] {
  const first = plan.provider === 'BLK' ? 2 : 1;
  const last = year === 2026 ? 9 : 11;
  const months = last - first + 1;
  const starts: Day[] = [];
  for (let k = 0; k < count; k++) {
    const month = first + Math.min(months - 1, Math.floor(((k + random.next()) * months) / count));
    let start = nextMonday(dayNumber(year, month, random.int(3, 20)));
    while (isLebaranWeek(start)) start = nextMonday(start + 1);
    if (start <= DATA_END) starts.push(start);
  }
  return starts;
}

interface Seat {
  batch: Batch;
  person: Person;
  outcome: EnrollmentOutcome;
  end: Day;
  order: number;
}

export function generateEnrollments(random: Random, reference: SampleReference, people: PeopleFactory): Enrollment[] {
  const seats: Seat[] = [];
  // People who came back for a second course, by sex.
  const returning: Record<Sex, { person: Person; free: Day }[]> = { L: [], P: [] };

  for (const plan of PROGRAM_PLANS) {
    const program = reference.programs.get(plan.code);
    if (!program) throw new Error(`programs.csv has no ${plan.code}`);
    YEARS.forEach((year, yearIndex) => {
      for (const start of batchStarts(random, plan, year, plan.batches[yearIndex])) {
        const batch: Batch = {
          plan,
          occupation: program.occupation,
          start,
          plannedEnd: plannedEnd(start, program.hours),
          trainingType:
            plan.provider === 'BLK'
              ? random.chance(0.85)
                ? 'Institusional'
                : 'Mobile Training Unit'
              : random.chance(0.7)
                ? 'Institusional'
                : 'Boarding',
        };
        const size = plan.provider === 'BLK' ? BLK_SEATS : random.int(BBPVP_SEATS[0], BBPVP_SEATS[1]);
        const failShare = plan.code.includes('6G') ? 0.11 : 0.07;
        for (let s = 0; s < size; s++) {
          const sex: Sex = random.chance(plan.femaleShare) ? 'P' : 'L';
          const inScope = plan.provider === 'BLK' || !random.chance(BBPVP_OUTSIDE_SHARE);
          const pool = returning[sex];
          const back = inScope && random.chance(0.06) ? pool.findIndex((r) => r.free < start - 14) : -1;
          const person =
            back >= 0
              ? pool.splice(back, 1)[0].person
              : people.create({ sex, ageAt: start, ages: [18, 35], inScope, education: plan.educationMix });
          const roll = random.next();
          const outcome: EnrollmentOutcome = roll < 0.1 ? 'dropped' : roll < 0.1 + failShare ? 'failed' : 'completed';
          const length = batch.plannedEnd - start;
          const end = outcome === 'dropped' ? start + random.int(3, Math.max(4, Math.floor(0.7 * length))) : batch.plannedEnd;
          seats.push({ batch, person, outcome, end, order: seats.length });
          if (inScope) pool.push({ person, free: batch.plannedEnd });
        }
      }
    });
  }

  // Registration numbers run per provider and year in order of start.
  seats.sort(
    (a, b) =>
      a.batch.start - b.batch.start ||
      (a.batch.plan.code < b.batch.plan.code ? -1 : a.batch.plan.code > b.batch.plan.code ? 1 : 0) ||
      a.order - b.order,
  );
  const sequence = new Map<string, number>();
  return seats.map((seat) => {
    const year = dayParts(seat.batch.start).year;
    const key = `${seat.batch.plan.provider}-${year}`;
    const n = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, n);
    const id =
      seat.batch.plan.provider === 'BLK'
        ? `BLKC-${String(year).slice(2)}-${String(n).padStart(4, '0')}`
        : `BBPVP-${year}-${String(n).padStart(5, '0')}`;
    return { id, person: seat.person, batch: seat.batch, outcome: seat.outcome, end: seat.end };
  });
}
