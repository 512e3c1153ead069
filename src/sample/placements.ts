// Job starts and business starts after training: weeks to months after the course, more often for
// trades industry is short of, and with a certificate.
import type { PlacementType } from '../pipeline/contract.ts';
import { type Day, nextWorkday } from './calendar.ts';
import { dayParts } from '../pipeline/values/dates.ts';
import type { Certification } from './certifications.ts';
import { type EmployerRegistry, pickEmployer } from './employers.ts';
import type { Enrollment } from './enrollments.ts';
import { FOREIGN_EMPLOYERS } from './names.ts';
import type { Person } from './people.ts';
import type { Random } from './random.ts';
import { DATA_END } from './seasons.ts';
import { SECTORS, UMK } from './world.ts';

export interface Placement {
  id: string;
  person: Person;
  enrollment: Enrollment;
  /** False when the source left enrollment_id empty (the build then matches on the person). */
  linkWritten: boolean;
  date: Day;
  type: PlacementType;
  /** Written only sometimes; otherwise the enrollment's occupation applies. */
  occupation: string | null;
  employer: string;
  sector: string;
  country: string;
  wage: number | null;
}

/** Lag from the end of training: most within two months, some up to six, a few later. */
function lag(random: Random, within180: boolean): number {
  if (!within180) return random.int(181, 420);
  const roll = random.next();
  return roll < 0.55 ? random.int(7, 60) : roll < 0.9 ? random.int(61, 150) : random.int(151, 180);
}

/** Occupations a trainee sometimes ends up in instead of the one trained for. */
const NEIGHBOUR_OCCUPATION: Readonly<Record<string, string>> = {
  '7212': '7214',
  '7214': '7212',
  '7126': '7212',
  '7411': '7412',
  '7412': '7411',
  '7119': '7215',
  '7215': '7119',
  '3257': '2263',
};

export function generatePlacements(
  random: Random,
  enrollments: readonly Enrollment[],
  certifications: readonly Certification[],
  employers: EmployerRegistry,
): Placement[] {
  const certified = new Set(certifications.filter((c) => c.result === 'competent' && c.enrollment).map((c) => c.enrollment));
  const drafts: Omit<Placement, 'id'>[] = [];

  for (const e of enrollments) {
    const plan = e.batch.plan;
    let date: Day | null = null;
    if (e.outcome === 'completed') {
      const share = Math.min(0.95, plan.placedShare * (certified.has(e) ? 1.05 : plan.scheme ? 0.8 : 1));
      if (random.chance(share)) date = e.end + lag(random, true);
      else if (random.chance(0.15)) date = e.end + lag(random, false);
    } else if (e.outcome === 'dropped' && random.chance(0.15)) {
      date = e.end + random.int(0, 20); // left the course for a job
    } else if (e.outcome === 'failed' && random.chance(0.2)) {
      date = e.end + random.int(30, 200);
    }
    if (date === null) continue;
    date = nextWorkday(date);
    if (date > DATA_END) continue;

    const year = dayParts(date).year;
    const roll = random.next();
    const type: PlacementType =
      roll < plan.migrantShare ? 'migrant' : roll < plan.migrantShare + plan.selfEmployedShare ? 'self_employed' : 'employed';
    let employer = '';
    let sector = '';
    let country = '';
    let wage: number | null = null;
    if (type === 'migrant') {
      const abroad = random.pick(FOREIGN_EMPLOYERS);
      employer = abroad.name;
      sector = abroad.sector;
      country = abroad.country;
      wage = random.chance(0.6) ? Math.round(random.int(abroad.wage[0], abroad.wage[1]) / 50_000) * 50_000 : null;
    } else if (type === 'self_employed') {
      sector = random.chance(0.5) ? 'Usaha mandiri' : '';
      wage = random.chance(0.4) ? random.int(15, 50) * 100_000 : null;
    } else {
      const found = pickEmployer(random, employers, Object.fromEntries(plan.sectors.map((s) => [s, 1])));
      employer = found.name;
      sector = random.chance(0.5) ? SECTORS[found.sector].kbli : SECTORS[found.sector].name;
      const skilled =
        e.batch.occupation === '7212' && plan.code.includes('6G')
          ? [1.3, 2]
          : ['5120', '7533', '5414'].includes(e.batch.occupation)
            ? [0.9, 1.08]
            : [1, 1.45];
      wage = random.chance(0.7) ? Math.round((UMK[year] * (skilled[0] + random.next() * (skilled[1] - skilled[0]))) / 1000) * 1000 : null;
    }
    const occupation = random.chance(0.2) ? (random.chance(0.15) && NEIGHBOUR_OCCUPATION[e.batch.occupation]) || e.batch.occupation : null;
    drafts.push({
      person: e.person,
      enrollment: e,
      linkWritten: !random.chance(0.15),
      date,
      type,
      occupation,
      employer,
      sector,
      country,
      wage,
    });
  }

  drafts.sort((a, b) => a.date - b.date || (a.enrollment.id < b.enrollment.id ? -1 : 1));
  const sequence = new Map<number, number>();
  return drafts.map((draft) => {
    const year = dayParts(draft.date).year;
    const n = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, n);
    return { id: `PNP-${year}-${String(n).padStart(5, '0')}`, ...draft };
  });
}
