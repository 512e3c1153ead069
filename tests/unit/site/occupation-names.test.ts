// Occupation names (issue 8 item 14): the everyday term leads (page title, charts, lists), the KBJI
// title and code stay under it; YTDL is spelled out; the bundled table names all 20 occupations so.
import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '../../../src/pipeline/reference.ts';
import { buildContext } from '../../../src/site/figures/context.ts';
import { figureTable } from '../../../src/site/figures/figure.ts';
import { gapFigure } from '../../../src/site/figures/overview.ts';
import { figureSvg } from '../../../src/site/figures/index.ts';
import { linkedSvg, tableLinks } from '../../../src/site/figures/present.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { everydayName, kbjiLine } from '../../../src/site/occupation-names.ts';
import { fixtureSite } from './fixture.ts';

function namedSite() {
  const site = fixtureSite();
  site.reference = {
    ...site.reference,
    occupations: site.reference.occupations.map((o) => (o.code === '7212' ? { ...o, short_id: 'Juru las', short_en: 'Welder' } : o)),
  };
  return site;
}

describe('occupation names', () => {
  it('the bundled occupations.csv gives all 20 occupations an everyday name in both languages', async () => {
    const tables = await loadReferenceTables({});
    if (!tables.ok) throw new Error('reference tables do not load');
    const { occupations } = tables.tables;
    expect(occupations).toHaveLength(20);
    expect(occupations.filter((o) => !o.short_id || !o.short_en).map((o) => o.code)).toEqual([]);
    const byCode = new Map(occupations.map((o) => [o.code, o]));
    expect(byCode.get('7212')).toMatchObject({ short_id: 'Juru las', name_id: 'Pekerja Pengelasan' });
    expect(byCode.get('2263')).toMatchObject({ short_id: 'Ahli K3', name_id: 'Ahli Kesehatan dan Keselamatan Lingkungan Kerja' });
    expect(byCode.get('3257')?.short_id).toBe('Petugas K3');
    expect(byCode.get('7119')?.short_id).toBe('Tukang perancah');
    expect(byCode.get('8342')?.short_id).toBe('Operator ekskavator');
    expect(byCode.get('8343')?.short_id).toBe('Operator crane');
    expect(byCode.get('7215')?.short_id).toBe('Rigger');
  });

  it('leads with the everyday name and falls back to the KBJI title', () => {
    const [, welders, electricians] = namedSite().reference.occupations;
    expect(everydayName(welders, 'id')).toBe('Juru las');
    expect(everydayName(welders, 'en')).toBe('Welder');
    expect(everydayName(electricians, 'id')).toBe('Pekerja Kelistrikan Bangunan');
  });

  it('keeps the KBJI code and title on the line under the name, and spells out YTDL', () => {
    const welders = {
      code: '7212',
      slug: 'welders',
      name_id: 'Pekerja Pengelasan',
      name_en: 'Welders and flamecutters',
      short_id: 'Juru las',
    };
    expect(kbjiLine(welders, 'id')).toEqual({ parts: [{ text: 'KBJI 7212 · ' }, { text: 'Pekerja Pengelasan' }], explained: null });
    expect(kbjiLine(welders, 'en').parts).toEqual([{ text: 'KBJI 7212 · ' }, { text: 'Pekerja Pengelasan (Welders and flamecutters)' }]);
    const scaffolders = { code: '7119', slug: 'scaffolders', name_id: 'Pekerja Kerangka Bangunan YTDL', name_en: 'Scaffolders' };
    expect(kbjiLine(scaffolders, 'id')).toEqual({
      parts: [
        { text: 'KBJI 7119 · ' },
        { text: 'Pekerja Kerangka Bangunan ' },
        { abbr: 'YTDL', expansion: 'yang tidak diklasifikasikan di tempat lain' },
      ],
      explained: 'YTDL: yang tidak diklasifikasikan di tempat lain.',
    });
  });

  it('the gap chart and its table use the everyday name and link each occupation to its page', () => {
    const f = gapFigure(buildContext(namedSite(), 'id'));
    const table = figureTable(f, t('id'), formatter('id'), 5);
    expect(table.rows[0][0]).toBe('Juru las');
    const links = tableLinks(f, table, '/repo/');
    expect(links.slice(0, 3)).toEqual(['/repo/pekerjaan/welders/', '/repo/pekerjaan/building-electricians/', '/repo/pekerjaan/cooks/']);
    // "Lainnya" and "Jumlah" have no page.
    expect(links.slice(3)).toEqual([undefined, undefined]);
    const svg = figureSvg(f);
    expect(svg).toContain('>Juru las<');
    expect(linkedSvg(svg, (path) => `/repo${path}`)).toContain('href="/repo/pekerjaan/welders/"');
    expect(linkedSvg(svg, (path) => `https://example.org/repo${path}`)).toContain('href="https://example.org/repo/pekerjaan/cooks/"');
  });
});
