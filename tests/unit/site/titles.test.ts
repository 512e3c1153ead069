// Generated titles state the finding, and stay honest: no ratio from a suppressed cell, a missing
// source is named, an open 180-day window is never read as a low rate.
import { describe, expect, it } from 'vitest';
import type { GapRow } from '../../../src/site/charts/gap.ts';
import {
  certificateTitle,
  demandSupplyTitle,
  funnelTitle,
  gapTitle,
  inSentence,
  mapTitle,
  placementTitle,
  ratioText,
  residentsTitle,
  sectorTitle,
} from '../../../src/site/charts/titles.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';

const id = { s: t('id'), fmt: formatter('id'), minCell: 5 };
const en = { s: t('en'), fmt: formatter('en'), minCell: 5 };
const ok = (value: number) => ({ value, flag: '' as const });
const hidden = { value: null, flag: 'suppressed' as const };
const open = { value: null, flag: 'window_open' as const };
const base = { who: 'juru las', period: '2025', supplyKind: 'certified' as const, missing: null };

describe('demand against supply', () => {
  it('states the ratio in words', () => {
    expect(demandSupplyTitle(id, { ...base, demand: ok(300), supply: ok(100) })).toBe(
      'Permintaan juru las 3 kali lipat pasokan bersertifikat, 2025',
    );
    expect(demandSupplyTitle(en, { ...base, who: 'welders', demand: ok(274), supply: ok(100) })).toBe(
      'Demand for welders is 2.7 times the certified supply, 2025',
    );
  });
  it('names a surplus, and a balance', () => {
    expect(demandSupplyTitle(id, { ...base, who: 'juru masak', demand: ok(10), supply: ok(30) })).toBe(
      'Pasokan bersertifikat juru masak 3 kali lipat permintaan, 2025',
    );
    expect(demandSupplyTitle(en, { ...base, who: '', demand: ok(100), supply: ok(90), supplyKind: 'completed' })).toBe(
      'Demand and training completers are in balance, 2025: 100 positions, 90 people',
    );
  });
  it('never computes a ratio from a suppressed supply', () => {
    expect(demandSupplyTitle(id, { ...base, demand: ok(300), supply: hidden })).toBe(
      '300 posisi juru las dibutuhkan pada 2025; jumlah pasokan bersertifikat di bawah 5, disembunyikan demi privasi',
    );
    expect(demandSupplyTitle(en, { ...base, who: 'welders', demand: ok(300), supply: hidden })).toBe(
      '300 positions for welders posted in 2025; the certified supply is below 5, suppressed for privacy',
    );
  });
  it('says when there is no supply, or no demand', () => {
    expect(demandSupplyTitle(id, { ...base, demand: ok(1200), supply: ok(0) })).toBe(
      '1.200 posisi juru las dibutuhkan pada 2025, tanpa pasokan bersertifikat',
    );
    expect(demandSupplyTitle(en, { ...base, who: 'cooks', demand: ok(0), supply: ok(12) })).toBe(
      'No vacancies for cooks in 2025; supply: 12 people (certified supply)',
    );
    expect(demandSupplyTitle(en, { ...base, who: 'cooks', demand: ok(0), supply: ok(0) })).toBe(
      'No demand and no supply for cooks in 2025',
    );
  });
  it('names a missing source instead of comparing zeros', () => {
    expect(demandSupplyTitle(id, { ...base, demand: ok(0), supply: ok(5), missing: 'vacancies' })).toBe(
      'Data lowongan tidak tersedia: permintaan 2025 tidak bisa dibandingkan dengan pasokan',
    );
    expect(demandSupplyTitle(en, { ...base, demand: ok(40), supply: ok(0), missing: 'certifications' })).toBe(
      'Competency certification data is missing: supply in 2025 cannot be compared with demand',
    );
  });
  it('rounds ratios to what a headline needs', () => {
    expect(ratioText(formatter('id'), 14.6)).toBe('15');
    expect(ratioText(formatter('id'), 2.74)).toBe('2,7');
  });
});

