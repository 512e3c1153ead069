// Whole numbers as people write them in Indonesian and English spreadsheets (contract §3):
// `12`, `1.200`, `1,200`, `Rp 5.128.084`, `Rp 5.128.084,00`, `Rp 4.950.000,-`, `1,200.00`.
// A separator followed by exactly three digits groups thousands (`12.000` is twelve thousand);
// a decimal part is accepted only when it changes nothing (one or two zeros, or a dash).

import { message, type Message } from '../messages.ts';
import { withFix, type Reason } from '../reasons.ts';
import { invalid, type ValueResult } from './result.ts';

export const NUMBER_REASONS = {
  notWholeNumber: message('bukan bilangan bulat (contoh: 12, 1.200, Rp 5.128.084)', 'not a whole number (e.g. 12, 1.200, Rp 5.128.084)'),
  fraction: message('angka desimal tidak diterima: tulis bilangan bulat', 'decimals are not accepted: write a whole number'),
  negative: withFix(
    message('angka tidak boleh negatif', 'the number cannot be negative'),
    message(
      'hapus tanda minus, atau kosongkan sel bila nilainya tidak diketahui',
      'remove the minus sign, or leave the cell empty when the value is not known',
    ),
  ),
  tooLarge: withFix(
    message('angka terlalu besar', 'the number is too large'),
    message(
      'periksa salah ketik (angka nol berlebih, atau dua angka tergabung dalam satu sel)',
      'check for a typo (extra zeros, or two numbers run together in one cell)',
    ),
  ),
  zeroPositions: withFix(
    message('jumlah kebutuhan minimal 1', 'the number of positions must be at least 1'),
    message(
      'tulis jumlah orang yang dibutuhkan (1 atau lebih); kosongkan sel bila 1; hapus baris lowongan yang dibatalkan',
      'write how many people are needed (1 or more); leave the cell empty for 1; remove the row of a cancelled vacancy',
    ),
  ),
} as const;

const NOT_WHOLE_NUMBER = invalid(NUMBER_REASONS.notWholeNumber);
const FRACTION = invalid(NUMBER_REASONS.fraction);
const NEGATIVE = invalid(NUMBER_REASONS.negative);
const TOO_LARGE = invalid(NUMBER_REASONS.tooLarge);
const ZERO_POSITIONS = invalid(NUMBER_REASONS.zeroPositions);

const DIGITS = /^\d+$/;
// Spaces may stand anywhere, the no-break space and other Unicode spaces too (`1 200`, `Rp 5.000`).
const WHITE_SPACE = /\s+/g;
const RUPIAH = /^rp\.?/i;
// Digits, or groups of three after one consistent separator; then optionally a decimal mark
// followed by one or two zeros or a dash. Capture 1: the digits; 2: the decimal mark.
const GROUPED = /^(\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+)(?:([.,])(?:00?|-))?$/;
// Recognised only to say what is wrong with it.
const WITH_FRACTION = /^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+)[.,]\d+$/;
const WITH_MINUS = /^-\d/;
const SEPARATORS = /[.,]/g;

function fromDigits(digits: string): ValueResult<number> {
  const value = Number(digits);
  return Number.isSafeInteger(value) ? { ok: true, value } : TOO_LARGE;
}

/** A cleaned, non-empty cell as a non-negative safe integer. */
export function parseInteger(raw: string): ValueResult<number> {
  if (DIGITS.test(raw)) return fromDigits(raw);

  const text = raw.replace(WHITE_SPACE, '').replace(RUPIAH, '');
  const m = GROUPED.exec(text);
  if (m !== null) {
    const digits = m[1];
    const decimalMark = m[2];
    // `1.200.00` uses one mark for both thousands and decimals: that is no number.
    if (decimalMark !== undefined && digits.includes(decimalMark)) return NOT_WHOLE_NUMBER;
    return fromDigits(digits.replace(SEPARATORS, ''));
  }
  if (WITH_MINUS.test(text)) return NEGATIVE;
  if (WITH_FRACTION.test(text)) return FRACTION;
  return NOT_WHOLE_NUMBER;
}

/** The number of positions of a vacancy: a whole number of at least 1. */
export function parsePositions(raw: string): ValueResult<number> {
  const result = parseInteger(raw);
  if (result.ok && result.value === 0) return ZERO_POSITIONS;
  return result;
}

/** The largest plausible value of a column (contract `max`), with the unit its message names. */
export interface Bound {
  value: number;
  unit: Message;
}

/** "lebih dari 10.000 posisi dalam satu lowongan: salah ketik?" */
export function beyondBound(bound: Bound): Reason {
  const id = bound.value.toLocaleString('id-ID');
  const en = bound.value.toLocaleString('en-GB');
  return withFix(
    message(`lebih dari ${id} ${bound.unit.id}: salah ketik?`, `more than ${en} ${bound.unit.en}: a typing error?`),
    message(
      `periksa angka nol berlebih atau dua angka yang tergabung dalam satu sel; nilai di atas ${id} tidak diterima`,
      `check for extra zeros or two numbers run together in one cell; values above ${en} are not accepted`,
    ),
  );
}

/** A parser that also refuses values above the bound, with `beyondBound`'s reason. */
export function atMost(parse: (raw: string) => ValueResult<number>, bound: Bound): (raw: string) => ValueResult<number> {
  const beyond = invalid(beyondBound(bound));
  return (raw) => {
    const result = parse(raw);
    return result.ok && result.value > bound.value ? beyond : result;
  };
}
