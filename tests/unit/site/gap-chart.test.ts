// The overview's gap chart (issue 8 item 7): whole names (wrapped, never cut with "…"), the values
// printed on each row, an axis at the top and at the bottom, and each row linked to its occupation page.
import { describe, expect, it } from 'vitest';
import type { GapRow } from '../../../src/site/charts/gap.ts';
import { GAP_LINE_CHARS, GAP_WIDTH, gapPlot, gapValues, wrapLabel } from '../../../src/site/charts/gap.ts';
import { formatter } from '../../../src/site/format.ts';
import { renderSvg } from '../../../src/site/render.ts';

const ok = (value: number) => ({ value, flag: '' as const });
const hidden = { value: null, flag: 'suppressed' as const };
const options = { fmt: formatter('id'), minCell: 5, hatch: 'url(#hatch-t)', showDemand: true };
const LONG = 'Pekerja Persiapan dan Pemasangan Struktur Logam';
const rows: GapRow[] = [
  { code: '7212', label: 'Juru las', demand: ok(2614), completed: ok(400), certified: ok(282), href: '/pekerjaan/welders/' },
  { code: '7214', label: LONG, demand: ok(120), completed: hidden, certified: hidden, href: '/pekerjaan/structural-metal-workers/' },
  { code: '5120', label: 'Juru masak', demand: ok(10), completed: ok(60), certified: ok(30), href: '/pekerjaan/cooks/' },
];
const svg = renderSvg(gapPlot(rows, options), { id: 'gap', title: 'T', description: 'D' });
const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
  m[1]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

describe('gap chart', () => {
  it('wraps a long name at spaces into lines that fit, and never cuts a word', () => {
    expect(wrapLabel(LONG)).toEqual(['Pekerja Persiapan dan', 'Pemasangan Struktur', 'Logam']);
    expect(wrapLabel('Juru las')).toEqual(['Juru las']);
    for (const line of wrapLabel(LONG)) expect(line.length).toBeLessThanOrEqual(GAP_LINE_CHARS);
  });

  it('shows every name whole in the SVG: no "…", every word of every name present', () => {
    expect(svg).not.toContain('…');
    const names = texts.join(' ');
    for (const r of rows) expect(names).toContain(r.label.split(' ').at(-1));
    expect(texts).toContain('Pekerja Persiapan dan Pemasangan Struktur Logam');
  });

  it('the left margin holds the longest line of any name', () => {
    const p = gapPlot(rows, options);
    expect(p.width).toBe(GAP_WIDTH);
    expect(p.marginLeft).toBeGreaterThanOrEqual(Math.max(...rows.flatMap((r) => wrapLabel(r.label)).map((l) => l.length)) * 7.8);
  });

  it('prints the values on each row, in Indonesian numbers, "<5" for suppressed', () => {
    expect(gapValues(rows[0], options)).toBe('2.614 vs 282');
    expect(gapValues(rows[1], options)).toBe('120 vs <5');
    expect(gapValues(rows[0], { ...options, showDemand: false })).toBe('282');
    expect(texts).toEqual(expect.arrayContaining(['2.614 vs 282', '120 vs &lt;5', '10 vs 30']));
  });

  it('has an x axis at the top and at the bottom', () => {
    expect(gapPlot(rows, options).x).toMatchObject({ axis: 'both' });
    // Tick labels "0" appear twice: once per axis.
    expect(texts.filter((t) => t === '0').length).toBe(2);
  });

  it('links each row to its occupation page, name and values', () => {
    const links = [...svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set(rows.map((r) => r.href)));
    expect(links.filter((l) => l === '/pekerjaan/welders/')).toHaveLength(2);
    // Links are controls: the SVG is a graphics document, not an image whose children are presentational.
    expect(svg).toMatch(/^<svg[^>]*role="graphics-document"/);
  });
});
