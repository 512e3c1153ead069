// File names are published (meta.json, the methodology page): a name that holds something that looks
// like a NIK or a phone number would publish it. Such a name is refused before the file is read; the
// message names the rule and shows the name with those digits masked, never the digits themselves.

import { message, type Message } from '../messages.ts';

export type PrivateNameRule = 'nik' | 'phone';

/** Sixteen digits in a row: the length of a NIK (and of a KK number). */
const NIK = /\d{16}/;

/**
 * An Indonesian mobile number: 08…, 628… or +62 8…, 9 to 13 digits in all, with up to two spaces, dots,
 * hyphens or brackets between them (0812-3456-7890, +62 812 3456 7890, (0812) 345 678). It may not
 * continue a run of digits (the `08` of `2025-08-01-2025-08-31` is a month, not the start of a number).
 */
const PHONE = /(?<!\d[ .\-()]{0,2})(?:\+?62[ .\-()]{0,2}8(?:[ .\-()]{0,2}\d){6,10}|08(?:[ .\-()]{0,2}\d){7,11})(?![ .\-()]{0,2}\d)/;

/** The rule a name breaks, or null. */
export function privateNameRule(name: string): PrivateNameRule | null {
  if (NIK.test(name)) return 'nik';
  if (PHONE.test(name)) return 'phone';
  return null;
}

/** The name with every digit of what looks private replaced by `#`, so that a message can name the file. */
export function maskedName(name: string): string {
  return name
    .replace(new RegExp(NIK.source, 'g'), (s) => s.replace(/\d/g, '#'))
    .replace(new RegExp(PHONE.source, 'g'), (s) => s.replace(/\d/g, '#'));
}

export function privateNameMessage(rule: PrivateNameRule): Message {
  return rule === 'nik'
    ? message(
        'nama berkas memuat 16 angka berturut-turut, yang tampak seperti NIK. Nama berkas diterbitkan (meta.json, halaman metodologi): ganti namanya tanpa data pribadi, misalnya peserta_2025.csv',
        'the file name holds 16 digits in a row, which look like a NIK. File names are published (meta.json, the methodology page): rename it without personal data, e.g. peserta_2025.csv',
      )
    : message(
        'nama berkas memuat sesuatu yang tampak seperti nomor telepon (08…, 62… atau +62…). Nama berkas diterbitkan (meta.json, halaman metodologi): ganti namanya tanpa data pribadi, misalnya peserta_2025.csv',
        'the file name holds something that looks like a phone number (08…, 62… or +62…). File names are published (meta.json, the methodology page): rename it without personal data, e.g. peserta_2025.csv',
      );
}
