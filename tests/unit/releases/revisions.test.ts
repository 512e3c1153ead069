import { describe, expect, it } from 'vitest';
import type { PublishedFact } from '../../../src/pipeline/published.ts';
import { changeSummary, moveSize, releaseChanges } from '../../../src/releases/revisions.ts';

/** `metric,period,occupation,kecamatan,sex,value,flag` lines → facts. */
function facts(...lines: string[]): PublishedFact[] {
  return lines.map((line) => {
    const [metric, period, occupation, kecamatan, sex, value, flag] = line.split(',');
    return { metric, period, occupation, kecamatan, sex, value: value === '' ? null : Number(value), flag } as PublishedFact;
  });
}

const older = {
  asOf: '2025-08-31',
  facts: facts(
    'placed,2025-Q2,*,*,*,100,',
    'placed,2025-Q2,7212,*,*,41,',
    'placed,2025-Q2,5120,*,*,,suppressed',
    'placed,2025-Q2,7411,*,*,9,',
    'placed,2025-Q3,*,*,*,30,',
    'placed,2025-Q3,7212,*,*,12,',
    'completed,2025-Q2,*,*,*,80,',
    'placement_rate_180d,2025-Q1,*,*,*,0.400,',
    'placement_rate_180d,2025-Q2,*,*,*,,window_open',
  ),
};

const newer = {
  asOf: '2025-09-30',
  facts: facts(
    'placed,2025-Q2,*,*,*,106,',
    'placed,2025-Q2,7212,*,*,47,',
    'placed,2025-Q2,5120,*,*,,suppressed',
    'placed,2025-Q2,7411,*,*,,suppressed',
    'placed,2025-Q3,*,*,*,45,',
    'placed,2025-Q3,7212,*,*,20,',
    'completed,2025-Q2,*,*,*,80,',
    'placement_rate_180d,2025-Q1,*,*,*,0.417,',
    'placement_rate_180d,2025-Q2,*,*,*,,window_open',
    'placed,2025-09,*,*,*,15,',
  ),
};

describe('releaseChanges', () => {
  const changes = releaseChanges(older, newer);
  const row = (r: (typeof changes.revisions)[number]) =>
    `${r.metric},${r.period},${r.occupation}: ${r.before.value ?? r.before.flag} → ${r.after.value ?? r.after.flag}`;

  it('lists every cell published in both whose value or flag changed, largest moves first, flag changes last', () => {
    expect(changes.revisions.map(row)).toEqual([
      'placed,2025-Q3,*: 30 → 45',
      'placed,2025-Q3,7212: 12 → 20',
      'placed,2025-Q2,*: 100 → 106',
      'placed,2025-Q2,7212: 41 → 47',
      'placement_rate_180d,2025-Q1,*: 0.4 → 0.417',
      'placed,2025-Q2,7411: 9 → suppressed',
    ]);
  });

  it('never gives a number for a suppressed cell, and leaves out cells that did not change', () => {
    const hidden = changes.revisions.find((r) => r.occupation === '7411')!;
    expect(hidden).toMatchObject({ before: { value: 9, flag: '' }, after: { value: null, flag: 'suppressed' }, change: null });
    expect(changes.revisions.some((r) => r.occupation === '5120' || r.metric === 'completed')).toBe(false);
  });

  it('says which periods had not ended on the older as-of date', () => {
    expect(changes.revisions.filter((r) => r.periodWasOpen).map((r) => `${r.period},${r.occupation}`)).toEqual([
      '2025-Q3,*',
      '2025-Q3,7212',
    ]);
  });

  it('computes rate changes without binary noise and ranks them in percentage points', () => {
    const rate = changes.revisions.find((r) => r.metric === 'placement_rate_180d')!;
    expect(rate.change).toBe(0.017);
    expect(moveSize(rate)).toBeCloseTo(1.7, 10);
  });

  it('names the new periods and counts cells that are no longer published', () => {
    expect(changes.newPeriods).toEqual(['2025-09']);
    expect(changes.dropped).toBe(0);
    expect(releaseChanges(newer, older).dropped).toBe(1);
  });

  it('is empty between a release and itself', () => {
    expect(releaseChanges(older, older)).toEqual({ older: '2025-08-31', newer: '2025-08-31', revisions: [], newPeriods: [], dropped: 0 });
  });
});

describe('changeSummary', () => {
  it('per metric: revisions of ended periods with the largest, and changes of periods then still open', () => {
    expect(changeSummary(releaseChanges(older, newer)).map((s) => [s.metric, s.revised, s.largest?.change ?? null, s.stillOpen])).toEqual([
      ['placed', 3, 6, 2],
      ['placement_rate_180d', 1, 0.017, 0],
    ]);
  });
});
