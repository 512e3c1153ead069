// The project's terms, one form each per language: what a page says, and the forms it must not
// (issue 8: "triwulan I" not "TW1", "bersertifikat" not "tersertifikasi", "membuka lowongan" not
// "memasang posisi"). The string tables (id.ts, en.ts) and the built pages are tested against it.
import type { Lang } from './lang.ts';

export interface Term {
  /** The one form used, in Indonesian and English. */
  id: string;
  en: string;
  /** What the term means, for the methodology and for whoever writes a new string. */
  meaning: string;
  /** Forms that must not appear in page text, per language. */
  avoid: { id?: RegExp[]; en?: RegExp[] };
}

export const GLOSSARY: readonly Term[] = [
  {
    id: 'triwulan I … IV',
    en: 'Q1 … Q4',
    meaning: 'a calendar quarter, written with Roman numerals in Indonesian',
    avoid: { id: [/\bTW ?[1-4]\b/, /\btriwulan [1-4]\b/i, /\bTrw\b/] },
  },
  { id: 'bersertifikat', en: 'certified', meaning: 'assessed competent by an LSP/BNSP in the period', avoid: { id: [/tersertifikasi/i] } },
  {
    id: 'membuka lowongan',
    en: 'post a vacancy',
    meaning: 'what an employer does with a vacancy',
    avoid: { id: [/\bmemasang\b/i, /\bdipasang\b/i] },
  },
  {
    id: 'masa pantau 180 hari',
    en: '180-day window',
    meaning: 'the days after training in which a placement counts',
    avoid: { id: [/\bjendela\b/i] },
  },
  {
    id: 'disembunyikan',
    en: 'hidden / suppressed',
    meaning: 'a small count of people not published (privacy)',
    avoid: { id: [/disamarkan/i, /\bsel kecil\b/i] },
  },
  { id: 'Data contoh', en: 'Sample data', meaning: 'the bundled synthetic data', avoid: { id: [/(^|[.:]\s)Contoh:/] } },
  { id: 'Jumlah', en: 'Total', meaning: 'the row holding the whole of a breakdown', avoid: { id: [/\bTotal\b/] } },
  { id: 'Lainnya', en: 'Other', meaning: 'occupations outside the list', avoid: {} },
  { id: 'Tidak diketahui', en: 'Unknown', meaning: 'no kecamatan (or sex) recorded', avoid: {} },
  { id: 'sementara', en: 'provisional', meaning: 'a period its sources have not finished reporting', avoid: {} },
];

/** The avoided forms found in a text, as "form (use: term)". */
export function offTerms(text: string, lang: Lang): string[] {
  return GLOSSARY.flatMap((term) =>
    (term.avoid[lang] ?? []).flatMap((re) => {
      const m = re.exec(text);
      return m ? [`"${m[0]}" (use: ${term[lang]})`] : [];
    }),
  );
}
