// Amendment 1.1 (§8): the four placement rates of one cell share their cohort; no two published ones
// may differ by 1 to min-cell − 1 people, in this release or against the previous one.
import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../../src/pipeline/contract.ts';
import type { Fact } from '../../../src/pipeline/metrics.ts';
import { factKey } from '../../../src/pipeline/published.ts';
import { suppressHorizonDifferences, type PreviousRelease } from '../../../src/pipeline/suppress.ts';

/** The four rates of one cell of cohort 40, numerators by horizon; undefined = window open. */
function rates(numerators: Partial<Record<30 | 90 | 180 | 365, number>>): Fact[] {
  return ([30, 90, 180, 365] as const).map((days): Fact => {
    const n = numerators[days];
    return {
      metric: `placement_rate_${days}d` as MetricName,
      period: '2025-Q1',
      occupation: '7212',
      kecamatan: '*',
      sex: '*',
      numerator: n ?? 0,
      denominator: 40,
      value: n === undefined ? null : n / 40,
      flag: n === undefined ? 'window_open' : '',
    };
  });
}

const shown = (facts: Fact[]) => Object.fromEntries(facts.map((f) => [f.metric, f.flag === '' ? f.numerator : f.flag]));

describe('the horizon rule', () => {
  it('decides 180, 90, 30, 365 days in that order, comparing each with the published ones before it', () => {
    const facts = rates({ 30: 10, 90: 18, 180: 20, 365: 24 });
    expect(suppressHorizonDifferences(facts, 5)).toBe(2);
    // 90 is 2 from 180; 30 is 10 from 180; 365 is 4 from 180
    expect(shown(facts)).toEqual({
      placement_rate_30d: 10,
      placement_rate_90d: 'suppressed',
      placement_rate_180d: 20,
      placement_rate_365d: 'suppressed',
    });
  });

  it('does not compare with a suppressed rate, nor with an open window', () => {
    const facts = rates({ 30: 16, 90: 18, 180: 20 });
    suppressHorizonDifferences(facts, 5);
    // 30 differs from the suppressed 90 by 2, from 180 by 4
    expect(shown(facts)).toEqual({
      placement_rate_30d: 'suppressed',
      placement_rate_90d: 'suppressed',
      placement_rate_180d: 20,
      placement_rate_365d: 'window_open',
    });
    const open = rates({ 30: 16, 90: 18 });
    suppressHorizonDifferences(open, 5);
    expect(shown(open)).toEqual({
      placement_rate_30d: 'suppressed',
      placement_rate_90d: 18,
      placement_rate_180d: 'window_open',
      placement_rate_365d: 'window_open',
    });
  });

  it('publishes equal numerators and differences of min-cell or more', () => {
    const facts = rates({ 30: 15, 90: 20, 180: 20, 365: 25 });
    expect(suppressHorizonDifferences(facts, 5)).toBe(0);
  });

  it('with a previous release that published a rate now suppressed with the same value, hides the one decided before it instead', () => {
    // August: 180 days still open, 90 days published as 18 of 40. September: 180 days closes at 20.
    const august = rates({ 30: 10, 90: 18 });
    const previous: PreviousRelease = new Map(
      august.map((f) => [factKey(f), { value: f.value === null ? '' : String(f.value), flag: f.flag }]),
    );
    const september = rates({ 30: 10, 90: 18, 180: 20 });
    const truth = new Map(september.map((f) => [f, f.value]));
    const revealed = (f: Fact) => previous.get(factKey(f))?.flag === '' && Number(previous.get(factKey(f))!.value) === truth.get(f);
    suppressHorizonDifferences(september, 5, { hidden: (f) => f.flag === 'suppressed' && !revealed(f), hideable: (f) => !revealed(f) });
    // suppressing the 90-day rate again would hide nothing: 18 is in August's file; so 180 days goes
    expect(shown(september)).toEqual({
      placement_rate_30d: 10,
      placement_rate_90d: 18,
      placement_rate_180d: 'suppressed',
      placement_rate_365d: 'window_open',
    });
  });
});
