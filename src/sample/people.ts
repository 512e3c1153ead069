// Synthetic residents: NIK-like ids that cannot be real (they start with 00, a prefix no province
// has), names, sex, birth dates and where they live.
import { type Day } from './calendar.ts';
import { addCalendarYears } from '../pipeline/values/dates.ts';
import { EDUCATION_MIX, OUTSIDE_RESIDENCES, personName } from './names.ts';
import type { Random } from './random.ts';
import type { KecamatanWithPopulation } from './reference.ts';

export type Sex = 'L' | 'P';

export interface Residence {
  inScope: boolean;
  /** Out of scope only: the city as the source writes it. */
  city: string;
  /** A BPS code in Kota Cilegon, a kecamatan name elsewhere, or '' when the source left it empty. */
  kecamatan: string;
}

export interface Person {
  nik: string;
  name: string;
  sex: Sex;
  birth: Day;
  residence: Residence;
  education: string;
}

export interface PeopleFactory {
  create(options: { sex: Sex; ageAt: Day; ages: [number, number]; inScope: boolean; education: keyof typeof EDUCATION_MIX }): Person;
}

export function createPeopleFactory(random: Random, kecamatan: readonly KecamatanWithPopulation[]): PeopleFactory {
  const used = new Set<string>();
  const codes = kecamatan.map((k) => k.bps);
  const weights = kecamatan.map((k) => k.population);

  function nik(): string {
    for (;;) {
      let digits = '00';
      for (let i = 0; i < 14; i++) digits += String(random.int(0, 9));
      if (!used.has(digits)) {
        used.add(digits);
        return digits;
      }
    }
  }

  function residence(inScope: boolean): Residence {
    if (inScope) return { inScope, city: '', kecamatan: random.chance(0.05) ? '' : random.weighted(codes, weights) };
    const area = random.pick(OUTSIDE_RESIDENCES);
    return { inScope, city: random.pick(area.city), kecamatan: random.pick(area.kecamatan) };
  }

  return {
    create({ sex, ageAt, ages, inScope, education }) {
      // Younger ages are more common among trainees.
      const age = Math.min(ages[0] + Math.floor(random.next() * random.next() * (ages[1] - ages[0] + 1)), ages[1]);
      const birth = addCalendarYears(ageAt, -age) - random.int(1, 364);
      const [levels, levelWeights] = EDUCATION_MIX[education];
      return {
        nik: nik(),
        name: personName(random, sex),
        sex,
        birth,
        residence: residence(inScope),
        education: random.weighted(levels, levelWeights),
      };
    },
  };
}
