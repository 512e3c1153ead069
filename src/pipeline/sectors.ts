// Employer sectors for the vacancy pages. Exporters write a KBLI code (`42`, `KBLI 42`, `42110`),
// a code with its name (`42 - Konstruksi Bangunan Sipil`) or a name alone. Codes and known names are
// grouped by KBLI 2020 division (2 digits); any other text is grouped as written, case-insensitively.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { BUNDLED_REFERENCE_DIR } from './reference.ts';

export interface Sector {
  /** Grouping key: `kbli:42`, `text:<lower-case text>`, or `` for no sector given. */
  key: string;
  /** KBLI 2020 division, when known. */
  kbli: string | null;
  name_id: string;
  name_en: string;
}

export interface KbliDivision { code: string; name_id: string; name_en: string }

export function loadKbliDivisions(file: string = path.join(BUNDLED_REFERENCE_DIR, 'kbli_divisions.csv')): KbliDivision[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').trim(), { header: true }).data;
  return rows.map((r) => ({ code: r.kbli_code, name_id: r.name_id, name_en: r.name_en }));
}

const CODED = /^(?:kbli\s*)?(\d{2})\d{0,3}(?:\s*[-–:.]\s*(.*))?$/i;
const UNKNOWN: Sector = { key: '', kbli: null, name_id: 'Tidak diketahui', name_en: 'Unknown' };

/** Returns a function that groups a sector text; the first spelling of a free-text sector names its group. */
export function sectorClassifier(divisions: readonly KbliDivision[]): (text: string) => Sector {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const byName = new Map(divisions.map((d) => [d.name_id.toLowerCase(), d]));
  const division = (code: string, given?: string): Sector => {
    const known = byCode.get(code);
    const name = known?.name_id ?? (given ? `${given} (KBLI ${code})` : `KBLI ${code}`);
    return { key: `kbli:${code}`, kbli: code, name_id: name, name_en: known?.name_en ?? name };
  };
  return (text) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean === '') return UNKNOWN;
    const coded = CODED.exec(clean);
    if (coded) return division(coded[1], coded[2]?.trim() || undefined);
    const named = byName.get(clean.toLowerCase());
    if (named) return division(named.code);
    return { key: `text:${clean.toLowerCase()}`, kbli: null, name_id: clean, name_en: clean };
  };
}
