// demand.json (docs/site-data.md): the vacancies' second aggregation, beside the counts of metrics.ts,
// by sector and by whether a certificate is required, for years and quarters. Vacancies are not
// private, so nothing here is suppressed; no employer name is published.

import type { Ingested } from './ingest.ts';
import { monthIndexOfDay, periodIndex, periodLabel, type Period } from './periods.ts';
import { compareAscii, type PublishedDemand } from './published.ts';
import { UNMAPPED_SECTOR } from './sectors.ts';

/**
 * Vacancy details for the pages (vacancies are not private; no employer names): by sector, and how
 * many require a certificate. A sector is a KBLI division, "unknown" or the one unmapped group, never a
 * text as exported (sectors.ts); `unmapped_sectors` counts the vacancies in that group and their
 * distinct texts for the data-quality panel.
 */
export function demandJson(data: Ingested, periods: Period[], asOf: number): string {
  const v = data.stores.vacancies;
  // Sector codes of one published group share its first code, which keeps the groups' order.
  const groupCode = new Map<string, number>();
  const groupOf = data.sectors.map((s, code) => {
    if (!groupCode.has(s.key)) groupCode.set(s.key, code);
    return groupCode.get(s.key)!;
  });
  const unmapped = { vacancies: 0, positions: 0 };
  const unmappedTexts = new Set<number>();
  const day = v.columns.day.view();
  const positions = v.columns.positions.view();
  const occupation = v.columns.occupation.view();
  const requires = v.columns.requiresCertificate.view();
  const sector = v.columns.sector.view();
  const codes = [...data.dimensions.occupationCodes, 'other'];
  const published = new Set(periods.filter((p) => p.granularity !== 'month').map((p) => p.label));
  const bySector = new Map<string, { positions: number; vacancies: number }>();
  const required = new Map<
    string,
    { positions: number; positions_requiring_certificate: number; vacancies: number; vacancies_requiring_certificate: number }
  >();
  for (let i = 0; i < v.size; i++) {
    if (day[i] > asOf) continue;
    if (data.sectors[sector[i]].key === UNMAPPED_SECTOR.key) {
      unmapped.vacancies++;
      unmapped.positions += positions[i];
      unmappedTexts.add(sector[i]);
    }
    const month = monthIndexOfDay(day[i]);
    for (const g of ['year', 'quarter'] as const) {
      const period = periodLabel(g, periodIndex(g, month));
      if (!published.has(period)) continue;
      for (const occ of [codes[occupation[i]], '*']) {
        const sk = `${period}\u0000${occ}\u0000${groupOf[sector[i]]}`;
        const s = bySector.get(sk) ?? { positions: 0, vacancies: 0 };
        s.positions += positions[i];
        s.vacancies++;
        bySector.set(sk, s);
        const rk = `${period}\u0000${occ}`;
        const r = required.get(rk) ?? {
          positions: 0,
          positions_requiring_certificate: 0,
          vacancies: 0,
          vacancies_requiring_certificate: 0,
        };
        r.positions += positions[i];
        r.vacancies++;
        if (requires[i]) {
          r.positions_requiring_certificate += positions[i];
          r.vacancies_requiring_certificate++;
        }
        required.set(rk, r);
      }
    }
  }
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => compareAscii(a[0], b[0]));
  const demand: PublishedDemand = {
    by_sector: sorted(bySector).map(([k, s]) => {
      const [period, occ, code] = k.split('\u0000');
      const sector = data.sectors[Number(code)];
      return { period, occupation: occ, sector: sector.name_id, sector_en: sector.name_en, kbli: sector.kbli, ...s };
    }),
    certificate_required: sorted(required).map(([k, r]) => {
      const [period, occ] = k.split('\u0000');
      return { period, occupation: occ, ...r };
    }),
    unmapped_sectors: { ...unmapped, texts: unmappedTexts.size },
  };
  return `${JSON.stringify(demand, null, 2)}\n`;
}
