import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../../src/pipeline/contract.ts';
import type { Fact } from '../../../src/pipeline/metrics.ts';
import { parentPeriod } from '../../../src/pipeline/periods.ts';
import {
  applySuppression,
  suppressComplementary,
  suppressRates,
  suppressSmallCells,
  suppressionGroups,
} from '../../../src/pipeline/suppress.ts';

function fact(metric: MetricName, period: string, occupation: string, kecamatan: string, sex: string, value: number): Fact {
  return { metric, period, occupation, kecamatan, sex, value, flag: '' };
}

const show = (facts: Fact[]) =>
  facts.map((f) => `${f.metric},${f.period},${f.occupation},${f.kecamatan},${f.sex}=${f.flag === 'suppressed' ? 'S' : f.value}`);

describe('primary suppression', () => {
  it('hides private counts from 1 to min-cell − 1 and publishes zero and min-cell', () => {
    const facts = [0, 1, 4, 5].map((v, i) => fact('enrolled', '2025', String(7210 + i), '*', '*', v));
    facts.push(fact('demand_positions', '2025', '7212', '*', '*', 3));
    suppressSmallCells(facts, 5);
    expect(show(facts)).toEqual([
      'enrolled,2025,7210,*,*=0',
      'enrolled,2025,7211,*,*=S',
      'enrolled,2025,7212,*,*=S',
      'enrolled,2025,7213,*,*=5',
      'demand_positions,2025,7212,*,*=3',
    ]);
  });

  it('follows the min-cell setting', () => {
    const facts = [fact('placed', '2025', '*', '*', '*', 9)];
    suppressSmallCells(facts, 10);
    expect(facts[0].flag).toBe('suppressed');
    expect(facts[0].value).toBeNull();
  });
});

describe('complementary suppression in a breakdown with its total', () => {
  it('hides the smallest other non-zero part when exactly one part is hidden', () => {
    const facts = [
      fact('completed', '2025', '*', '*', '*', 20),
      fact('completed', '2025', '7212', '*', '*', 3),
      fact('completed', '2025', '7126', '*', '*', 7),
      fact('completed', '2025', '8344', '*', '*', 10),
      fact('completed', '2025', 'other', '*', '*', 0),
    ];
    applySuppression(facts, 5);
    expect(show(facts)).toEqual([
      'completed,2025,*,*,*=20',
      'completed,2025,7212,*,*=S',
      'completed,2025,7126,*,*=S',
      'completed,2025,8344,*,*=10',
      'completed,2025,other,*,*=0',
    ]);
  });

  it('breaks ties by the byte order of the key, as in facts.csv', () => {
    const facts = [
      fact('enrolled', '2025', '*', '*', '*', 20),
      fact('enrolled', '2025', '*', '*', 'unknown', 2),
      fact('enrolled', '2025', '*', '*', 'P', 9),
      fact('enrolled', '2025', '*', '*', 'L', 9),
    ];
    applySuppression(facts, 5);
    // 'L' < 'P' in byte order.
    expect(show(facts)).toEqual([
      'enrolled,2025,*,*,*=20',
      'enrolled,2025,*,*,unknown=S',
      'enrolled,2025,*,*,P=9',
      'enrolled,2025,*,*,L=S',
    ]);
  });

  it('hides the total when no other non-zero part is published', () => {
    const total = fact('certified', '2025', '*', '*', '*', 9);
    const parts = [fact('certified', '2025', '3672010', '*', '*', 4), fact('certified', '2025', '*', 'unknown', '*', 0)];
    parts[0].flag = 'suppressed';
    parts[0].value = null;
    expect(suppressComplementary([{ total, parts }])).toBe(1);
    expect(total.flag).toBe('suppressed');
  });

  it('leaves a group alone when two parts are hidden or the total is hidden', () => {
    const facts = [
      fact('placed', '2025', '*', '*', '*', 30),
      fact('placed', '2025', '*', '3672010', '*', 2),
      fact('placed', '2025', '*', '3672011', '*', 3),
      fact('placed', '2025', '*', '3672020', '*', 25),
    ];
    applySuppression(facts, 5);
    expect(facts.filter((f) => f.flag === 'suppressed')).toHaveLength(2);
  });
});

