// A kecamatan's page shows the city map with that kecamatan outlined (issue 8, item 8): the outline is
// drawn at build time, named in the description and the legend, and the overview map has none.
import { describe, expect, it } from 'vitest';
import type { KecamatanGeo } from '../../../src/site/facts.ts';
import { MAP_HIGHLIGHT, MAP_HIGHLIGHT_CLASS, mapPlot } from '../../../src/site/charts/map.ts';
import { buildContext } from '../../../src/site/figures/context.ts';
import { kecamatanFigures } from '../../../src/site/figures/kecamatan.ts';
import { mapFigure } from '../../../src/site/figures/overview.ts';
import { formatter } from '../../../src/site/format.ts';
import { renderSvg } from '../../../src/site/render.ts';
import { fixtureSite, REFERENCE } from './fixture.ts';

/** Two squares side by side, clockwise as d3 expects. */
const GEO: KecamatanGeo = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kode_kecamatan_bps: '3672010' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.0, -6.0],
            [106.0, -5.9],
            [106.1, -5.9],
            [106.1, -6.0],
            [106.0, -6.0],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { kode_kecamatan_bps: '3672011' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.1, -6.0],
            [106.1, -5.9],
            [106.2, -5.9],
            [106.2, -6.0],
            [106.1, -6.0],
          ],
        ],
      },
    },
  ],
};
const AREAS = [
  { bps: '3672010', name: 'Ciwandan', value: 0.2, state: 'shown' as const, text: '0,2' },
  { bps: '3672011', name: 'Citangkil', value: null, state: 'suppressed' as const, text: '<5' },
];
const svg = (highlight?: string) =>
  renderSvg(mapPlot(GEO, AREAS, { fmt: formatter('id'), minCell: 5, hatch: 'url(#h)', width: 300 }, highlight), {
    id: 'm',
    title: 't',
    description: 'd',
  });
const outlines = (text: string) => [...text.matchAll(new RegExp(`<g[^>]*class="${MAP_HIGHLIGHT_CLASS}"[^>]*>(.*?)</g>`, 'gs'))];

describe('map highlight', () => {
  it("outlines only the page's kecamatan, in the accent colour over a white halo", () => {
    const page = svg('3672011');
    const found = outlines(page);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toContain(`stroke="${MAP_HIGHLIGHT}"`);
    expect(found[0][0]).toContain('stroke-width="4"');
    expect(found[0][1].match(/<path/g)).toHaveLength(1);
    expect(page.match(/stroke-width="7"/g)).toHaveLength(1);
  });

  it('draws no outline on the overview map or for an unknown code', () => {
    expect(outlines(svg())).toHaveLength(0);
    expect(outlines(svg('9999999'))).toHaveLength(0);
  });

  it('each kecamatan page has the map, its kecamatan named in the description and the legend', () => {
    const ctx = buildContext(fixtureSite(), 'id');
    const k = REFERENCE.kecamatan[1];
    const f = kecamatanFigures(ctx, k).find((x) => x.id === 'kecamatan-citangkil-map')!;
    expect(f.page).toEqual({ kind: 'kecamatan', slug: 'citangkil' });
    expect(f.description.endsWith('Kecamatan Citangkil, yang dibahas halaman ini, ditandai dengan garis tepi oranye tebal.')).toBe(true);
    expect(f.legend.at(-1)).toEqual({ label: 'Kecamatan Citangkil (garis tepi oranye tebal)', color: MAP_HIGHLIGHT, swatch: 'highlight' });
    expect(f.data).toEqual(mapFigure(ctx).data);
    const en = kecamatanFigures(buildContext(fixtureSite(), 'en'), k).find((x) => x.id === 'kecamatan-citangkil-map')!;
    expect(en.legend.at(-1)!.label).toBe('Kecamatan Citangkil (thick orange outline)');
    expect(mapFigure(ctx).legend.some((l) => l.swatch === 'highlight')).toBe(false);
  });
});
