// Routes, waiting time and women and men, from a fixture read line by line (outcomes-fixture.ts):
// titles only from published cells, suppressed parts hatched and never zero, open windows never low,
// every rate with its 95 % interval in the table and CSV, "unknown" sex kept in the denominator.
import type * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { barsPlot } from '../../../src/site/charts/bars.ts';
import { routeSegments, routesPlot } from '../../../src/site/charts/routes.ts';
import { waitingPlot, waitingSteps } from '../../../src/site/charts/waiting.ts';
import { rateWithIntervalText, routesTitle, waitingTitle } from '../../../src/site/charts/titles.ts';
import { buildContext } from '../../../src/site/figures/context.ts';
import { figureCsv, figureTable } from '../../../src/site/figures/figure.ts';
import { hasOutcomes, occupationOutcomeFigures, overviewOutcomeFigures } from '../../../src/site/figures/outcomes.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { wilson } from '../../../src/site/wilson.ts';
import { fixtureSite } from './fixture.ts';
import { outcomeSite } from './outcomes-fixture.ts';

const id = { s: t('id'), fmt: formatter('id'), minCell: 5 };
const en = { s: t('en'), fmt: formatter('en'), minCell: 5 };
const ok = (value: number) => ({ value, flag: '' as const });
const hidden = { value: null, flag: 'suppressed' as const };
const open = { value: null, flag: 'window_open' as const };
const options = { fmt: formatter('en'), minCell: 5, hatch: 'url(#hatch-test)' };
type AnyMark = Plot.Markish & { data?: unknown[]; fill?: string; stroke?: string; strokeDasharray?: string };
const marks = (p: Plot.PlotOptions) => (p.marks ?? []) as AnyMark[];

function figures(lang: 'id' | 'en') {
  const ctx = buildContext(outcomeSite(), lang);
  const all = [
    ...overviewOutcomeFigures(ctx),
    ...occupationOutcomeFigures(ctx, 'welders', '7212', lang === 'id' ? 'pekerja pengelasan' : 'welders'),
  ];
  return Object.fromEntries(all.map((f) => [f.id, f]));
}
const table = (lang: 'id' | 'en', chart: string) => figureTable(figures(lang)[chart], t(lang), formatter(lang), 5);

describe('routes', () => {
  it('names the migrant share only when placed and migrant are both published', () => {
    expect(figures('id')['placement-routes'].title).toBe(
      '30% lulusan yang ditempatkan pada 2025 bekerja ke luar negeri sebagai pekerja migran',
    );
    expect(figures('en')['placement-routes'].title).toBe('30% of trainees placed in 2025 went abroad as migrant workers');
    // Welders 2025: migrant and self-employed suppressed (group c), so the title falls back to employment.
    expect(figures('id')['welders-placement-routes'].title).toBe(
      '50% lulusan pekerja pengelasan yang ditempatkan pada 2025 bekerja di dalam negeri',
    );
    expect(routesTitle(en, 'welders', '2025', { placed: hidden, employed: ok(10), migrant: ok(6), self_employed: hidden })).toBe(
      'Where do welders go? No figure can be shown yet',
    );
  });

  it('tables every route with "<5" for suppressed parts, and the total', () => {
    expect(table('en', 'placement-routes')).toMatchObject({
      header: ['Period', 'Employed in Indonesia (AKL/AKAD)', 'Migrant worker abroad (AKAN/PMI)', 'Self-employed (TKM)', 'Placed (total)'],
      rows: [
        ['2024', '32', '<5', '<5', '40'],
        ['2025', '30', '15', '5', '50'],
      ],
    });
  });

  it('stacks suppressed parts hatched at the baseline, never as zero, then the published parts', () => {
    const years = [
      {
        period: '2024',
        total: ok(40),
        parts: [
          { key: 'employed', label: 'E', color: '#1', cell: ok(32) },
          { key: 'migrant', label: 'M', color: '#2', cell: hidden },
          { key: 'self_employed', label: 'S', color: '#3', cell: hidden },
        ],
      },
    ];
    expect(routeSegments(years, 2.5)).toEqual([
      { period: '2024', key: 'migrant', y1: 0, y2: 2.5, fill: '', hidden: true },
      { period: '2024', key: 'self_employed', y1: 2.5, y2: 5, fill: '', hidden: true },
      { period: '2024', key: 'employed', y1: 5, y2: 37, fill: '#1', hidden: false },
    ]);
    const hatched = marks(routesPlot(years, options)).filter((m) => m.fill === options.hatch);
    expect(hatched).toHaveLength(1);
    expect(hatched[0].data).toHaveLength(2);
  });
});

