// Revision-safe suppression: a new release must not let anyone recover, by subtraction across the
// pair, a small count that either release suppressed.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/pipeline/metrics.ts';
import { factKey } from '../../../src/pipeline/published.ts';
import { applySuppression, type PreviousRelease } from '../../../src/pipeline/suppress.ts';

const cells = ['3672010', '3672011', '3672020'];

/** A kecamatan breakdown of `placed` in 2025 with its total. */
function release(parts: number[]): Fact[] {
  const total: Fact = {
    metric: 'placed',
    period: '2025',
    occupation: '*',
    kecamatan: '*',
    sex: '*',
    value: parts.reduce((a, b) => a + b, 0),
    flag: '',
  };
  return [
    total,
    ...parts.map((value, i): Fact => ({
      metric: 'placed',
      period: '2025',
      occupation: '*',
      kecamatan: cells[i],
      sex: '*',
      value,
      flag: '',
    })),
  ];
}

function published(facts: Fact[]): PreviousRelease {
  return new Map(facts.map((f) => [factKey(f), { value: f.value === null ? '' : String(f.value), flag: f.flag }]));
}

const shown = (facts: Fact[]) => facts.map((f) => (f.flag === 'suppressed' ? 'S' : f.value));

describe('revision-safe suppression', () => {
  it("keeps a previous release's suppressed cells suppressed (sticky)", () => {
    const before = release([3, 7, 10]);
    applySuppression(before, 5);
    expect(shown(before)).toEqual([20, 'S', 'S', 10]);

    // One more person placed in the first kecamatan: 5 is no longer small.
    const contractOnly = release([5, 7, 10]);
    applySuppression(contractOnly, 5);
    expect(shown(contractOnly)).toEqual([22, 5, 7, 10]); // with the old release: 20 − 10 − 7 = 3, the suppressed count
    const safe = release([5, 7, 10]);
    applySuppression(safe, 5, published(before));
    expect(shown(safe)).toEqual([22, 'S', 'S', 10]);
  });

  it('does not protect a new small cell with a part whose value the previous release already published', () => {
    const before = release([6, 7, 10]);
    applySuppression(before, 5);
    expect(shown(before)).toEqual([23, 6, 7, 10]);

    // A revision moves the first kecamatan from 6 to 4.
    const contractOnly = release([4, 7, 10]);
    applySuppression(contractOnly, 5);
    expect(shown(contractOnly)).toEqual([21, 'S', 'S', 10]); // 7 was published unchanged before: 21 − 10 − 7 = 4
    const safe = release([4, 7, 10]);
    applySuppression(safe, 5, published(before));
    // 7 and 10 are both known from the previous release, so only the total can protect the 4.
    expect(shown(safe)).toEqual(['S', 'S', 7, 10]);
  });

  it('protects with a part whose value changed when there is one', () => {
    const before = release([6, 7, 10]);
    applySuppression(before, 5);
    const safe = release([4, 7, 12]);
    applySuppression(safe, 5, published(before));
    expect(shown(safe)).toEqual([23, 'S', 7, 'S']);
  });

  it('changes nothing when there is no previous release', () => {
    const a = release([3, 7, 10]);
    const b = release([3, 7, 10]);
    applySuppression(a, 5);
    applySuppression(b, 5, new Map());
    expect(shown(a)).toEqual(shown(b));
  });
});
