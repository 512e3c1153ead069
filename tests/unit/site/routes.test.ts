// The release URLs people bookmark and embed: stable, in both languages.
import { describe, expect, it } from 'vitest';
import { chartFilePath, pagePath, releaseFilePath } from '../../../src/site/routes.ts';

describe('release URLs', () => {
  it('name the releases, one release, what changed and how to update the data in each language', () => {
    const pages = [{ kind: 'releases' }, { kind: 'release', release: '2026-08-31' }, { kind: 'changes' }, { kind: 'updating' }] as const;
    expect(pages.map((p) => pagePath('id', p))).toEqual(['/rilis/', '/rilis/2026-08-31/', '/perubahan/', '/memperbarui-data/']);
    expect(pages.map((p) => pagePath('en', p))).toEqual(['/en/releases/', '/en/releases/2026-08-31/', '/en/changes/', '/en/updating-the-data/']);
  });

  it('pin an embed and a chart\'s files to a release, beside the live ones', () => {
    expect(pagePath('id', { kind: 'embed', chart: 'demand-supply-gap' })).toBe('/embed/demand-supply-gap/');
    expect(pagePath('id', { kind: 'embed', chart: 'demand-supply-gap', release: '2026-08-31' })).toBe('/embed/rilis/2026-08-31/demand-supply-gap/');
    expect(pagePath('en', { kind: 'embed', chart: 'demand-supply-gap', release: '2026-08-31' })).toBe('/en/embed/releases/2026-08-31/demand-supply-gap/');
    expect(chartFilePath('id', 'kecamatan-map', 'csv', '2026-08-31')).toBe('/data/grafik/rilis/2026-08-31/kecamatan-map.csv');
    expect(chartFilePath('en', 'kecamatan-map', 'svg', '2026-08-31')).toBe('/en/data/charts/releases/2026-08-31/kecamatan-map.svg');
    expect(releaseFilePath('2026-08-31', 'facts.csv')).toBe('/data/rilis/2026-08-31/facts.csv');
  });
});

describe('print brief URLs', () => {
  it('sit under the occupation page in each language', () => {
    expect(pagePath('id', { kind: 'occupationPrint', slug: 'welders' })).toBe('/pekerjaan/welders/cetak/');
    expect(pagePath('en', { kind: 'occupationPrint', slug: 'welders' })).toBe('/en/occupations/welders/print/');
  });
});
