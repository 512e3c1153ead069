// /perubahan/ groups revisions by release (newest first) and metric, each group with its counts.
import { describe, expect, it } from 'vitest';
import type { PublishedFact } from '../../../src/pipeline/published.ts';
import { changeHistory, groupByMetric } from '../../../src/releases/history.ts';

function facts(...lines: string[]): PublishedFact[] {
  return lines.map((line) => {
    const [metric, period, occupation, kecamatan, sex, value, flag] = line.split(',');
    return { metric, period, occupation, kecamatan, sex, value: value === '' ? null : Number(value), flag } as PublishedFact;
  });
}

const july = { asOf: '2025-07-31', facts: facts('placed,2025-Q2,*,*,*,90,', 'completed,2025-Q2,*,*,*,70,') };
const august = {
  asOf: '2025-08-31',
  facts: facts('placed,2025-Q2,*,*,*,100,', 'placed,2025-Q3,*,*,*,10,', 'placed,2025-Q2,7212,*,*,41,', 'completed,2025-Q2,*,*,*,80,'),
};
const september = {
  asOf: '2025-09-30',
  facts: facts(
    'placed,2025-Q2,*,*,*,106,',
    'placed,2025-Q3,*,*,*,30,',
    'placed,2025-Q2,7212,*,*,,suppressed',
    'completed,2025-Q2,*,*,*,81,',
  ),
};

describe('changeHistory', () => {
  it('compares each release with the one before it, newest first', () => {
    expect(changeHistory([july, august, september]).map((c) => [c.newer, c.older])).toEqual([
      ['2025-09-30', '2025-08-31'],
      ['2025-08-31', '2025-07-31'],
    ]);
    expect(changeHistory([july])).toEqual([]);
    expect(changeHistory([])).toEqual([]);
  });
});

describe('groupByMetric', () => {
  it("puts every revision in its metric's group, ended periods apart from open ones, with the counts", () => {
    const [latest, earlier] = changeHistory([july, august, september]);
    const groups = groupByMetric(latest);
    expect(groups.map((g) => [g.metric, g.revised.length, g.stillOpen.length])).toEqual([
      ['placed', 2, 1],
      ['completed', 1, 0],
    ]);
    expect(groups[0].revised.map((r) => `${r.period},${r.occupation}: ${r.change}`)).toEqual(['2025-Q2,*: 6', '2025-Q2,7212: null']);
    expect(groups[0].stillOpen.map((r) => `${r.period}: ${r.before.value} → ${r.after.value}`)).toEqual(['2025-Q3: 10 → 30']);
    expect(groups.flatMap((g) => [...g.revised, ...g.stillOpen])).toHaveLength(latest.revisions.length);
    expect(groupByMetric(earlier).map((g) => [g.metric, g.summary.revised, g.summary.largest?.change])).toEqual([
      ['completed', 1, 10],
      ['placed', 1, 10],
    ]);
  });
});
