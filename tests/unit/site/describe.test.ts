import { describe, expect, it } from 'vitest';
import { describeBars, describeGap, describeTrend } from '../../../src/site/charts/describe.ts';
import { PALETTE } from '../../../src/site/charts/model.ts';
import { formatter } from '../../../src/site/format.ts';
import { t } from '../../../src/site/i18n/index.ts';

const en = { s: t('en'), fmt: formatter('en'), minCell: 5 };
const id = { s: t('id'), fmt: formatter('id'), minCell: 5 };
const ok = (value: number) => ({ value, flag: '' as const });
const hidden = { value: null, flag: 'suppressed' as const };

describe('chart descriptions', () => {
  it('describe a trend: kind, span, latest and highest values, and how many are suppressed', () => {
    expect(
      describeTrend(en, {
        periods: ['2025-Q1', '2025-Q2', '2025-Q3'],
        unit: 'count',
        series: [
          { key: 'demand', label: 'Demand', color: PALETTE.demand, cells: [ok(120), ok(90), ok(100)] },
          { key: 'certified', label: 'Certified', color: PALETTE.certified, cells: [ok(8), hidden, hidden] },
        ],
      }),
    ).toBe(
      'Line chart from Q1 2025 to Q3 2025: Demand, Certified. Demand: 100 in Q3 2025, highest 120 in Q1 2025; Certified: 8 in Q1 2025. ' +
        '2 values below 5 are suppressed for privacy and drawn hatched.',
    );
  });

  it("describe bars with each row's text and open windows", () => {
    expect(
      describeBars(id, [
        { key: 'a', label: 'TW1 2025', value: 0.417, state: 'shown', color: '', text: '41,7% dari 12 lulusan' },
        { key: 'b', label: 'TW4 2025', value: null, state: 'window_open', color: '', text: 'belum bisa dihitung sampai 29 Jun 2026' },
      ]),
    ).toBe(
      'Diagram batang. TW1 2025: 41,7% dari 12 lulusan; TW4 2025: belum bisa dihitung sampai 29 Jun 2026. ' +
        '1 kelompok lulusan belum bisa dihitung karena masa pantau 180 hari belum selesai (garis putus-putus).',
    );
  });

  it('describe the gap chart row by row, "<5" for suppressed cells', () => {
    expect(describeGap(en, [{ code: '7411', label: 'Electricians', demand: ok(40), completed: hidden, certified: ok(0) }])).toBe(
      'Dot chart by occupation, from the largest shortage to the largest surplus. Electricians: demand 40, completed <5, certified 0. ' +
        '1 value below 5 is suppressed for privacy and drawn hatched.',
    );
  });

  it('say when there is nothing to show', () => {
    expect(describeBars(en, [])).toBe('No data to show.');
  });
});
