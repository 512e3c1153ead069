// Employer sectors for the vacancy pages. Exporters write a KBLI code (`42`, `KBLI 42`, `42110`),
// a code with its name (`42 - Konstruksi Bangunan Sipil`), a name alone, or a short name (`Baja`,
// `Outsourcing`). Codes and known names are grouped by KBLI 2020 division (2 digits). Anything else is
// free text, and free text is not published: a clerk's note such as `Budi Santoso NIK 3672… HP 0812-…`
// would go out word for word. So every text that names no division is one group, "Lainnya / tidak
// terpetakan", counted for the data team (a row warning, and a count on the methodology page) without
// its text.

import { message } from './messages.ts';
import type { Reason } from './reasons.ts';

export interface Sector {
  /** The published group: `kbli:42`, `unmapped` (a text naming no division), or `` for no sector given. */
  key: string;
  /**
   * The group for counting: as `key`, except that each distinct text of the `unmapped` group (in its
   * normalised spelling) is a variant of its own, so the texts can be counted. Never published.
   */
  variant: string;
  /** KBLI 2020 division, when known. */
  kbli: string | null;
  name_id: string;
  name_en: string;
}

/** A row of data/reference/kbli_divisions.csv, loaded with the other reference tables (reference.ts). */
export interface KbliDivision {
  code: string;
  name_id: string;
  name_en: string;
  /** Other names the division goes by in exports (`Baja`, `Outsourcing`). */
  aliases: string[];
}

/** The divisions of KBLI 2020 (those of ISIC Rev. 4): a code outside these is not a KBLI code. */
const KBLI_2020_DIVISIONS = new Set([
  '01',
  '02',
  '03',
  '05',
  '06',
  '07',
  '08',
  '09',
  ...Array.from({ length: 24 }, (_, i) => String(10 + i)),
  '35',
  '36',
  '37',
  '38',
  '39',
  '41',
  '42',
  '43',
  '45',
  '46',
  '47',
  '49',
  '50',
  '51',
  '52',
  '53',
  '55',
  '56',
  '58',
  '59',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '68',
  '69',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '77',
  '78',
  '79',
  '80',
  '81',
  '82',
  '84',
  '85',
  '86',
  '87',
  '88',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
  '98',
  '99',
]);

/**
 * A sector text in the form it is compared in: lower case, accents dropped, `&` / `dan` / `and` as
 * one word, every other mark a space, spaces collapsed. `24 - Industri Logam Dasar`,
 * `(24) industri  logam dasar.` and `KBLI 24: Industri Logam Dasar` differ only in the code part.
 */
export function normaliseSectorText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, (mark) => (mark.includes('&') ? ' dan ' : ' '))
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (w === 'and' ? 'dan' : w))
    .join(' ');
}

/** A code first, then at most a name (no more digits): `42`, `kbli 42`, `kbli42`, `42110`, `24 industri logam dasar`. */
const CODE_FIRST = /^(?:kbli ?)?(\d{2})\d{0,3}(?: \D*)?$/;
/** A name, then the code: `industri logam dasar kbli 24`. */
const CODE_LAST = /^\D* kbli ?(\d{2})\d{0,3}$/;
/** A name, then a bare code, read only when the two agree: `industri logam dasar 24`. */
const NAME_THEN_CODE = /^(\D+) (\d{2})\d{0,3}$/;

const UNKNOWN: Sector = { key: '', variant: '', kbli: null, name_id: 'Tidak diketahui', name_en: 'Unknown' };
export const UNMAPPED_SECTOR = { key: 'unmapped', name_id: 'Lainnya / tidak terpetakan', name_en: 'Other / not mapped' } as const;

/** The row warning for a sector that names no KBLI division: the text is not shown (it may name a person). */
export const UNMAPPED_SECTOR_REASON: Reason = {
  ...message(
    `bukan kode atau nama divisi KBLI; diterbitkan sebagai "${UNMAPPED_SECTOR.name_id}", teksnya tidak ditampilkan`,
    `not a KBLI division code or name; published as "${UNMAPPED_SECTOR.name_en}", its text is not shown`,
  ),
  fix: message(
    'tulis kode KBLI (mis. 24 atau 24 - Industri Logam Dasar); jangan menulis nama orang, NIK atau nomor telepon di kolom sektor',
    'write a KBLI code (e.g. 24 or 24 - Industri Logam Dasar); never write names, NIKs or phone numbers in the sector column',
  ),
};

/** Returns a function that groups a sector text by KBLI division, or as unmapped. */
export function sectorClassifier(divisions: readonly KbliDivision[]): (text: string) => Sector {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const byName = new Map<string, string>();
  for (const d of divisions) for (const name of [d.name_id, d.name_en, ...d.aliases]) byName.set(normaliseSectorText(name), d.code);
  const division = (code: string): Sector => {
    const known = byCode.get(code);
    const key = `kbli:${code}`;
    return { key, variant: key, kbli: code, name_id: known?.name_id ?? `KBLI ${code}`, name_en: known?.name_en ?? `KBLI ${code}` };
  };
  const classify = (text: string): Sector => {
    const clean = normaliseSectorText(text);
    if (clean === '') return UNKNOWN;
    const named = NAME_THEN_CODE.exec(clean);
    const agreed = named && byName.get(named[1]) === named[2] ? named[2] : undefined;
    const code = (CODE_FIRST.exec(clean) ?? CODE_LAST.exec(clean))?.[1] ?? agreed ?? byName.get(clean);
    if (code !== undefined && KBLI_2020_DIVISIONS.has(code)) return division(code);
    return {
      key: UNMAPPED_SECTOR.key,
      variant: `${UNMAPPED_SECTOR.key}:${clean}`,
      kbli: null,
      name_id: UNMAPPED_SECTOR.name_id,
      name_en: UNMAPPED_SECTOR.name_en,
    };
  };
  // Exports repeat a few sector texts over millions of rows: each distinct text is classified once
  // (up to SECTOR_MEMO_LIMIT of them, so free text cannot grow the memo without end).
  const memo = new Map<string, Sector>();
  return (text) => {
    let sector = memo.get(text);
    if (sector === undefined) {
      sector = classify(text);
      if (memo.size < SECTOR_MEMO_LIMIT) memo.set(text, sector);
    }
    return sector;
  };
}

const SECTOR_MEMO_LIMIT = 10_000;
