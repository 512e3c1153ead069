// The headline comparison: flows against flows over the same periods (positions posted against
// people certified), the last full year beside the year to date, and a title that notices when the
// latest four quarters differ strongly from the full year.
import { describe, expect, it } from 'vitest';
import { flowTitle, flowRatio, differsStrongly } from '../../../src/site/charts/titles.ts';
import { buildContext } from '../../../src/site/figures/context.ts';
import { flowWindows, sumCells, windowPeriods } from '../../../src/site/figures/flows.ts';
import { occupationFigures } from '../../../src/site/figures/occupation.ts';
import type { SiteData } from '../../../src/site/facts.ts';
import { REFERENCE, fixtureSite } from './fixture.ts';

const welders = REFERENCE.occupations[1];
const ok = (value: number) => ({ value, flag: '' as const });
const QUARTERS = [
  '2023-Q1',
  '2023-Q2',
  '2023-Q3',
  '2023-Q4',
  '2024-Q1',
  '2024-Q2',
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
];

/** The fixture with welders' demand and certifications by quarter: a 2025 peak, a quieter 2026. */
function site(o: { demand2026: number[]; certified2026: number[] }): SiteData {
  const s = fixtureSite();
  const set = (metric: string, period: string, value: number) => s.index.set(`${metric},${period},7212,*,*`, ok(value));
  [40, 110, 120, 30].forEach((v, i) => set('demand_positions', `2025-Q${i + 1}`, v));
  [2, 3, 3, 2].forEach((v, i) => set('certified', `2025-Q${i + 1}`, v));
  o.demand2026.forEach((v, i) => set('demand_positions', `2026-Q${i + 1}`, v));
  o.certified2026.forEach((v, i) => set('certified', `2026-Q${i + 1}`, v));
  set(
    'demand_positions',
    '2026',
    o.demand2026.reduce((a, b) => a + b, 0),
  );
  set(
    'certified',
    '2026',
    o.certified2026.reduce((a, b) => a + b, 0),
  );
  // A stock, far above any flow: it must never enter the comparison.
  for (const q of ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']) set('certified_pool', q, 400);
  return s;
}

describe('the periods compared', () => {
  it('the last full year, the year to date up to its last complete quarter, the latest four quarters', () => {
    expect(windowPeriods({ year: '2025', quarters: QUARTERS, years: ['2023', '2024', '2025', '2026'], asOf: '2026-09-30' })).toEqual([
      { kind: 'year', periods: ['2025'] },
      { kind: 'ytd', periods: ['2026'], until: '2026-Q3' },
      { kind: 'last4', periods: ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] },
    ]);
  });

  it('a year to date that ends between quarter ends runs to the as-of date', () => {
    expect(windowPeriods({ year: '2025', quarters: QUARTERS.slice(0, -1), years: ['2025', '2026'], asOf: '2026-08-31' })[1]).toEqual({
      kind: 'ytd',
      periods: ['2026'],
      until: '2026-08-31',
    });
  });

  it('right after a full year there is no year to date, and its four quarters are no second window', () => {
    expect(windowPeriods({ year: '2025', quarters: QUARTERS.slice(0, 12), years: ['2025'], asOf: '2025-12-31' })).toEqual([
      { kind: 'year', periods: ['2025'] },
    ]);
  });

  it('sums quarters only when every one is published', () => {
    expect(sumCells([ok(3), ok(4)])).toEqual(ok(7));
    expect(sumCells([ok(3), { value: null, flag: 'suppressed' }])).toEqual({ value: null, flag: 'suppressed' });
    expect(sumCells([ok(3), undefined])).toBeUndefined();
  });
});

describe('the headline', () => {
  it('compares positions posted with people certified over the same periods, never with the stock of holders', () => {
    const ctx = buildContext(site({ demand2026: [20, 25], certified2026: [4, 6] }), 'id');
    const windows = flowWindows(ctx, { occupation: '7212' }, 'certified');
    expect(windows.map((w) => [w.kind, w.label, w.demand?.value, w.supply?.value])).toEqual([
      ['year', '2025', 300, 10],
      ['ytd', '2026 s.d. 31 Mei', 45, 10],
      ['last4', '4 triwulan terakhir (triwulan II 2025 – triwulan I 2026)', 280, 12],
    ]);
    expect(flowRatio(windows[0])).toBe(30);
  });

  it('puts the year to date beside the full year, and notices when the latest four quarters differ strongly', () => {
    // Latest four quarters (II 2025 – I 2026): 270 positions, 18 certified = 15×, half the year's 30×.
    const quiet = occupationFigures(buildContext(site({ demand2026: [10, 10], certified2026: [10, 5] }), 'id'), welders)[0];
    expect(quiet.title).toBe(
      'Permintaan pekerja pengelasan 30 kali lipat pasokan bersertifikat, 2025; 2026 s.d. 31 Mei: 1,3×; 4 triwulan terakhir jauh lebih rendah: 15×',
    );
    const steady = occupationFigures(buildContext(site({ demand2026: [40, 40], certified2026: [1, 1] }), 'en'), welders)[0];
    expect(steady.title).toBe('Demand for welders is 30 times the certified supply, 2025; 2026 to 31 May: 40×');
  });

  it('a year to date whose supply is hidden gives its counts, not a ratio', () => {
    const s = site({ demand2026: [10, 10], certified2026: [5, 5] });
    s.index.set('certified,2026,7212,*,*', { value: null, flag: 'suppressed' });
    const f = occupationFigures(buildContext(s, 'id'), welders)[0];
    expect(f.title).toContain('; 2026 s.d. 31 Mei: 20 posisi, <5 orang');
  });

  it('the certificate holders chart states the stock and compares it with nothing', () => {
    const f = occupationFigures(buildContext(site({ demand2026: [10, 10], certified2026: [5, 5] }), 'id'), welders).find(
      (x) => x.id === 'welders-certified-pool',
    )!;
    expect(f.title).toBe('400 orang memegang sertifikat pekerja pengelasan yang masih berlaku di akhir triwulan I 2026');
    expect([...new Set(f.data.map((d) => d.column))]).toEqual(['Pemegang sertifikat aktif']);
  });

  it('strongly different means one ratio at least 1,5 times the other', () => {
    expect(differsStrongly(9.3, 6.3)).toBe(false);
    expect(differsStrongly(9.3, 6.2)).toBe(true);
    expect(flowTitle).toBeTypeOf('function');
  });
});
