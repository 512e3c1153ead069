// demand.json (docs/site-data.md): the vacancies' second aggregation, beside the counts of metrics.ts,
// by sector and by whether a certificate is required, for years and quarters. Vacancies are not
// private, so nothing here is suppressed; no employer name is published.

import type { Ingested } from './ingest.ts';
import { PeriodIndex } from './cell-grid.ts';
import type { Period } from './periods.ts';
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
  const firstCodes: number[] = [];
  const groupOf = Int32Array.from(data.sectors, (s, code) => {
    if (!groupCode.has(s.key)) {
      groupCode.set(s.key, firstCodes.length);
      firstCodes.push(code);
    }
    return groupCode.get(s.key)!;
  });
  const unmappedSector = Uint8Array.from(data.sectors, (s) => (s.key === UNMAPPED_SECTOR.key ? 1 : 0));
  const unmapped = { vacancies: 0, positions: 0 };
  const unmappedTexts = new Set<number>();
  const day = v.columns.day.view();
  const positions = v.columns.positions.view();
  const occupation = v.columns.occupation.view();
  const requires = v.columns.requiresCertificate.view();
  const sector = v.columns.sector.view();
  const codes = [...data.dimensions.occupationCodes, 'other', '*'];
  const ALL = codes.length - 1;
  // Dense tables by published period (years and quarters) × occupation (and '*') × sector group.
  const published = periods.filter((p) => p.granularity !== 'month');
  const index = new PeriodIndex(published);
  const cells = published.length * codes.length;
  const groups = firstCodes.length;
  const sectorPositions = new Float64Array(cells * groups);
  const sectorVacancies = new Float64Array(cells * groups);
  const requiredPositions = new Float64Array(cells);
  const requiredVacancies = new Float64Array(cells);
  const total = { positions: new Float64Array(cells), vacancies: new Float64Array(cells) };
  const add = (cell: number, group: number, n: number, requiresCertificate: boolean) => {
    sectorPositions[cell * groups + group] += n;
    sectorVacancies[cell * groups + group]++;
    total.positions[cell] += n;
    total.vacancies[cell]++;
    if (requiresCertificate) {
      requiredPositions[cell] += n;
      requiredVacancies[cell]++;
    }
  };
  for (let i = 0; i < v.size; i++) {
    if (day[i] > asOf) continue;
    if (unmappedSector[sector[i]]) {
      unmapped.vacancies++;
      unmapped.positions += positions[i];
      unmappedTexts.add(sector[i]);
    }
    const month = index.month(day[i]);
    if (month < 0) continue;
    for (const rowOf of index.rowOfMonth) {
      const row = rowOf[month];
      if (row < 0) continue;
      add(row * codes.length + occupation[i], groupOf[sector[i]], positions[i], requires[i] !== 0);
      add(row * codes.length + ALL, groupOf[sector[i]], positions[i], requires[i] !== 0);
    }
  }
  // Only cells with a vacancy are published, in the order of their keys as text (as they always were).
  const bySector: [string, number, number][] = [];
  const required: [string, number][] = [];
  for (let cell = 0; cell < cells; cell++) {
    if (total.vacancies[cell] === 0) continue;
    const key = `${published[Math.floor(cell / codes.length)].label}\u0000${codes[cell % codes.length]}`;
    required.push([key, cell]);
    for (let g = 0; g < groups; g++) {
      if (sectorVacancies[cell * groups + g] > 0) bySector.push([`${key}\u0000${firstCodes[g]}`, cell, g]);
    }
  }
  const byKey = (a: [string, ...number[]], b: [string, ...number[]]) => compareAscii(a[0], b[0]);
  const demand: PublishedDemand = {
    by_sector: bySector.sort(byKey).map(([k, cell, g]) => {
      const [period, occ] = k.split('\u0000');
      const sector = data.sectors[firstCodes[g]];
      return {
        period,
        occupation: occ,
        sector: sector.name_id,
        sector_en: sector.name_en,
        kbli: sector.kbli,
        positions: sectorPositions[cell * groups + g],
        vacancies: sectorVacancies[cell * groups + g],
      };
    }),
    certificate_required: required.sort(byKey).map(([k, cell]) => {
      const [period, occ] = k.split('\u0000');
      return {
        period,
        occupation: occ,
        positions: total.positions[cell],
        positions_requiring_certificate: requiredPositions[cell],
        vacancies: total.vacancies[cell],
        vacancies_requiring_certificate: requiredVacancies[cell],
      };
    }),
    unmapped_sectors: { ...unmapped, texts: unmappedTexts.size },
  };
  return `${JSON.stringify(demand, null, 2)}\n`;
}
