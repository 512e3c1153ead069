// Why an entry under the input folder is not read, and what to do about it: every entry is either
// read or named with one of these (build summary, meta.json's `ignored_reasons`, data:check). The
// codes are published in meta.json; the words are for the console.

import { DATASETS, DATASET_STEMS, REFERENCE_COLUMNS } from '../contract.ts';
import { message } from '../messages.ts';
import { withFix, type Reason } from '../reasons.ts';

export const NOT_READ_REASONS = [
  'no_dataset',
  'spreadsheet',
  'not_csv',
  'name_spaces',
  'broken_link',
  'unreadable',
  'not_a_file',
  'not_reference_table',
] as const;

export type NotReadReason = (typeof NOT_READ_REASONS)[number];

/** An entry that is not read: a file, or a folder (its name ends with `/`) that could not be looked into. */
export interface NotRead {
  /** Relative to the input folder, with `/` separators. */
  name: string;
  reason: NotReadReason;
}

const STEMS = DATASETS.flatMap((d) => DATASET_STEMS[d]).join(', ');
const TABLES = Object.keys(REFERENCE_COLUMNS)
  .map((t) => `${t}.csv`)
  .join(', ');

export const NOT_READ: Record<NotReadReason, Reason> = {
  no_dataset: withFix(
    message('berkas .csv yang tidak cocok dengan data mana pun', 'a .csv file that matches no dataset'),
    message(
      `beri nama yang diawali ${STEMS}, atau letakkan di folder bernama salah satu dari itu`,
      `give it a name starting with ${STEMS}, or put it in a folder named one of those`,
    ),
  ),
  spreadsheet: withFix(
    message('bukan .csv (berkas spreadsheet)', 'not a .csv (a spreadsheet file)'),
    message(
      'simpan sebagai CSV UTF-8 (Excel: Simpan sebagai → CSV UTF-8), atau pindahkan dari folder ekspor',
      'save it as CSV UTF-8 (Excel: Save As → CSV UTF-8), or move it out of the exports folder',
    ),
  ),
  not_csv: withFix(
    message('bukan .csv', 'not a .csv'),
    message(
      'bila isinya tabel teks (pemisah koma, titik koma atau tab), ganti akhiran namanya menjadi .csv; bila bukan data ekspor, pindahkan dari folder ekspor',
      'if it holds a text table (comma, semicolon or tab separated), rename it to end in .csv; if it is not an export, move it out of the exports folder',
    ),
  ),
  name_spaces: withFix(
    message('nama berawalan atau berakhiran spasi', 'the name starts or ends with a space'),
    message(
      'ganti namanya tanpa spasi di awal atau di akhir (misalnya "lowongan_2025.csv")',
      'rename it without the space at its start or end (e.g. "lowongan_2025.csv")',
    ),
  ),
  broken_link: withFix(
    message('tautan ke berkas yang tidak ada', 'a link to a file that does not exist'),
    message('salin berkas aslinya ke sini, atau hapus tautannya', 'copy the file itself here, or remove the link'),
  ),
  unreadable: withFix(
    message('tidak dapat dibuka (izin akses?)', 'cannot be opened (permissions?)'),
    message(
      'beri izin baca untuk pengguna yang menjalankan build, lalu jalankan lagi',
      'give the user running the build permission to read it, then run again',
    ),
  ),
  not_a_file: withFix(
    message('bukan berkas biasa', 'not a regular file'),
    message('pindahkan dari folder ekspor', 'move it out of the exports folder'),
  ),
  not_reference_table: withFix(
    message('bukan salah satu tabel referensi', 'not one of the reference tables'),
    message(
      `di folder reference/ hanya ${TABLES} yang dibaca (satu ejaan per tabel); pindahkan berkas lain`,
      `only ${TABLES} are read in reference/ (one spelling per table); move other files out`,
    ),
  ),
};

/** A name as printed: quoted when a space at its start or end would otherwise be invisible. */
export function shownName(name: string): string {
  return name.trim() === name ? name : JSON.stringify(name);
}
