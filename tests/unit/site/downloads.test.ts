import { describe, expect, it } from 'vitest';
import { dataPackage, excelIndonesianCsv } from '../../../src/site/downloads.ts';
import { sitemapXml } from '../../../src/site/sitemap.ts';
import { absoluteUrl, chartFilePath, pagePath, withBase } from '../../../src/site/routes.ts';
import { wrap } from '../../../src/site/standalone.ts';
import { fixtureMeta, fixtureSite } from './fixture.ts';

describe('Excel (Indonesian) copy of facts.csv', () => {
  const excel = excelIndonesianCsv(
    'metric,period,occupation,kecamatan,sex,value,flag\nplaced,2025,*,*,*,1200,\nplacement_rate_180d,2025,*,*,*,0.417,\nplaced,2025,7212,*,*,,suppressed\n',
  );
  it('starts with a BOM, uses semicolons, CRLF and a decimal comma in value only', () => {
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel.slice(1).split('\r\n')).toEqual([
      'metric;period;occupation;kecamatan;sex;value;flag',
      'placed;2025;*;*;*;1200;',
      'placement_rate_180d;2025;*;*;*;0,417;',
      'placed;2025;7212;*;*;;suppressed',
      '',
    ]);
  });
});

describe('datapackage.json', () => {
  it('describes both files with their dialects and the CC BY 4.0 licence', () => {
    const p = dataPackage(fixtureMeta(), { home: 'https://x.test/data/', facts: 'facts.csv', excel: 'facts-excel-id.csv' }) as {
      licenses: { name: string }[];
      resources: { name: string; dialect: { delimiter: string }; schema: { fields: { name: string; decimalChar?: string }[] } }[];
    };
    expect(p.licenses[0].name).toBe('CC-BY-4.0');
    expect(p.resources.map((r) => [r.name, r.dialect.delimiter])).toEqual([
      ['facts', ','],
      ['facts-excel-id', ';'],
    ]);
    expect(p.resources[1].schema.fields.find((f) => f.name === 'value')!.decimalChar).toBe(',');
    expect(p.resources[0].schema.fields.map((f) => f.name)).toEqual([
      'metric',
      'period',
      'occupation',
      'kecamatan',
      'sex',
      'value',
      'flag',
    ]);
  });
});

describe('routes', () => {
  it('keep one stable path per page and language', () => {
    expect(pagePath('id', { kind: 'occupation', slug: 'welders' })).toBe('/pekerjaan/welders/');
    expect(pagePath('en', { kind: 'occupation', slug: 'welders' })).toBe('/en/occupations/welders/');
    expect(pagePath('id', { kind: 'methodology' })).toBe('/metodologi/');
    expect(pagePath('en', { kind: 'methodology' })).toBe('/en/methodology/');
    expect(pagePath('en', { kind: 'embed', chart: 'demand-supply-gap' })).toBe('/en/embed/demand-supply-gap/');
    expect(chartFilePath('id', 'welders-funnel', 'csv')).toBe('/data/grafik/welders-funnel.csv');
    expect(chartFilePath('en', 'welders-funnel', 'svg')).toBe('/en/data/charts/welders-funnel.svg');
  });
  it('honour a base path', () => {
    expect(withBase('/data/', '/repo/')).toBe('/repo/data/');
    expect(absoluteUrl('/en/', 'https://x.test/', '/repo/')).toBe('https://x.test/repo/en/');
    expect(absoluteUrl('/', 'https://x.test/', '/')).toBe('https://x.test/');
  });
});

describe('sitemap', () => {
  it('lists every page in both languages with hreflang alternates', () => {
    const xml = sitemapXml(fixtureSite(), 'https://x.test/', '/');
    // overview, occupations + 3, kecamatan + 2, methodology, data, releases, changes, updating, 3 print briefs
    expect(xml.match(/<url>/g)).toHaveLength(2 * (1 + 1 + 3 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 3));
    expect(xml).toContain('<loc>https://x.test/pekerjaan/welders/cetak/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.test/en/occupations/welders/print/"/>');
    expect(xml).toContain('<loc>https://x.test/kecamatan/ciwandan/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.test/en/kecamatan/ciwandan/"/>');
    expect(xml).not.toContain('/embed/');
  });

  it('lists each release page, dated by its own as-of date', () => {
    const xml = sitemapXml(fixtureSite(), 'https://x.test/', '/', ['2026-04-30']);
    expect(xml).toContain('<loc>https://x.test/rilis/2026-04-30/</loc>\n    <lastmod>2026-04-30</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.test/en/releases/2026-04-30/"/>');
  });
});

describe('standalone SVG text', () => {
  it('wraps words to a line length', () => {
    expect(wrap('Permintaan juru las 3 kali lipat pasokan bersertifikat, 2025', 24)).toEqual([
      'Permintaan juru las 3',
      'kali lipat pasokan',
      'bersertifikat, 2025',
    ]);
  });
});