describe('gap title', () => {
  const rows: GapRow[] = [
    { code: '5120', label: 'Juru Masak', demand: ok(10), completed: ok(60), certified: ok(30) },
    { code: '7212', label: 'Pekerja Pengelasan', demand: ok(300), completed: ok(35), certified: ok(10) },
  ];
  it('takes the occupation with the largest shortage', () => {
    expect(gapTitle(id, rows, '2025', null)).toBe('Permintaan pekerja pengelasan 30 kali lipat pasokan bersertifikat, 2025');
  });
  it('says so when no occupation is short', () => {
    expect(gapTitle(en, [rows[0]], '2025', null)).toBe('No occupation has more demand than certified supply, 2025');
  });
});

describe('other titles', () => {
  it('lower-cases capitalised words of a name but keeps acronyms', () => {
    expect(inSentence('Pekerja Kerangka Bangunan YTDL')).toBe('pekerja kerangka bangunan YTDL');
    expect(inSentence('Operator Crane/Hoist')).toBe('operator crane/hoist');
    expect(inSentence('Occupational safety and health officers (K3)')).toBe('occupational safety and health officers (K3)');
  });

  it('writes the funnel with "<5" for a suppressed stage', () => {
    expect(funnelTitle(id, 'juru las', '2025', { enrolled: ok(50), completed: ok(35), certified: hidden, placed: ok(12) }, [])).toBe(
      '2025, juru las: 50 mulai pelatihan, 35 lulus, <5 bersertifikat, 12 ditempatkan',
    );
    expect(funnelTitle(en, '', '2025', { enrolled: ok(0), completed: ok(0), certified: ok(0), placed: ok(0) }, ['enrollments'])).toBe(
      'Training enrolment data is not in this release',
    );
  });

  it('reports the latest placement rate that is published, skipping open windows and suppressed cohorts', () => {
    const cohorts = [
      { period: '2025-Q1', rate: ok(0.417), completed: ok(12) },
      { period: '2025-Q2', rate: hidden, completed: ok(8) },
      { period: '2025-Q4', rate: open, completed: ok(11) },
    ];
    expect(placementTitle(id, 'juru las', cohorts)).toBe('41,7% lulusan juru las triwulan I 2025 bekerja dalam 180 hari (dari 12 lulusan)');
    expect(placementTitle(en, 'welders', cohorts.slice(1))).toBe('The 180-day placement rate for welders cannot be shown yet');
  });

  it("gives the top sector's share and the certificate share with its denominator", () => {
    const sectors = [
      { sector: 'Konstruksi', positions: 120 },
      { sector: 'Industri logam dasar', positions: 180 },
    ];
    expect(sectorTitle(id, 'juru las', '2025', sectors, false)).toBe('Industri logam dasar membuka 60% lowongan juru las, 2025');
    expect(certificateTitle(en, 'welders', '2025', { positions: 300, positions_requiring_certificate: 240 }, false)).toBe(
      '80% of positions for welders require a certificate, 2025 (240 of 300)',
    );
    expect(sectorTitle(en, 'welders', '2025', [], true)).toBe('Vacancy data is not in this release');
  });

  it('keeps a suppressed kecamatan count hidden instead of a rate of zero', () => {
    expect(residentsTitle(id, 'Citangkil', '2025', hidden, 80000, false)).toBe(
      'Citangkil: lulusan pelatihan 2025 di bawah 5 orang, disembunyikan demi privasi',
    );
    expect(residentsTitle(en, 'Ciwandan', '2025', ok(12), 60000, false)).toBe(
      'Ciwandan: 0.2 training completers per 1,000 residents, 2025',
    );
  });

  it('names the kecamatan with the highest rate on the map', () => {
    expect(
      mapTitle(
        en,
        '2025',
        [
          { bps: '1', name: 'Ciwandan', value: 0.2, state: 'shown', text: '0.2' },
          { bps: '2', name: 'Citangkil', value: null, state: 'suppressed', text: '<5' },
        ],
        false,
      ),
    ).toBe('Training completers per 1,000 residents are highest in Ciwandan (0.2), 2025');
  });
});
