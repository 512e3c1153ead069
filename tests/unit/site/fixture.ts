// A tiny published data set for the site's unit tests: welders with a big shortage, cooks with a
// surplus, a suppressed cell, breakdowns that add up to their totals (with `other` and `unknown`), window-open rates, and a switch to drop the vacancy source.
import type { Meta, Reference, SiteData } from '../../../src/site/facts.ts';
import { parseFacts } from '../../../src/pipeline/published.ts';
import { indexFacts } from '../../../src/site/facts.ts';

export const FACTS_CSV = `metric,period,occupation,kecamatan,sex,value,flag
certified,2025,*,*,*,42,
certified,2025,5120,*,*,30,
certified,2025,7212,*,*,10,
certified,2025,7411,*,*,,suppressed
certified,2025,other,*,*,0,
certified_pool,2025,7212,*,*,25,
completed,2025,*,*,*,100,
completed,2025,*,3672010,*,12,
completed,2025,*,3672011,*,,suppressed
completed,2025,*,unknown,*,80,
completed,2025,5120,*,*,60,
completed,2025,7212,*,*,35,
completed,2025,7411,*,*,,suppressed
completed,2025,other,*,*,0,
completed,2025-Q1,7212,*,*,12,
completed,2025-Q2,7212,*,*,8,
completed,2025-Q3,7212,*,*,,suppressed
completed,2025-Q4,7212,*,*,11,
demand_positions,2025,*,*,*,400,
demand_positions,2025,5120,*,*,10,
demand_positions,2025,7212,*,*,300,
demand_positions,2025,7411,*,*,40,
demand_positions,2025,other,*,*,50,
enrolled,2025,*,*,*,150,
placed,2025,*,*,*,50,
placement_rate_180d,2025-Q1,7212,*,*,0.417,
placement_rate_180d,2025-Q2,7212,*,*,,suppressed
placement_rate_180d,2025-Q3,7212,*,*,,suppressed
placement_rate_180d,2025-Q4,7212,*,*,,window_open
`;

export function fixtureMeta(present: Partial<Record<'enrollments' | 'certifications' | 'placements' | 'vacancies', boolean>> = {}): Meta {
  const dataset = (name: 'enrollments' | 'certifications' | 'placements' | 'vacancies') => ({
    present: present[name] ?? true,
    rows_read: 10,
    accepted: 8,
    rejected: 1,
    duplicate: 1,
    superseded: 0,
    out_of_scope: 0,
    warnings: 0,
    files: [],
  });
  return {
    contract_version: 1,
    as_of: '2026-05-31',
    min_cell: 5,
    sample: true,
    periods: {
      first: '2025-01-02',
      years: ['2025', '2026'],
      quarters: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'],
      months: [],
    },
    latest_complete: { year: '2025', quarter: '2026-Q1', month: '2026-05' },
    ignored_files: [],
    reference: { occupations: 'bundled', programs: 'bundled', schemes: 'bundled', job_titles: 'bundled' },
    datasets: {
      enrollments: dataset('enrollments'),
      certifications: dataset('certifications'),
      placements: dataset('placements'),
      vacancies: dataset('vacancies'),
    },
  };
}

export const REFERENCE: Reference = {
  occupations: [
    { code: '5120', slug: 'cooks', name_id: 'Juru Masak', name_en: 'Cooks' },
    { code: '7212', slug: 'welders', name_id: 'Pekerja Pengelasan', name_en: 'Welders' },
    { code: '7411', slug: 'building-electricians', name_id: 'Pekerja Kelistrikan Bangunan', name_en: 'Building electricians' },
  ],
  kecamatan: [
    { bps: '3672010', kemendagri: '36.72.04', name: 'Ciwandan', slug: 'ciwandan', population: 60000 },
    { bps: '3672011', kemendagri: '36.72.08', name: 'Citangkil', slug: 'citangkil', population: 80000 },
  ],
  schemes: [
    { code: 'BNSP-LAS-SMAW3G', name_id: 'Welder SMAW 3G (Pelat)', name_en: 'Welder SMAW 3G (plate)', occupation_code: '7212' },
    { code: 'BNSP-JURU-MASAK', name_id: 'Juru Masak (Cook)', name_en: 'Cook', occupation_code: '5120' },
    { code: 'BNSP-LAS-FCAW3G', name_id: 'Welder FCAW 3G (Pelat)', name_en: 'Welder FCAW 3G (plate)', occupation_code: '7212' },
  ],
  population_source: { id: 'Dukcapil 2025', en: 'Dukcapil 2025' },
};

export function fixtureSite(present: Parameters<typeof fixtureMeta>[0] = {}): SiteData {
  const facts = parseFacts(FACTS_CSV);
  return {
    facts,
    factsCsv: FACTS_CSV,
    index: indexFacts(facts),
    meta: fixtureMeta(present),
    reference: REFERENCE,
    demand: {
      by_sector: [
        {
          period: '2025',
          occupation: '7212',
          sector: 'Industri logam dasar',
          sector_en: 'Manufacture of basic metals',
          kbli: '24',
          positions: 180,
          vacancies: 20,
        },
        { period: '2025', occupation: '7212', sector: 'Konstruksi', sector_en: 'Construction', kbli: '41', positions: 120, vacancies: 15 },
      ],
      certificate_required: [
        {
          period: '2025',
          occupation: '7212',
          positions: 300,
          positions_requiring_certificate: 240,
          vacancies: 35,
          vacancies_requiring_certificate: 30,
        },
      ],
    },
    geo: { type: 'FeatureCollection', features: [] },
  };
}
