import { describe, expect, it } from 'vitest';
import { numerators, permille, rateInterval, wilson } from '../../../src/site/wilson.ts';

const four = (i: { lower: number; upper: number }) => [i.lower.toFixed(4), i.upper.toFixed(4)];

describe('95 % Wilson score interval', () => {
  it('matches known values', () => {
    expect(four(wilson(55, 100))).toEqual(['0.4524', '0.6439']);
    expect(four(wilson(8, 10))).toEqual(['0.4902', '0.9433']);
    expect(four(wilson(0, 12))).toEqual(['0.0000', '0.2425']);
    expect(four(wilson(12, 12))).toEqual(['0.7575', '1.0000']);
  });

  it('is exactly 0 and 1 at the ends, and refuses impossible shares', () => {
    expect(wilson(0, 12).lower).toBe(0);
    expect(wilson(12, 12).upper).toBe(1);
    expect(() => wilson(13, 12)).toThrow(RangeError);
    expect(() => wilson(1, 0)).toThrow(RangeError);
  });
});

describe('numerator of a published rate', () => {
  it('rounds half up in integers as the data build does', () => {
    expect(permille(7, 11)).toBe(636);
    expect(permille(1, 8)).toBe(125);
    expect(permille(1, 2000)).toBe(1);
  });

  it('is exact for every cohort up to 1000 and every numerator', () => {
    for (let n = 1; n <= 1000; n++) {
      for (let k = 0; k <= n; k++) {
        const { low, high } = numerators(permille(k, n) / 1000, n);
        if (low !== k || high !== k) throw new Error(`${k}/${n} came back as ${low}–${high}`);
      }
    }
  });

  it('can be ambiguous above 1000: the interval then spans every candidate', () => {
    // 659/1182 and 660/1182 both publish as 0.558.
    expect(permille(659, 1182)).toBe(558);
    expect(permille(660, 1182)).toBe(558);
    expect(numerators(0.558, 1182)).toEqual({ low: 659, high: 660 });
    const i = rateInterval(0.558, 1182);
    expect(i.exact).toBe(false);
    expect(i.lower).toBeCloseTo(wilson(659, 1182).lower, 12);
    expect(i.upper).toBeCloseTo(wilson(660, 1182).upper, 12);
    expect(four(i)).toEqual(['0.5291', '0.5865']);
  });

  it('gives the interval of the exact numerator for small cohorts', () => {
    expect(rateInterval(0.636, 11)).toEqual({ ...wilson(7, 11), exact: true });
  });
});
