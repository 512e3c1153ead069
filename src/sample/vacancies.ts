// Job postings: a few hundred employers, a seasonal rhythm (turnarounds, Ramadan, year end), and the
// petrochemical project that needs welders by the hundred in 2025.
import { type Day, isWeekend, yearOf } from './calendar.ts';
import { dayNumber, daysInMonth } from '../pipeline/values/dates.ts';
import { type Employer, type EmployerRegistry, pickEmployer } from './employers.ts';
import type { Random } from './random.ts';
import {
  DATA_END,
  MONTH_FACTOR,
  postingWeight,
  projectConstructionFactor,
  projectOperationsFactor,
  turnaroundFactor,
  YEARS,
} from './seasons.ts';
import { DEMAND_GROWTH, DEMAND_PLANS, type DemandPlan } from './world.ts';

export type VacancySource = 'karirhub' | 'wajib_lapor' | 'survei';

export interface Vacancy {
  id: string;
  source: VacancySource;
  posted: Day;
  closing: Day | null;
  /** Karirhub re-exported this posting in the next year's file with a later closing date. */
  extendedClosing: Day | null;
  employer: Employer;
  /** The occupation the posting is for (a KBJI code or `other`). */
  occupation: string;
  title: string;
  positions: number;
  requiredScheme: string | null;
  education: string;
}

/** KBJI codes an employer reporting a job outside this dashboard's occupations would write. */
export const OTHER_TITLE_CODES: Readonly<Record<string, string>> = {
  'Admin Gudang': '4321',
  Driver: '8322',
  'Operator Produksi': '8189',
  Helper: '9329',
  'Helper Welder': '9329',
  'Staff Administrasi': '4110',
  'Staff Accounting': '4311',
  Sales: '5223',
  'Cleaning Service': '9112',
  'Operator Mesin Produksi': '8189',
  'Quality Control': '7543',
  'Welding Inspector': '3115',
  'Electrical Engineer': '2151',
  'Mechanical Engineer': '2144',
  'Supervisor Konstruksi': '3123',
  Kasir: '5230',
  'Staff HRD': '2423',
  Checker: '4321',
  'Crew Store': '5223',
};

function welderScheme(random: Random, title: string): string {
  if (/gtaw|tig|argon/i.test(title)) return 'BNSP-LAS-GTAW6G';
  if (/6g|pipa|pipe/i.test(title)) return 'BNSP-LAS-SMAW6G';
  if (/fcaw/i.test(title)) return 'BNSP-LAS-FCAW3G';
  if (/3g/i.test(title)) return 'BNSP-LAS-SMAW3G';
  return random.pick(['BNSP-LAS-SMAW3G', 'BNSP-LAS-SMAW4G', 'BNSP-LAS-SMAW6G']);
}

function positionsFor(random: Random, plan: DemandPlan, project: boolean): number {
  if (project) return ['7212', '7126'].includes(plan.occupation) ? random.int(10, 50) : random.int(5, 25);
  const roll = random.next();
  if (roll < 0.35 || plan.maxPositions === 1) return 1;
  if (roll < 0.8) return random.int(2, Math.min(5, plan.maxPositions));
  return random.int(Math.min(6, plan.maxPositions), plan.maxPositions);
}

/** Whether one more posting of `positions` belongs in a month whose expected total is `target`: the last
 * one is kept with the probability that keeps the expected sum right, so small occupations stay small. */
function fits(random: Random, posted: number, positions: number, target: number): boolean {
  if (posted + positions <= target) return true;
  return random.chance(Math.max(0, target - posted) / positions);
}

interface Draft extends Omit<Vacancy, 'id'> {
  order: number;
}

