// What an occupation's certified supply counts (issue 8, item 5): the schemes of schemes.csv mapped to
// it, as reference.json publishes them, and any licence its workers hold that the certification data
// cannot contain (data/reference/licences-outside.csv, kept by hand with its sources in SOURCES.md).
import { resolve } from 'node:path';
import { bilingual, message } from '../pipeline/messages.ts';
import { loadReferenceTable, type ReferenceTableSpec } from '../pipeline/reference-table.ts';
import { parseOccupationCode } from '../pipeline/values/codes.ts';
import { invalid, valid } from '../pipeline/values/result.ts';
import type { Reference, SchemeRef } from './facts.ts';
import { localName } from './i18n/local-name.ts';
import type { Lang } from './i18n/index.ts';

/** A licence issued outside BNSP/LSP and Kemnaker: `only` when it is the occupation's licence, `also` beside counted schemes. */
export interface LicenceOutside {
  occupation_code: string;
  kind: 'only' | 'also';
  licence_id: string;
  licence_en: string;
  issuer_id: string;
  issuer_en: string;
  basis: string;
}

export interface SupplySources {
  schemes: SchemeRef[];
  licences: LicenceOutside[];
}

export function licencesOutsidePath(): string {
  return resolve('data/reference/licences-outside.csv');
}

const KINDS = ['only', 'also'] as const;

/** The table as the one reference loader reads it: every column required; a problem stops the site's build, naming the line. */
export const LICENCES_OUTSIDE: ReferenceTableSpec<LicenceOutside> = {
  file: 'licences-outside.csv',
  columns: [
    { name: 'occupation_code', required: true, parse: parseOccupationCode },
    {
      name: 'kind',
      required: true,
      parse: (kind) =>
        (KINDS as readonly string[]).includes(kind)
          ? valid(kind)
          : invalid(message(`kind harus "only" atau "also", bukan "${kind}"`, `kind must be "only" or "also", not "${kind}"`)),
    },
    ...['licence_id', 'licence_en', 'issuer_id', 'issuer_en', 'basis'].map((name) => ({ name, required: true })),
  ],
  maxRows: 200,
  record: (row) =>
    valid({
      occupation_code: row.get('occupation_code'),
      kind: row.get('kind') as LicenceOutside['kind'],
      licence_id: row.get('licence_id'),
      licence_en: row.get('licence_en'),
      issuer_id: row.get('issuer_id'),
      issuer_en: row.get('issuer_en'),
      basis: row.get('basis'),
    }),
};

export async function loadLicencesOutside(path: string = licencesOutsidePath()): Promise<LicenceOutside[]> {
  const loaded = await loadReferenceTable(LICENCES_OUTSIDE, path);
  if (!loaded.ok) throw new Error(`${loaded.file}${loaded.line === undefined ? '' : ` line ${loaded.line}`}: ${bilingual(loaded.message)}`);
  return loaded.rows.map((r) => r.record);
}

/** The schemes an occupation's certified supply counts, by name in the page's language, and the licences outside the data. */
export function supplySources(
  reference: Pick<Reference, 'schemes'>,
  licences: readonly LicenceOutside[],
  occupationCode: string,
  lang: Lang,
): SupplySources {
  return {
    schemes: (reference.schemes ?? [])
      .filter((s) => s.occupation_code === occupationCode)
      .sort((a, b) => localName(a, lang).localeCompare(localName(b, lang), lang)),
    licences: licences.filter((l) => l.occupation_code === occupationCode),
  };
}
