// How sure a published rate is: the 95 % Wilson score interval of a share k / n, and the numerator
// k recovered from what facts.csv publishes (the rate to 3 decimals and its cohort, `completed`).
// Pure numbers: no cells, no formatting.

/** The normal quantile for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** Below this cohort size a rate gets a plain "small n" note: its interval is wide. */
export const SMALL_N = 30;

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The Wilson score interval of k successes out of n (Wilson 1927; Newcombe 1998, method 3). Unlike
 * p ± z·√(p(1−p)/n) it stays inside 0–1 and does not shrink to nothing at 0 % or 100 %.
 */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n <= 0 || k < 0 || k > n) {
    throw new RangeError(`wilson: need whole numbers 0 ≤ k ≤ n and n > 0, got k = ${k}, n = ${n}`);
  }
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  // At k = 0 and k = n the bound is exactly 0 or 1; floating point would give ±1e-17.
  return {
    lower: k === 0 ? 0 : (centre - spread) / scale,
    upper: k === n ? 1 : (centre + spread) / scale,
  };
}

/** The data build's rounding (DATA-CONTRACT §7): round(1000 × k / n) half up, in integers. */
export function permille(k: number, n: number): number {
  return Math.floor((2000 * k + n) / (2 * n));
}

/**
 * Every numerator k (0 ≤ k ≤ n) that the data build would have published as `rate` for a cohort of
 * n. A 3-decimal rate moves in steps of 0.001, the shares k / n in steps of 1 / n: for n ≤ 1000 the
 * steps of k / n are at least as wide as a rounding step, so exactly one k fits (`low === high`);
 * above 1000 two neighbouring k can round to the same rate.
 */
export function numerators(rate: number, n: number): { low: number; high: number } {
  const target = Math.round(rate * 1000);
  const guess = Math.round(rate * n);
  const fits: number[] = [];
  // |k − rate·n| ≤ 0.0005·n + 1 covers every k that rounds to the target; the sweep is a few steps.
  const reach = Math.ceil(n / 2000) + 1;
  for (let k = Math.max(0, guess - reach); k <= Math.min(n, guess + reach); k++) {
    if (permille(k, n) === target) fits.push(k);
  }
  if (fits.length === 0) throw new RangeError(`no numerator out of ${n} rounds to the rate ${rate}`);
  return { low: fits[0], high: fits[fits.length - 1] };
}

/**
 * The 95 % interval of a published rate from its cohort. When the rounding leaves two or more
 * numerators possible (cohorts over 1000), the interval spans all of them: it is never narrower
 * than the truth, and wider by less than 0.1 percentage point.
 */
export function rateInterval(rate: number, cohort: number): Interval & { exact: boolean } {
  const { low, high } = numerators(rate, cohort);
  return { lower: wilson(low, cohort).lower, upper: wilson(high, cohort).upper, exact: low === high };
}