describe('complementary suppression over periods', () => {
  it('groups a year with its quarters and a quarter with its months', () => {
    expect(parentPeriod('2025-Q3')).toBe('2025');
    expect(parentPeriod('2025-09')).toBe('2025-Q3');
    expect(parentPeriod('2025-10')).toBe('2025-Q4');
    expect(parentPeriod('2025')).toBeNull();
  });

  it('hides a second quarter when one quarter of a published year is hidden', () => {
    const facts = [
      fact('enrolled', '2025', '7212', '*', '*', 30),
      fact('enrolled', '2025-Q1', '7212', '*', '*', 2),
      fact('enrolled', '2025-Q2', '7212', '*', '*', 10),
      fact('enrolled', '2025-Q3', '7212', '*', '*', 8),
      fact('enrolled', '2025-Q4', '7212', '*', '*', 10),
    ];
    applySuppression(facts, 5);
    expect(show(facts).filter((s) => s.endsWith('=S'))).toEqual(['enrolled,2025-Q1,7212,*,*=S', 'enrolled,2025-Q3,7212,*,*=S']);
  });

  it('does not group certified_pool over periods (a stock, not a flow)', () => {
    const facts = [
      fact('certified_pool', '2025', '*', '*', '*', 30),
      fact('certified_pool', '2025-Q1', '*', '*', '*', 3),
      fact('certified_pool', '2025-Q2', '*', '*', '*', 30),
    ];
    applySuppression(facts, 5);
    expect(show(facts)).toEqual(['certified_pool,2025,*,*,*=30', 'certified_pool,2025-Q1,*,*,*=S', 'certified_pool,2025-Q2,*,*,*=30']);
  });

  it('repeats until nothing changes: a cell hidden in one group opens another', () => {
    const facts = [
      fact('completed', '2025', '*', '*', '*', 40),
      fact('completed', '2025', '7212', '*', '*', 3), // primary
      fact('completed', '2025', '7126', '*', '*', 12), // complementary in the occupation group of 2025 …
      fact('completed', '2025', '8344', '*', '*', 25),
      fact('completed', '2025-Q1', '7126', '*', '*', 6), // … so 7126's quarters, all published, would add up to it:
      fact('completed', '2025-Q2', '7126', '*', '*', 6), // the first of the smallest is hidden too
      fact('completed', '2025-Q1', '7212', '*', '*', 3),
      fact('completed', '2025-Q2', '7212', '*', '*', 0),
    ];
    applySuppression(facts, 5);
    expect(show(facts).filter((s) => s.endsWith('=S'))).toEqual([
      'completed,2025,7212,*,*=S',
      'completed,2025,7126,*,*=S',
      'completed,2025-Q1,7126,*,*=S',
      'completed,2025-Q1,7212,*,*=S',
    ]);
  });

  it("hides a part when a group's total is hidden and every part is published (the total would be their sum)", () => {
    // Where the contract is silent: welders placed in a quarter hidden as a complement in the year's group,
    // with its three months published, would be 5 + 11 + 17; then the year's group gives the small quarter away.
    const facts = [
      fact('placed', '2023', '7212', '*', '*', 120),
      fact('placed', '2023-Q1', '7212', '*', '*', 4),
      fact('placed', '2023-Q2', '7212', '*', '*', 33),
      fact('placed', '2023-Q3', '7212', '*', '*', 44),
      fact('placed', '2023-Q4', '7212', '*', '*', 39),
      fact('placed', '2023-04', '7212', '*', '*', 5),
      fact('placed', '2023-05', '7212', '*', '*', 11),
      fact('placed', '2023-06', '7212', '*', '*', 17),
    ];
    applySuppression(facts, 5);
    expect(show(facts).filter((s) => s.endsWith('=S'))).toEqual([
      'placed,2023-Q1,7212,*,*=S',
      'placed,2023-Q2,7212,*,*=S',
      'placed,2023-04,7212,*,*=S',
    ]);
  });

  it('builds one group per breakdown and per parent period', () => {
    const facts = [
      fact('enrolled', '2025', '*', '*', '*', 9),
      fact('enrolled', '2025', '7212', '*', '*', 9),
      fact('enrolled', '2025', '*', '3672010', '*', 9),
      fact('enrolled', '2025', '*', '*', 'L', 9),
      fact('enrolled', '2025-Q1', '*', '*', '*', 9),
      fact('demand_positions', '2025', '*', '*', '*', 9),
    ];
    const groups = suppressionGroups(facts);
    expect(groups.map((g) => `${g.total.period}:${g.parts.length}`).sort()).toEqual(['2025:1', '2025:1', '2025:1', '2025:1']);
  });
});

describe('rate suppression', () => {
  const rate = (numerator: number, denominator: number, flag: Fact['flag'] = ''): Fact => ({
    ...fact('placement_rate_180d', '2024', '*', '*', '*', denominator ? numerator / denominator : 0),
    numerator,
    denominator,
    flag,
  });
  const completed = (value: number, flag: Fact['flag'] = '') => ({ ...fact('completed', '2024', '*', '*', '*', value), flag });

  it.each([
    [6, 9, 'suppressed'], // denominator below 10
    [5, 10, ''],
    [4, 20, 'suppressed'], // numerator 1–4
    [0, 20, ''], // zero placed is published
    [17, 20, 'suppressed'], // complement 3
    [20, 20, ''],
  ])('%i of %i → %s', (n, d, expected) => {
    const facts = [completed(d), rate(n, d)];
    suppressRates(facts, 5);
    expect(facts[1].flag).toBe(expected);
  });

  it('hides a rate whose cohort count is suppressed', () => {
    const facts = [completed(40, 'suppressed'), rate(20, 40)];
    suppressRates(facts, 5);
    expect(facts[1].flag).toBe('suppressed');
  });

  it('keeps window_open over suppression', () => {
    const facts = [completed(3), { ...rate(1, 3, 'window_open'), value: null }];
    applySuppression(facts, 5);
    expect(facts[1].flag).toBe('window_open');
  });
});