describe('waiting time', () => {
  it('compares two published horizons of the latest cohort, each with its interval', () => {
    expect(figures('id')['waiting-time'].title).toBe(
      'Dari lulusan tahun 2025, 41% (95\u00a0%: 31,9–50,8\u00a0%) bekerja dalam 30 hari dan 55% (95\u00a0%: 45,2–64,4\u00a0%) dalam 90 hari',
    );
    expect(figures('en')['welders-waiting-time'].title).toBe(
      'Of 2025 completers (welders), 34.3% (95\u00a0%: 20.8–50.8\u00a0%) were working within 90 days',
    );
    expect(rateWithIntervalText(id, 0.558, { lower: 0.53, upper: 0.587 })).toBe('55,8% (95\u00a0%: 53,0–58,7\u00a0%)');
    expect(waitingTitle(en, '', [{ period: '2025', rates: [] }])).toBe(
      'How long do trainees take to find work? No figure can be shown yet',
    );
  });

  it('shows lower and upper bounds beside every rate, "small n" under 30, and open windows with their date', () => {
    const w = table('id', 'welders-waiting-time');
    expect(w.header).toEqual([
      'Tahun lulus',
      '30 hari',
      '30 hari: batas bawah',
      '30 hari: batas atas',
      '90 hari',
      '90 hari: batas bawah',
      '90 hari: batas atas',
      '180 hari',
      '180 hari: batas bawah',
      '180 hari: batas atas',
      '365 hari',
      '365 hari: batas bawah',
      '365 hari: batas atas',
    ]);
    expect(w.rows).toEqual([
      [
        '2024',
        '25% (n = 20, n kecil)',
        '11,2%',
        '46,9%',
        'disembunyikan demi privasi',
        '–',
        '–',
        '60% (n = 20, n kecil)',
        '38,7%',
        '78,1%',
        'disembunyikan demi privasi',
        '–',
        '–',
      ],
      [
        '2025',
        'disembunyikan demi privasi',
        '–',
        '–',
        '34,3% (n = 35)',
        '20,8%',
        '50,8%',
        'belum bisa dihitung sampai 29 Jun 2026',
        '–',
        '–',
        'belum bisa dihitung sampai 31 Des 2026',
        '–',
        '–',
      ],
    ]);
    expect(figures('id')['welders-waiting-time'].notes).toEqual([
      'n kecil: kelompok di bawah 30 lulusan; angkanya bisa berubah banyak dari tahun ke tahun, lihat rentang 95 %.',
    ]);
  });

  it('writes the bounds to the CSV with 4 decimals, from the exact numerator', () => {
    const lines = figureCsv(figures('en')['waiting-time']).trim().split('\n');
    expect(lines[0]).toBe('period,series,value,flag,denominator,denominator_flag,note,lower,upper');
    expect(lines[6]).toBe('2025,90 days,0.55,,100,,,0.4524,0.6439');
    expect(lines[7]).toBe('2025,180 days,,window_open,100,,cannot be computed until 29 Jun 2026,,');
    // 0.343 of 35 is 12 people exactly.
    const w = wilson(12, 35);
    expect(figureCsv(figures('en')['welders-waiting-time']).split('\n')[6]).toBe(
      `2025,90 days,0.343,,35,,,${w.lower.toFixed(4)},${w.upper.toFixed(4)}`,
    );
  });

  it('draws open windows as dashed outlines over the full height and stops the curve there', () => {
    const cohorts = [
      {
        period: '2025',
        points: [
          { days: 30, cell: ok(0.41), interval: { lower: 0.3187, upper: 0.508 } },
          { days: 90, cell: ok(0.55), interval: { lower: 0.4524, upper: 0.6439 } },
          { days: 180, cell: open, interval: null },
          { days: 365, cell: open, interval: null },
        ],
      },
    ];
    expect(waitingSteps(cohorts, 385).map((s) => s.value)).toEqual([0.41, 0.55, null, null, null]);
    const dashed = marks(waitingPlot(cohorts, options)).find((m) => m.strokeDasharray === '4 3')!;
    expect((dashed.data as { days: number }[]).map((p) => p.days)).toEqual([180, 365]);
  });
});

