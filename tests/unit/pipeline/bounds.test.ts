// The build never holds or publishes a number it cannot represent (issue 7, item 2).
import { describe, expect, it } from 'vitest';
import { IntColumn } from '../../../src/pipeline/columns.ts';
import type { Fact } from '../../../src/pipeline/metrics.ts';
import { unsafeCount } from '../../../src/pipeline/publish.ts';
import { atMost, parsePositions } from '../../../src/pipeline/values/numbers.ts';

const fact = (metric: Fact['metric'], value: number | null): Fact => ({
  metric,
  period: '2025',
  occupation: '*',
  kecamatan: '*',
  sex: '*',
  value,
  flag: '',
});

describe('atMost: a bound on a parsed whole number', () => {
  const positions = atMost(parsePositions, { value: 10_000, unit: { id: 'posisi dalam satu lowongan', en: 'positions in one vacancy' } });
  it('accepts the bound itself and refuses one more, with the reason and a fix', () => {
    expect(positions('10.000')).toEqual({ ok: true, value: 10_000 });
    const refused = positions('10001');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.reason.id).toBe('lebih dari 10.000 posisi dalam satu lowongan: salah ketik?');
    expect(refused.reason.en).toBe('more than 10,000 positions in one vacancy: a typing error?');
    expect(refused.reason.fix?.en).toMatch(/extra zeros/);
  });
  it('keeps the reasons of the parser it bounds', () => {
    expect(positions('0')).toMatchObject({ ok: false, reason: { en: 'the number of positions must be at least 1' } });
    expect(positions('2147483648')).toMatchObject({
      ok: false,
      reason: { en: 'more than 10,000 positions in one vacancy: a typing error?' },
    });
  });
});

describe('IntColumn refuses a value it would wrap', () => {
  it('throws instead of storing 2,147,483,648 as a negative number', () => {
    const column = new IntColumn(2);
    column.push(2 ** 31 - 1);
    expect(() => column.push(2 ** 31)).toThrow(/does not fit a 32-bit column/);
    expect(() => column.set(0, -(2 ** 31) - 1)).toThrow(/does not fit/);
    expect([...column.view()]).toEqual([2 ** 31 - 1]);
  });
});

describe('unsafeCount: a total that overflowed is never published', () => {
  it('finds a count beyond 2^53 or below zero, and leaves rates and flagged cells alone', () => {
    expect(unsafeCount([fact('demand_positions', 36), fact('placement_rate_180d', 0.5), fact('placed', null)])).toBeUndefined();
    expect(unsafeCount([fact('demand_positions', 36), fact('demand_positions', 2 ** 53)])?.value).toBe(2 ** 53);
    expect(unsafeCount([fact('demand_positions', -2147483563)])?.value).toBe(-2147483563);
  });
});