export function generateVacancies(random: Random, employers: EmployerRegistry): Vacancy[] {
  const drafts: Draft[] = [];
  const add = (plan: DemandPlan, day: Day, employer: Employer, source: VacancySource, positions: number) => {
    const title = random.pick(plan.titles);
    const share = Math.min(0.95, plan.schemeShare * (source === 'karirhub' ? 0.75 : 1.15));
    const requiredScheme =
      plan.schemes.length > 0 && random.chance(share)
        ? plan.occupation === '7212'
          ? welderScheme(random, title)
          : random.pick(plan.schemes)
        : null;
    const closing = random.chance(0.12) ? null : day + random.int(14, 45);
    drafts.push({
      source,
      posted: day,
      closing,
      extendedClosing: null,
      employer,
      occupation: plan.occupation,
      title,
      positions,
      requiredScheme,
      education: random.pick(plan.education),
      order: drafts.length,
    });
  };

  for (const year of YEARS) {
    for (let month = 1; month <= 12; month++) {
      const first = dayNumber(year, month, 1);
      if (first > DATA_END) break;
      const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => first + i).filter((d) => d <= DATA_END);
      const weights = days.map((d) => postingWeight(d, isWeekend(d)));
      const usual = days.map((d) => (isWeekend(d) ? 0.12 : 1)).reduce((a, b) => a + b, 0);
      const activity = weights.reduce((a, b) => a + b, 0) / usual; // Ramadan and Lebaran pull the month down
      const construction = projectConstructionFactor(year, month);

      for (const plan of DEMAND_PLANS) {
        const expected =
          (plan.base / 12) *
          DEMAND_GROWTH[year] *
          MONTH_FACTOR[month - 1] *
          activity *
          (plan.turnaround ? turnaroundFactor(month) : 1) *
          (plan.operations ? projectOperationsFactor(year, month) : 1);
        const target = expected * (0.85 + 0.3 * random.next());
        for (let posted = 0; ;) {
          const positions = positionsFor(random, plan, false);
          if (!fits(random, posted, positions, target)) break;
          add(
            plan,
            random.weighted(days, weights),
            pickEmployer(random, employers, plan.sectors),
            random.chance(0.55) ? 'karirhub' : 'wajib_lapor',
            positions,
          );
          posted += positions;
        }
        // The project's contractors post big batches of construction jobs on top.
        if (plan.construction && construction > 1) {
          const extra = expected * (construction - 1) * (0.85 + 0.3 * random.next());
          for (let posted = 0; ;) {
            const positions = positionsFor(random, plan, true);
            if (!fits(random, posted, positions, extra)) break;
            const survey = year === 2025 && month >= 4 && month <= 6 && random.chance(0.45);
            add(
              plan,
              random.weighted(days, weights),
              random.pick(employers.project),
              survey ? 'survei' : random.chance(0.7) ? 'wajib_lapor' : 'karirhub',
              positions,
            );
            posted += positions;
          }
        }
      }
    }
  }

  // The last export day always has a posting: the sample's latest event is its last day.
  if (!drafts.some((d) => d.posted === DATA_END)) {
    add(DEMAND_PLANS[0], DATA_END, pickEmployer(random, employers, { maintenance: 1 }), 'karirhub', 2);
  }

  // Karirhub postings still open at the turn of 2025/2026 were extended and exported again in 2026.
  for (const d of drafts) {
    if (
      d.source === 'karirhub' &&
      d.posted >= dayNumber(2025, 12, 1) &&
      d.posted <= dayNumber(2025, 12, 31) &&
      d.closing !== null &&
      d.closing >= dayNumber(2026, 1, 1) &&
      random.chance(0.4)
    ) {
      d.extendedClosing = d.closing + random.int(14, 30);
    }
  }

  drafts.sort((a, b) => a.posted - b.posted || a.order - b.order);
  const sequence = new Map<string, number>();
  return drafts.map(({ order: _order, ...draft }) => {
    const year = yearOf(draft.posted);
    const key = `${draft.source}-${year}`;
    const n = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, n);
    const id =
      draft.source === 'karirhub'
        ? `KH-${year}-${String(n).padStart(6, '0')}`
        : draft.source === 'wajib_lapor'
          ? `WLL/${year}/${String(n).padStart(5, '0')}`
          : `SRV25-${String(n).padStart(3, '0')}`;
    return { id, ...draft };
  });
}
