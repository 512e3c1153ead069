// The embed code's default height: the embed page's height at 360 px, worked out at build time.
import { describe, expect, it } from 'vitest';
import { PHONE_CONTENT_WIDTH, embedHeightAt, embedLayout, lineCount } from '../../../src/site/embed-height.ts';

describe('embed height at 360 px', () => {
  it('wraps text word by word at an average character width', () => {
    expect(PHONE_CONTENT_WIDTH).toBe(328);
    expect(lineCount('kata', 16, 328)).toBe(1);
    // 0,56 × 16 px ≈ 9 px a character: 36 characters a line.
    expect(lineCount('aaaa '.repeat(20).trim(), 16, 328)).toBe(3);
  });

  it('adds the chart scaled to the column, the text blocks, the legend and the page padding', () => {
    const layout = embedLayout({
      title: 'Judul',
      subtitle: 'Sub',
      legend: ['A'],
      notes: [],
      source: 'Sumber',
      tableSummary: 'Tabel',
      backlink: 'Lihat',
      language: 'English',
      chartWidth: 400,
      chartHeight: 260,
    });
    // chart 260 × 344 / 400 = 223,6; title 23,92 + 4,8; four small lines 4 × 29,6 − 8; summary 24; legend 1 row 23,6 + 12,8; padding 32.
    expect(embedHeightAt(layout)).toBe(Math.ceil(223.6 + (28.72 + 4 * 29.6 - 8 + 24 + 23.6 + 12.8) * 1.1 + 32));
  });

  it('grows with a long title and the sample banner, as the page does', () => {
    const base = {
      subtitle: 'Sub',
      legend: [],
      notes: [],
      source: 'Sumber',
      tableSummary: 'Tabel',
      backlink: 'Lihat',
      language: 'English',
      chartWidth: 400,
      chartHeight: 260,
    };
    const short = embedHeightAt(embedLayout({ ...base, title: 'Judul' }));
    const long = embedHeightAt(
      embedLayout({
        ...base,
        title: 'Permintaan pekerja pengelasan 9,3 kali lipat pasokan bersertifikat, 2025; 2026 s.d. triwulan III: 3,1×',
      }),
    );
    const banner = embedHeightAt(
      embedLayout({ ...base, title: 'Judul', banner: 'Data contoh: situs ini dibangun dari data sintetis bawaan.' }),
    );
    // About 28 bold characters a line: 98 characters take four lines.
    expect(long - short).toBeCloseTo(3 * 23.92 * 1.1, -1);
    expect(banner).toBeGreaterThan(short + 50);
  });

  it('a wide chart with a phone layout (the gap chart) counts that layout, drawn across the phone, not the wide one', () => {
    const base = {
      title: 'Judul',
      subtitle: 'Sub',
      legend: [],
      notes: [],
      source: 'Sumber',
      tableSummary: 'Tabel',
      backlink: 'Lihat',
      language: 'English',
      chartWidth: 720,
      chartHeight: 720,
    };
    const narrow = embedHeightAt(embedLayout(base));
    const phone = embedHeightAt(embedLayout({ ...base, wide: true, phoneChart: { width: 340, height: 850 } }));
    // 850 × 344 / 340 = 860 (the phone layout at the 344 px of a 360 px screen) instead of 720 × 344 / 720 = 344.
    expect(phone - narrow).toBe(860 - 344);
    // Without one, a wide chart scales down with the column like any other.
    expect(embedHeightAt(embedLayout({ ...base, wide: true }))).toBe(narrow);
  });
});
