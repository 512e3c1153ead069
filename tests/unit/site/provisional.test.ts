// The period that contains the as-of date, and any period a source has not finished reporting, is
// labelled provisional ("sementara") in tables, charts and notes.
import { describe, expect, it } from 'vitest';
import { editionFigures } from '../../../src/site/figures/index.ts';
import { figureTable } from '../../../src/site/figures/figure.ts';
import { figureSvg } from '../../../src/site/figures/index.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { isProvisional } from '../../../src/site/provisional.ts';
import { fixtureMeta, fixtureSite } from './fixture.ts';

describe('provisional periods', () => {
  const meta = fixtureMeta();
  it('the year, quarter and month that contain the as-of date', () => {
    expect(meta.as_of).toBe('2026-05-31');
    expect(['2026', '2026-Q2', '2026-05'].map((p) => isProvisional(p, meta))).toEqual([true, true, true]);
    expect(['2025', '2026-Q1', '2026-04'].map((p) => isProvisional(p, meta))).toEqual([false, false, false]);
  });

  it("a period that ends after a source's latest event, for the metrics counted from that source", () => {
    const late = { ...meta, datasets: { ...meta.datasets, enrollments: { ...meta.datasets.enrollments, latest_event: '2026-02-10' } } };
    expect(isProvisional('2026-Q1', late)).toBe(true);
    expect(isProvisional('2026-Q1', late, ['vacancies'])).toBe(false);
    expect(isProvisional('2025-Q4', late, ['enrollments'])).toBe(false);
  });

  it('labels the period in the table and the chart, and says why under it', () => {
    const site = fixtureSite();
    site.meta.datasets.enrollments.latest_event = '2026-02-10';
    const f = editionFigures(site, 'id').find((x) => x.id === 'welders-placement-rate')!;
    expect(f.provisional).toEqual(['2026-Q1']);
    expect(figureTable(f, t('id'), formatter('id'), 5).rows.at(-1)![0]).toBe('triwulan I 2026 (sementara)');
    expect(f.notes.at(-1)).toBe(
      'Angka triwulan I 2026 sementara: sumber datanya belum selesai melaporkan periode itu, sehingga angkanya masih bisa naik pada rilis berikutnya.',
    );
    const trend = editionFigures(site, 'en').find((x) => x.id === 'demand-supply-trend')!;
    expect(figureSvg(trend)).toContain('>provisional</text>');
  });
});
