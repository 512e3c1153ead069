import { describe, expect, it } from 'vitest';
import { CODE_REASONS, codeKey, parseOccupationCode } from '../../../src/pipeline/values/codes.ts';

describe('parseOccupationCode: a KBJI 2014 code of exactly four digits', () => {
  it('reads four digits and keeps leading zeros', () => {
    expect(parseOccupationCode('7212')).toEqual({ ok: true, value: '7212' });
    expect(parseOccupationCode('0110')).toEqual({ ok: true, value: '0110' });
    expect(parseOccupationCode('0000')).toEqual({ ok: true, value: '0000' });
  });

  it('reads a code that Excel wrote as a number with zero decimals', () => {
    expect(parseOccupationCode('7212.0')).toEqual({ ok: true, value: '7212' });
    expect(parseOccupationCode('7212.00')).toEqual({ ok: true, value: '7212' });
    expect(parseOccupationCode('7212,0')).toEqual({ ok: true, value: '7212' });
    expect(parseOccupationCode('0110.0')).toEqual({ ok: true, value: '0110' });
  });

  it('refuses anything else', () => {
    for (const raw of ['72121', '-', '72a2', 'abc', '7212.5', '7212.000', '7212.', '72 12', '7.212', '+7212', '７２１２', 'KBJI 7212']) {
      expect(parseOccupationCode(raw), raw).toEqual({ ok: false, reason: CODE_REASONS.notFourDigits });
    }
  });

  it('suggests that a leading zero was lost when there are fewer than four digits', () => {
    for (const raw of ['721', '110', '1']) {
      expect(parseOccupationCode(raw), raw).toEqual({ ok: false, reason: CODE_REASONS.leadingZeroLost });
    }
  });
});

describe('codeKey: program and scheme codes compare case-insensitively', () => {
  it('is the code in lower case', () => {
    expect(codeKey('LAS-SMAW-3G')).toBe('las-smaw-3g');
    expect(codeKey('las-smaw-3g')).toBe(codeKey('Las-Smaw-3G'));
  });

  it('changes nothing but case', () => {
    expect(codeKey('LAS 01')).not.toBe(codeKey('LAS-01'));
    expect(codeKey('K3.UMUM')).toBe('k3.umum');
  });
});
