// Every chart's numbers also for Excel set to Indonesian: BOM, semicolons, decimal commas, Indonesian headers.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/site/figures/context.ts';
import { figureCsvExcelId } from '../../../src/site/figures/excel.ts';
import { occupationFigures } from '../../../src/site/figures/occupation.ts';
import { REFERENCE, fixtureSite } from './fixture.ts';
import { chartExcelPath } from '../../../src/site/routes.ts';

describe('chart CSV for Indonesian Excel', () => {
  it("writes the chart CSV's cells with a BOM, semicolons, decimal commas and Indonesian headers", () => {
    const f = occupationFigures(buildContext(fixtureSite(), 'id'), REFERENCE.occupations[1]).find(
      (x) => x.id === 'welders-placement-rate',
    )!;
    const csv = figureCsvExcelId(f);
    expect(csv.startsWith('\uFEFFperiode;seri;nilai;tanda;penyebut;tanda_penyebut;catatan\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('2025-Q1;Tingkat penempatan;0,417;;12;;');
    expect(lines[3]).toBe('2025-Q3;Tingkat penempatan;;suppressed;;suppressed;disembunyikan demi privasi');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('where the Excel copy of a chart lives', () => {
  it('beside its CSV, for a live chart and for a chart pinned to a release', () => {
    expect(chartExcelPath('welders-trend')).toBe('/data/grafik/welders-trend-excel-id.csv');
    expect(chartExcelPath('welders-trend', '2026-08-31')).toBe('/data/grafik/rilis/2026-08-31/welders-trend-excel-id.csv');
  });
});
