// Codes in the data: KBJI 2014 occupation codes (exactly four digits, leading zeros kept) and the
// comparison key of program and scheme codes, which people type in any case (contract §3).

import { message } from '../messages.ts';
import { invalid, type ValueResult } from './result.ts';

export const CODE_REASONS = {
  notFourDigits: message('kode KBJI harus 4 angka (contoh: 7212)', 'a KBJI code has 4 digits (e.g. 7212)'),
  leadingZeroLost: message(
    'kode KBJI harus 4 angka (contoh: 7212, 0110); jika angka 0 di depan hilang, format kolom sebagai Teks di Excel',
    'a KBJI code has 4 digits (e.g. 7212, 0110); if a leading 0 was lost, format the column as Text in Excel',
  ),
} as const;

const NOT_FOUR_DIGITS = invalid(CODE_REASONS.notFourDigits);
const LEADING_ZERO_LOST = invalid(CODE_REASONS.leadingZeroLost);

const FOUR_DIGITS = /^\d{4}$/;
// Excel writes a code stored as a number with a decimal part: `7212.0`, or `7212,0` in Indonesian.
const FOUR_DIGITS_WITH_ZEROS = /^(\d{4})[.,]00?$/;
const UP_TO_THREE_DIGITS = /^\d{1,3}$/;

/** A cleaned, non-empty cell as a 4-digit occupation code (`7212`, `0110`; `7212.0` → `7212`). */
export function parseOccupationCode(raw: string): ValueResult<string> {
  if (FOUR_DIGITS.test(raw)) return { ok: true, value: raw };
  const m = FOUR_DIGITS_WITH_ZEROS.exec(raw);
  if (m !== null) return { ok: true, value: m[1] };
  return UP_TO_THREE_DIGITS.test(raw) ? LEADING_ZERO_LOST : NOT_FOUR_DIGITS;
}

/**
 * The key under which program and scheme codes are compared: the code in lower case, so that
 * `LAS-01`, `las-01` and `Las-01` are one code. Lower-casing is locale-independent (`toLowerCase`,
 * never `toLocaleLowerCase`), so the same file matches the same way on every machine. Nothing else
 * is changed: `LAS-01` and `LAS 01` stay different codes. Apply it to both sides of a comparison.
 */
export function codeKey(raw: string): string {
  return raw.toLowerCase();
}
