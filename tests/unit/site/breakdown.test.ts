// A breakdown's table (occupations, kecamatan, sectors, the list pages) ends with its rest and total
// rows and adds up; the build refuses a figure that breaks this.
import { describe, expect, it } from 'vitest';
import { breakdownProblems } from '../../../src/site/figures/breakdown.ts';
import { buildContext } from '../../../src/site/figures/context.ts';
import { figureTable } from '../../../src/site/figures/figure.ts';
import { editionFigures } from '../../../src/site/figures/index.ts';
import { occupationFigures } from '../../../src/site/figures/occupation.ts';
import { gapFigure, mapFigure } from '../../../src/site/figures/overview.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { listTable } from '../../../src/site/lists.ts';
import { REFERENCE, fixtureSite } from './fixture.ts';

const id = t('id');
const fmt = formatter('id');

describe('breakdown tables', () => {
  it('the gap table ends with Lainnya and Jumlah, and says what the hidden cells add up to', () => {
    const f = gapFigure(buildContext(fixtureSite(), 'id'));
    const table = figureTable(f, id, fmt, 5);
    expect(table.rows.slice(-2)).toEqual([
      ['Lainnya', '50', '0', '0'],
      ['Jumlah', '400', '100', '42'],
    ]);
    expect(table.roles).toEqual(['part', 'part', 'part', 'rest', 'total']);
    expect(table.notes).toEqual([
      'Baris-baris di atas berjumlah sama dengan baris Jumlah.',
      'Lulus pelatihan: 1 angka disembunyikan (<5), bersama-sama 5.',
      'Bersertifikat menghitung orang: orang yang tercatat di dua baris (misalnya bersertifikat di dua jabatan) dihitung di keduanya, tetapi sekali di Jumlah. Karena itu baris-barisnya berjumlah 40 ditambah 1 angka yang disembunyikan, bukan 42.',
    ]);
    expect(f.notes.at(-1)).toBe(
      'Tidak digambar di grafik: Lainnya (Permintaan (posisi) 50; Lulus pelatihan 0; Bersertifikat 0). Jumlah semuanya: Permintaan (posisi) 400; Lulus pelatihan 100; Bersertifikat 42; lihat tabel.',
    );
  });

  it('the map table has the residents of no known kecamatan and the city total', () => {
    const table = figureTable(mapFigure(buildContext(fixtureSite(), 'id')), id, fmt, 5);
    expect(table.rows).toEqual([
      ['Ciwandan', '12', '0,20', '60.000'],
      ['Citangkil', '<5', 'disembunyikan', '80.000'],
      ['Tidak diketahui', '80', '–', '–'],
      ['Jumlah', '100', '0,71', '140.000'],
    ]);
  });

  it('the sector table ends with the total, every share of it', () => {
    const f = occupationFigures(buildContext(fixtureSite(), 'id'), REFERENCE.occupations[1]).find(
      (x) => x.id === 'welders-demand-by-sector',
    )!;
    expect(figureTable(f, id, fmt, 5).rows.at(-1)).toEqual(['Jumlah', '300', '100% (n = 300)']);
  });

  it('the list pages have Lainnya / Tidak diketahui, a Jumlah row and shares of all demand', () => {
    const occupations = listTable(fixtureSite(), 'id', 'occupations');
    const table = figureTable(occupations, id, fmt, 5);
    expect(table.header).toEqual(['Jabatan', 'Permintaan (posisi)', 'Bagian dari jumlah', 'Lulus pelatihan', 'Bersertifikat']);
    expect(table.rows).toEqual([
      ['Juru Masak', '10', '2,5%', '60', '30'],
      ['Pekerja Pengelasan', '300', '75%', '35', '10'],
      ['Pekerja Kelistrikan Bangunan', '40', '10%', '<5', '<5'],
      ['Lainnya', '50', '12,5%', '0', '0'],
      ['Jumlah', '400', '100%', '100', '42'],
    ]);
    expect(occupations.pages.map((p) => (p && 'slug' in p ? p.slug : undefined))).toEqual([
      'cooks',
      'welders',
      'building-electricians',
      undefined,
      undefined,
    ]);
    const kecamatan = figureTable(listTable(fixtureSite(), 'en', 'kecamatanList'), t('en'), formatter('en'), 5);
    expect(kecamatan.rows.map((r) => r[0])).toEqual(['Ciwandan', 'Citangkil', 'Unknown', 'Total']);
    expect(breakdownProblems('list', occupations)).toEqual([]);
  });

  it('names what breaks the rule: a missing rest or total row, parts that do not add up', () => {
    const f = gapFigure(buildContext(fixtureSite(), 'id'));
    const noTotal = { ...f, data: f.data.filter((d) => d.row !== 'Jumlah') };
    expect(breakdownProblems(f.id, noTotal)).toEqual(['demand-supply-gap: the "Jumlah" row is not the last row']);
    const noRest = { ...f, data: f.data.filter((d) => d.row !== 'Lainnya') };
    expect(breakdownProblems(f.id, noRest)).toEqual([
      'demand-supply-gap: no "Lainnya" row',
      'demand-supply-gap: "Permintaan (posisi)" parts add up to 350 with 0 hidden, the total is 400',
    ]);
  });

  it('a count of people may add up to more than its total (one person, two occupations), and says why', () => {
    const site = fixtureSite();
    site.index.set('certified,2025,5120,*,*', { value: 33, flag: '' });
    site.index.set('certified,2025,7411,*,*', { value: 0, flag: '' });
    const table = figureTable(gapFigure(buildContext(site, 'en')), t('en'), formatter('en'), 5);
    expect(table.sums).toEqual(['exact', 'exact', 'overlap']);
    expect(table.notes.at(-1)).toBe(
      'Certified counts people: a person in two rows (certified in two occupations, say) is counted in both but once in the Total. So its rows add up to 43, not 42.',
    );
  });

  it('every figure of an edition passes, and a build with a broken breakdown fails', () => {
    expect(() => editionFigures(fixtureSite(), 'id')).not.toThrow();
    const site = fixtureSite();
    site.index.set('demand_positions,2025,other,*,*', { value: 49, flag: '' });
    expect(() => editionFigures(site, 'id')).toThrow(/"Permintaan \(posisi\)" parts add up to 399 with 0 hidden, the total is 400/);
  });
});
