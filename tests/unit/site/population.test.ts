// reference.json publishes `population: null` for a kecamatan the population table has no row for
// (published.ts); the pages then show no rate per 1,000 for it, and say why, instead of dividing by null.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/site/figures/context.ts';
import { figureTable } from '../../../src/site/figures/figure.ts';
import { kecamatanFigures } from '../../../src/site/figures/kecamatan.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { fixtureSite } from './fixture.ts';

function withoutPopulation() {
  const site = fixtureSite();
  site.reference = {
    ...site.reference,
    kecamatan: site.reference.kecamatan.map((k) => (k.bps === '3672010' ? { ...k, population: null } : k)),
  };
  return site;
}

describe('a kecamatan without a population', () => {
  const site = withoutPopulation();
  const ciwandan = site.reference.kecamatan.find((k) => k.bps === '3672010')!;
  const citangkil = site.reference.kecamatan.find((k) => k.bps === '3672011')!;

  it('has no rate per 1,000 on its page, and the title and subtitle say why', () => {
    const [residents] = kecamatanFigures(buildContext(site, 'id'), ciwandan);
    expect(residents.title).toBe(
      'Ciwandan: jumlah penduduk tidak tersedia, sehingga lulusan pelatihan per 1.000 penduduk 2025 tidak dapat dihitung',
    );
    expect(residents.subtitle).toBe('Per tahun, per 1.000 penduduk (jumlah penduduk tidak tersedia).');
    const table = figureTable(residents, t('id'), formatter('id'), 5);
    const completed = table.header.indexOf('Lulus pelatihan (per 1.000 penduduk)');
    expect(completed).toBeGreaterThan(0);
    expect(table.rows.map((r) => r[completed])).toEqual(table.rows.map(() => 'tidak diterbitkan'));
    expect(JSON.stringify(table)).not.toContain('NaN');
    const [en] = kecamatanFigures(buildContext(site, 'en'), ciwandan);
    expect(en.title).toBe(
      'Ciwandan: the population is not available, so training completers per 1,000 residents cannot be computed for 2025',
    );
  });

  it('is missing on the map, and the city has no population either, while the other kecamatan keep theirs', () => {
    const map = kecamatanFigures(buildContext(site, 'id'), citangkil)[2];
    const table = figureTable(map, t('id'), formatter('id'), 5);
    const population = table.header.indexOf('Penduduk');
    const per1000 = table.header.indexOf('per 1.000 penduduk');
    const row = (name: string) => table.rows.find((r) => r[0] === name)!;
    expect([row('Ciwandan')[per1000], row('Ciwandan')[population]]).toEqual(['–', '–']);
    expect(row('Citangkil')[population]).toBe('80.000');
    expect([row('Jumlah')[per1000], row('Jumlah')[population]]).toEqual(['–', '–']);
    expect(JSON.stringify(table)).not.toContain('NaN');
  });
});
