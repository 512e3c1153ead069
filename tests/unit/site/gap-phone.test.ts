// The gap chart's phone layout (fits a 360 px screen): the same rows, names, values and links as the
// wide layout, each name whole on lines above its row's marks, nothing past the 340 px it is drawn at.
import { describe, expect, it } from 'vitest';
import type { GapRow } from '../../../src/site/charts/gap.ts';
import { CHAR_PX, gapPlot, gapValues } from '../../../src/site/charts/gap.ts';
import { GAP_PHONE_WIDTH, gapPhonePlot, phoneLineChars } from '../../../src/site/charts/gap-phone.ts';
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
const phone = renderSvg(gapPhonePlot(rows, options), { id: 'gap-phone', title: 'T', description: 'D' });
const wide = renderSvg(gapPlot(rows, options), { id: 'gap', title: 'T', description: 'D' });

/** Per link: its text, lines joined without white space (the layouts wrap names differently). */
function linkTexts(svg: string): string[] {
  return [...svg.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => `${m[1]} ${m[2].replace(/<[^>]+>|\s+/g, '')}`);
}

describe('gap chart on a phone', () => {
  it('is drawn at 340 px with the names on their own lines, whole, beside the widest values', () => {
    const p = gapPhonePlot(rows, options);
    expect(p.width).toBe(GAP_PHONE_WIDTH);
    expect(p.width).toBe(340);
    // "2.614 vs 282" is the widest values text: 12 characters.
    expect(phoneLineChars(rows, options)).toBe(Math.floor((340 - 12 - 2 - 12 * CHAR_PX - 8) / CHAR_PX));
    expect(phoneLineChars(rows, options)).toBe(28);
    const lines = [...phone.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines).toEqual(['Pekerja Persiapan dan', 'Pemasangan Struktur Logam']);
    expect(phone).not.toContain('…');
    expect(phone).toContain('>Juru las<');
  });

  it('says what the wide layout says: the same links, names and values, in the same order', () => {
    expect(linkTexts(phone)).toEqual(linkTexts(wide));
    expect(linkTexts(phone)).toHaveLength(6);
    expect(linkTexts(phone)).toContain(
      `/pekerjaan/structural-metal-workers/ ${gapValues(rows[1], options).replace(/</g, '&lt;').replace(/\s+/g, '')}`,
    );
  });

  it('draws suppressed supply on the zero line, which runs under each row only, not through its name', () => {
    expect([...phone.matchAll(/class="suppressed-mark"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((m) => m[1].match(/<rect/g) ?? [])).toHaveLength(2);
    const baseline = /<g[^>]*class="baseline"[^>]*>([\s\S]*?)<\/g>/.exec(phone)![1];
    const zero = [...baseline.matchAll(/y2="([\d.]+)" y1="([\d.]+)"/g)].map((m) => Number(m[1]) - Number(m[2]));
    // One segment a row, as long as its marks' strip (20 px), not the 2-line name above it.
    expect(zero).toEqual([20, 20, 20]);
  });

  it('has an x axis at the top and at the bottom, with fewer ticks than the wide layout', () => {
    expect(gapPhonePlot(rows, options).x).toMatchObject({ axis: 'both', ticks: 4 });
  });
});
