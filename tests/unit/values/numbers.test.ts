import { describe, expect, it } from 'vitest';
import { NUMBER_REASONS, parseInteger, parsePositions } from '../../../src/pipeline/values/numbers.ts';

/** The number a cell is read as, or the English reason it is refused. */
function read(raw: string): number | string {
  const result = parseInteger(raw);
  return result.ok ? result.value : `invalid: ${result.reason.en}`;
}

describe('parseInteger: accepted forms', () => {
  it('reads plain digits', () => {
    expect(parseInteger('0')).toEqual({ ok: true, value: 0 });
    expect(read('12')).toBe(12);
    expect(read('5128084')).toBe(5128084);
    expect(read('007')).toBe(7);
  });

  it('reads "." or "," as thousands separators in groups of exactly three digits', () => {
    expect(read('1.200')).toBe(1200);
    expect(read('12.000')).toBe(12000);
    expect(read('1,200')).toBe(1200);
    expect(read('12,000')).toBe(12000);
    expect(read('1.000.000')).toBe(1000000);
    expect(read('1,000,000')).toBe(1000000);
  });

  it('accepts an optional Rp and spaces anywhere, the no-break space too', () => {
    expect(read('Rp 5.128.084')).toBe(5128084);
    expect(read('rp5.128.084')).toBe(5128084);
    expect(read('RP 5.128.084')).toBe(5128084);
    expect(read('Rp. 5.128.084')).toBe(5128084);
    expect(read('Rp\u00a05.128.084')).toBe(5128084);
    expect(read('1 200')).toBe(1200);
    expect(read('5\u202f128\u202f084')).toBe(5128084);
    expect(read('Rp 5 . 128 . 084')).toBe(5128084);
  });

  it('drops a decimal part of one or two zeros, or a dash', () => {
    expect(read('12.0')).toBe(12);
    expect(read('12,0')).toBe(12);
    expect(read('100.00')).toBe(100);
    expect(read('100,00')).toBe(100);
    expect(read('Rp 5.128.084,00')).toBe(5128084);
    expect(read('Rp 4.950.000,-')).toBe(4950000);
    expect(read('4,950,000.-')).toBe(4950000);
    expect(read('5000,-')).toBe(5000);
    expect(read('1,200.00')).toBe(1200);
  });

  it('returns safe integers only', () => {
    expect(read('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseInteger('9007199254740992')).toEqual({ ok: false, reason: NUMBER_REASONS.tooLarge });
    expect(read('99.999.999.999.999.999')).toBe(`invalid: ${NUMBER_REASONS.tooLarge.en}`);
  });
});

describe('parseInteger: refused values', () => {
  it('refuses decimals that are not zero', () => {
    expect(parseInteger('12,5')).toEqual({ ok: false, reason: NUMBER_REASONS.fraction });
    expect(read('1.2')).toBe(`invalid: ${NUMBER_REASONS.fraction.en}`);
    expect(read('12.05')).toBe(`invalid: ${NUMBER_REASONS.fraction.en}`);
    expect(read('Rp 5.128.084,50')).toBe(`invalid: ${NUMBER_REASONS.fraction.en}`);
    expect(read('12.000,5')).toBe(`invalid: ${NUMBER_REASONS.fraction.en}`);
  });

  it('refuses negative numbers', () => {
    expect(parseInteger('-5')).toEqual({ ok: false, reason: NUMBER_REASONS.negative });
    expect(read('Rp -5.000')).toBe(`invalid: ${NUMBER_REASONS.negative.en}`);
  });

  it('refuses every other form', () => {
    for (const raw of [
      'abc',
      '10 orang',
      '1e3',
      '1.20.000',
      '1.2000',
      '12.000.0',
      '1.200,000',
      '1.200.00',
      '1,200,00',
      '1.200,000.00',
      '1,200.000',
      '+5',
      '5-',
      '12.',
      '12,',
      '12.000-',
      '12.--',
      '12.000.-.',
      'Rp',
      'Rp.',
      'IDR 5000',
      '5000 Rp',
      '(5)',
      '0x10',
      '½',
      '١٢',
      '12.0.0',
      '1..200',
      '.5',
      ',5',
    ]) {
      const result = parseInteger(raw);
      expect(result.ok, raw).toBe(false);
    }
    expect(parseInteger('10 orang')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    expect(parseInteger('1.20.000')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    expect(parseInteger('1e3')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    expect(parseInteger('abc')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    // One mark cannot separate both thousands and decimals.
    expect(parseInteger('1.200.00')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    // Thousands separators must be consistent.
    expect(parseInteger('1.000,000.000')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
  });
});

describe('parsePositions: a whole number of at least 1', () => {
  it('reads what parseInteger reads', () => {
    expect(parsePositions('1')).toEqual({ ok: true, value: 1 });
    expect(parsePositions('12.000')).toEqual({ ok: true, value: 12000 });
    expect(parsePositions('3,0')).toEqual({ ok: true, value: 3 });
  });

  it('refuses 0 with its own reason', () => {
    expect(parsePositions('0')).toEqual({ ok: false, reason: NUMBER_REASONS.zeroPositions });
    expect(parsePositions('0,00')).toEqual({ ok: false, reason: NUMBER_REASONS.zeroPositions });
  });

  it('refuses what parseInteger refuses, with its reason', () => {
    expect(parsePositions('10 orang')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    expect(parsePositions('abc')).toEqual({ ok: false, reason: NUMBER_REASONS.notWholeNumber });
    expect(parsePositions('-1')).toEqual({ ok: false, reason: NUMBER_REASONS.negative });
  });
});