describe('women and men', () => {
  it('gives the share of women at each stage over everyone, unknown sex included', () => {
    expect(figures('id')['women-and-men'].title).toBe('Perempuan: 40% peserta yang mulai pelatihan dan 24% yang ditempatkan kerja, 2025');
    expect(table('en', 'women-and-men')).toMatchObject({
      header: ['Stage', 'Women', 'Men', 'Sex not known', 'All', 'Share of women'],
      rows: [
        // 60 of 150, not of 145: the 5 of unknown sex stay in the denominator.
        ['Started training', '60', '85', '5', '150', '40% (n = 150)'],
        ['Completed training', '45', '55', '0', '100', '45% (n = 100)'],
        ['Certified', '<5', '36', '<5', '42', 'women <5, suppressed'],
        ['Placed in work', '12', '38', '0', '50', '24% (n = 50)'],
        ['Employed in Indonesia', '10', '20', '0', '30', '33.3% (n = 30)'],
        ['Migrant workers', '<5', '<5', '0', '15', 'women <5, suppressed'],
        ['Self-employed', '0', '5', '0', '5', '0% (n = 5)'],
      ],
    });
  });
});

describe('editions without amendment 1.1', () => {
  it('draw none of these charts (a release kept before the new metrics)', () => {
    expect(hasOutcomes(fixtureSite())).toBe(false);
    expect(overviewOutcomeFigures(buildContext(fixtureSite(), 'id'))).toEqual([]);
    expect(hasOutcomes(outcomeSite())).toBe(true);
  });
});

describe('rendered at build time', () => {
  it('gives every new chart an SVG: stacks, whiskers, dashed open windows, hatches', async () => {
    const { renderSvg } = await import('../../../src/site/render.ts');
    const svg = (chart: string) => {
      const f = figures('id')[chart];
      return renderSvg(f.plot, { id: f.id, title: f.title, description: f.description });
    };
    expect(svg('placement-routes')).toMatch(/^<svg[^>]*role="img"/);
    expect(svg('placement-routes')).toContain('url(#hatch-placement-routes)');
    expect(svg('welders-waiting-time')).toContain('stroke-dasharray="4 3"');
    expect(svg('welders-waiting-time')).toContain('url(#hatch-welders-waiting-time)');
    expect(svg('women-and-men')).toContain('33,3% (10 dari 30)');
  });
});

describe('whiskers on rate bars', () => {
  it('draw the interval of shown rates only, from lower to upper bound', () => {
    const rows = [
      {
        key: 'q1',
        label: 'Q1 2025',
        value: 0.417,
        state: 'shown' as const,
        color: '#000',
        text: '41.7%',
        interval: { lower: 0.1933, upper: 0.6805 },
      },
      { key: 'q2', label: 'Q2 2025', value: null, state: 'suppressed' as const, color: '#000', text: 'suppressed' },
    ];
    const rule = marks(barsPlot({ rows, unit: 'rate' }, options)).find(
      (m) => (m as { ariaLabel?: string }).ariaLabel === 'rule' && m.data?.length === 1 && m.stroke === '#222222',
    )!;
    expect(rule.data).toEqual([rows[0]]);
    expect(marks(barsPlot({ rows: [rows[1]], unit: 'rate' }, options)).some((m) => m.stroke === '#222222')).toBe(false);
  });
});
