// The print brief's key figures and paragraph, and its QR code, from the fixture.
import { describe, expect, it } from 'vitest';
import { occupationBrief } from '../../../src/site/brief.ts';
import { buildContext } from '../../../src/site/figures/context.ts';
import { qrSvg } from '../../../src/site/qr.ts';
import { REFERENCE } from './fixture.ts';
import { outcomeSite } from './outcomes-fixture.ts';

describe('print brief', () => {
  it('gives the key figures, the gap from published cells, and the latest 180-day rate with its interval', () => {
    const brief = occupationBrief(buildContext(outcomeSite(), 'id'), REFERENCE.occupations[1]);
    expect(brief.figures.map((f) => [f.key, f.value])).toEqual([
      ['demand', '300'],
      ['certified', '10'],
      ['gap', '290'],
      ['completed', '35'],
      ['placed', '20'],
    ]);
    // 2025's 180-day window is open; 2024's 0.600 of 20 is 12 people: Wilson 38,7–78,1 %.
    expect(brief.rate).toMatchObject({ period: '2024', rate: 0.6, cohort: 20, small: true, text: '60% (95\u00a0%: 38,7–78,1\u00a0%)' });
    expect(brief.paragraph).toBe(
      'Pada 2025, industri di Kota Cilegon membuka lowongan untuk 300 posisi pekerja pengelasan, sementara 10 orang bersertifikat. ' +
        'Dari 20 lulusan 2024 (n kecil), 60% (95\u00a0%: 38,7–78,1\u00a0%) bekerja dalam 180 hari.',
    );
  });

  it('never computes the gap from a suppressed supply', () => {
    const brief = occupationBrief(buildContext(outcomeSite(), 'en'), REFERENCE.occupations[2]);
    expect(brief.figures.find((f) => f.key === 'certified')?.value).toBe('<5');
    expect(brief.figures.find((f) => f.key === 'gap')?.value).toBe('–');
    expect(brief.rate).toBeNull();
  });
});

describe('QR code', () => {
  it('is an SVG image named with the address it encodes, different for different addresses', () => {
    const a = qrSvg('https://example.org/pekerjaan/welders/', 'QR: https://example.org/pekerjaan/welders/');
    expect(a).toMatch(
      /^<svg role="img" aria-label="QR: https:\/\/example.org\/pekerjaan\/welders\/" class="qr" xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(a).toContain('<path d="M');
    expect(a).not.toBe(qrSvg('https://example.org/pekerjaan/cooks/', 'QR'));
  });
});
