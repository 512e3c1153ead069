// Figure builders from a small published data set: what the page, the table and the CSV show.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/site/figures/context.ts';
import { figureCsv, figureTable } from '../../../src/site/figures/figure.ts';
import { occupationFigures } from '../../../src/site/figures/occupation.ts';
import { gapFigure } from '../../../src/site/figures/overview.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { fixtureSite, REFERENCE } from './fixture.ts';

const welders = REFERENCE.occupations[1];

describe('placement rate figure', () => {
  const ctx = buildContext(fixtureSite(), 'id');
  const placement = occupationFigures(ctx, welders).find((f) => f.id === 'welders-placement-rate')!;

  it('shows every rate with its denominator and 95 % bounds (5 of 12: 19,3–68,0 %), and open windows with the date they close', () => {
    const table = figureTable(placement, t('id'), formatter('id'), 5);
    expect(table.header).toEqual(['Kelompok lulusan', 'Tingkat penempatan', 'batas bawah', 'batas atas']);
    expect(table.rows).toEqual([
      ['triwulan I 2025', '41,7% (n = 12, n kecil)', '19,3%', '68%'],
      ['triwulan II 2025', 'disembunyikan demi privasi', '–', '–'],
      ['triwulan III 2025', 'disembunyikan demi privasi', '–', '–'],
      ['triwulan IV 2025', 'belum bisa dihitung sampai 29 Jun 2026', '–', '–'],
      ['triwulan I 2026', 'tidak diterbitkan', '–', '–'],
    ]);
    expect(placement.notes).toEqual([
      'n kecil: kelompok di bawah 30 lulusan; angkanya bisa berubah banyak dari tahun ke tahun, lihat rentang 95 %.',
    ]);
    expect(placement.title).toBe('41,7% lulusan pekerja pengelasan triwulan I 2025 bekerja dalam 180 hari (dari 12 lulusan)');
    expect(placement.legend.map((l) => l.swatch)).toEqual(['bar', 'line', 'hatch', 'outline']);
    expect(placement.sources).toEqual(['enrollments', 'placements']);
  });

  it('writes the same cells to its CSV, flags included', () => {
    const lines = figureCsv(placement).trim().split('\n');
    expect(lines[0]).toBe('period,series,value,flag,denominator,denominator_flag,note,lower,upper');
    expect(lines[1]).toBe('2025-Q1,Tingkat penempatan,0.417,,12,,,0.1933,0.6805');
    expect(lines[3]).toBe('2025-Q3,Tingkat penempatan,,suppressed,,suppressed,disembunyikan demi privasi,,');
    expect(lines[4]).toBe('2025-Q4,Tingkat penempatan,,window_open,11,,belum bisa dihitung sampai 29 Jun 2026,,');
  });
});

describe('placement rate of an empty cohort', () => {
  it('says "tidak ada lulusan" instead of hiding a rate nobody could have', () => {
    const site = fixtureSite();
    site.index.set('completed,2025-Q2,7212,*,*', { value: 0, flag: '' });
    const f = occupationFigures(buildContext(site, 'id'), welders).find((x) => x.id === 'welders-placement-rate')!;
    expect(figureTable(f, t('id'), formatter('id'), 5).rows[1]).toEqual(['triwulan II 2025', 'tidak ada lulusan', '–', '–']);
    expect(figureTable(f, t('id'), formatter('id'), 5).rows[2]).toEqual(['triwulan III 2025', 'disembunyikan demi privasi', '–', '–']);
    expect(f.description).toContain('tidak ada lulusan');
  });
});

describe('sector figure', () => {
  it("names sectors in the page's language where the data build knows the English name", () => {
    const sector = (lang: 'id' | 'en') =>
      occupationFigures(buildContext(fixtureSite(), lang), welders).find((f) => f.id === 'welders-demand-by-sector')!;
    expect(sector('id').title).toContain('Industri logam dasar');
    expect(sector('en').title).toContain('Manufacture of basic metals');
    expect([...new Set(sector('en').data.map((d) => d.row))]).toEqual(['Manufacture of basic metals', 'Construction', 'Total']);
  });
});

describe('gap figure', () => {
  it('finds the welder shortage and shows suppressed supply as "<5"', () => {
    const f = gapFigure(buildContext(fixtureSite(), 'en'));
    expect(f.title).toBe('Demand for welders is 30 times the certified supply, 2025');
    const table = figureTable(f, t('en'), formatter('en'), 5);
    expect(table.rows[0]).toEqual(['Welders', '300', '35', '10']);
    expect(table.rows.find((r) => r[0] === 'Building electricians')).toEqual(['Building electricians', '40', '<5', '<5']);
    expect(f.notes).toEqual([
      'Numbers at the right of each row: positions posted vs people certified. Each occupation name links to its page.',
      'Not drawn in the chart: Other (Demand (positions) 50; Completed training 0; Certified 0). All together: Demand (positions) 400; Completed training 100; Certified 42; see the table.',
    ]);
    expect(f.sources).toEqual(['enrollments', 'certifications', 'vacancies']);
  });

  it('says a missing vacancy source is missing rather than zero', () => {
    const f = gapFigure(buildContext(fixtureSite({ vacancies: false }), 'en'));
    expect(f.title).toBe('Vacancy data is missing: demand in 2025 cannot be compared with supply');
    expect(f.notes[0]).toBe('Vacancy data is not in this release: its numbers are not shown, which does not mean zero.');
    expect(f.legend.map((l) => l.label)).not.toContain('Demand (positions)');
    expect(figureTable(f, t('en'), formatter('en'), 5).rows[0][1]).toBe('source missing');
  });
});
