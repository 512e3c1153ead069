// A few hundred fictitious employers in and around Cilegon, by sector, plus the owner and contractors
// of the fictitious petrochemical project.
import { employerName, OUTSIDE_RESIDENCES } from './names.ts';
import type { Random } from './random.ts';
import { EMPLOYER_KECAMATAN_WEIGHTS, SECTORS, type SectorKey } from './world.ts';

export interface Employer {
  name: string;
  sector: SectorKey;
  /** Work location: a BPS kecamatan code in Kota Cilegon, or a city and kecamatan outside it. */
  inScope: boolean;
  city: string;
  kecamatan: string;
  /** How often it posts compared with others of its sector. */
  weight: number;
}

export interface EmployerRegistry {
  all: readonly Employer[];
  bySector: Readonly<Record<SectorKey, readonly Employer[]>>;
  /** The construction contractors of the petrochemical project (in Kec. Grogol). */
  project: readonly Employer[];
}

export function createEmployers(random: Random): EmployerRegistry {
  const names = new Set<string>();
  const codes = Object.keys(EMPLOYER_KECAMATAN_WEIGHTS);
  const weights = Object.values(EMPLOYER_KECAMATAN_WEIGHTS);
  const all: Employer[] = [];
  const bySector = {} as Record<SectorKey, Employer[]>;

  for (const sector of Object.keys(SECTORS) as SectorKey[]) {
    const info = SECTORS[sector];
    bySector[sector] = [];
    const small = sector === 'food' || sector === 'trade' || sector === 'garment';
    const outside = Math.max(1, Math.round(info.employers * 0.08));
    for (let i = 0; i < info.employers + outside; i++) {
      let name = employerName(random, info.words, small && random.chance(0.6));
      while (names.has(name)) name = employerName(random, info.words, small && random.chance(0.6));
      names.add(name);
      const inScope = i < info.employers;
      const area = random.pick(OUTSIDE_RESIDENCES);
      const employer: Employer = {
        name,
        sector,
        inScope,
        city: inScope ? '' : random.pick(area.city),
        kecamatan: inScope ? random.weighted(codes, weights) : random.pick(area.kecamatan),
        // A few large employers post often, most rarely; those outside the city seldom report here.
        weight: inScope ? 1 / Math.sqrt(1 + i) : 0.15,
      };
      all.push(employer);
      bySector[sector].push(employer);
    }
  }

  const grogol = '3672022';
  const project: Employer[] = [
    'PT Contoh Rekayasa Petro Pesisir (fiktif)',
    'PT Contoh Konstruksi Petrokimia Nusantara (fiktif)',
    'Konsorsium Contoh EPC Pesisir, KSO (fiktif)',
  ].map((name) => ({ name, sector: 'construction' as const, inScope: true, city: '', kecamatan: grogol, weight: 1 }));
  all.push(...project);
  return { all, bySector, project };
}

export function pickEmployer(random: Random, registry: EmployerRegistry, sectors: Partial<Record<SectorKey, number>>): Employer {
  const keys = Object.keys(sectors) as SectorKey[];
  const sector = random.weighted(
    keys,
    keys.map((k) => sectors[k] ?? 0),
  );
  const candidates = registry.bySector[sector];
  return random.weighted(
    candidates,
    candidates.map((e) => e.weight),
  );
}
