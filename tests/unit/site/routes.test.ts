// The release URLs people bookmark and embed: stable, in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/site/i18n/lang.ts';
import type { Catalog, PageKind } from '../../../src/site/routes.ts';
import { restParam } from '../../../src/site/route-paths.ts';
import { INDEXED_KINDS, ROUTES, chartFilePath, pagePath, pagesOf, releaseFilePath } from '../../../src/site/routes.ts';

describe('release URLs', () => {
  it('name the releases, one release, what changed and how to update the data in each language', () => {
    const pages = [{ kind: 'releases' }, { kind: 'release', release: '2026-08-31' }, { kind: 'changes' }, { kind: 'updating' }] as const;
    expect(pages.map((p) => pagePath('id', p))).toEqual(['/rilis/', '/rilis/2026-08-31/', '/perubahan/', '/memperbarui-data/']);
    expect(pages.map((p) => pagePath('en', p))).toEqual([
      '/en/releases/',
      '/en/releases/2026-08-31/',
      '/en/changes/',
      '/en/updating-the-data/',
    ]);
  });

  it("pin an embed and a chart's files to a release, beside the live ones", () => {
    expect(pagePath('id', { kind: 'embed', chart: 'demand-supply-gap' })).toBe('/embed/demand-supply-gap/');
    expect(pagePath('id', { kind: 'embed', chart: 'demand-supply-gap', release: '2026-08-31' })).toBe(
      '/embed/rilis/2026-08-31/demand-supply-gap/',
    );
    expect(pagePath('en', { kind: 'embed', chart: 'demand-supply-gap', release: '2026-08-31' })).toBe(
      '/en/embed/releases/2026-08-31/demand-supply-gap/',
    );
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

describe('the route table', () => {
  const catalog: Catalog = {
    occupations: ['welders', 'cooks'],
    kecamatan: ['ciwandan'],
    releases: ['2026-08-31'],
    charts: (_lang, release) => (release ? ['demand-supply-gap'] : ['demand-supply-gap', 'kecamatan-map']),
  };
  const kinds = Object.keys(ROUTES) as PageKind[];

  it('gives every page of every kind its own URL in each language', () => {
    for (const lang of LANGS) {
      const paths = pagesOf(kinds, catalog, lang).map((p) => pagePath(lang, p));
      expect(paths).toHaveLength(17);
      expect(new Set(paths).size).toBe(paths.length);
    }
    expect(pagesOf(['embed'], catalog, 'en').map((p) => pagePath('en', p))).toEqual([
      '/en/embed/demand-supply-gap/',
      '/en/embed/kecamatan-map/',
      '/en/embed/releases/2026-08-31/demand-supply-gap/',
    ]);
  });

  it("lists the sitemap's kinds in its own order, without the embeds", () => {
    expect(INDEXED_KINDS).toEqual([
      'overview',
      'occupations',
      'occupation',
      'kecamatanList',
      'kecamatan',
      'methodology',
      'data',
      'releases',
      'release',
      'changes',
      'updating',
      'occupationPrint',
    ]);
  });

  it('has every kind rendered by exactly one catch-all route under src/pages/', () => {
    const pages = path.resolve(import.meta.dirname, '../../../src/pages');
    const rendered = readdirSync(pages)
      .filter((f) => /^\[\.\.\.\w+\]\.astro$/.test(f))
      .flatMap((f) => {
        const call = /pageRoutes\('(\w+)', \[([^\]]*)\]\)/.exec(readFileSync(path.join(pages, f), 'utf8'));
        expect(call?.[1], f).toBe(f.slice(4, -7));
        return [...(call?.[2] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
      });
    expect(rendered.toSorted()).toEqual(kinds.toSorted());
  });
});

describe('restParam', () => {
  it("turns a link's path into the catch-all route's rest parameter, the home page into none", () => {
    expect(restParam(pagePath('id', { kind: 'overview' }))).toBeUndefined();
    expect(restParam(pagePath('en', { kind: 'overview' }))).toBe('en');
    expect(restParam(pagePath('en', { kind: 'occupationPrint', slug: 'welders' }))).toBe('en/occupations/welders/print');
    expect(restParam(chartFilePath('id', 'kecamatan-map', 'csv', '2026-08-31'))).toBe('data/grafik/rilis/2026-08-31/kecamatan-map.csv');
  });
});
