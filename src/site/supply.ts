// What an occupation's certified supply counts (issue 8, item 5): the schemes of schemes.csv mapped to
// it, as reference.json publishes them, and any licence its workers hold that the certification data
// cannot contain (data/reference/licences-outside.csv, kept by hand with its sources in SOURCES.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Reference, SchemeRef } from './facts.ts';
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

const COLUMNS = ['occupation_code', 'kind', 'licence_id', 'licence_en', 'issuer_id', 'issuer_en', 'basis'] as const;

/** Parses the table; a wrong header or kind is a mistake in the repository, so it stops the build with the line. */
export function parseLicencesOutside(text: string): LicenceOutside[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const [header, ...body] = rows;
  if (header?.join(',') !== COLUMNS.join(',')) throw new Error(`licences-outside.csv: the header must be ${COLUMNS.join(',')}`);
  return body.map((row, i) => {
    const entry = Object.fromEntries(COLUMNS.map((c, j) => [c, (row[j] ?? '').trim()])) as Record<(typeof COLUMNS)[number], string>;
    if (entry.kind !== 'only' && entry.kind !== 'also') throw new Error(`licences-outside.csv line ${i + 2}: kind must be "only" or "also", not "${entry.kind}"`);
    if (COLUMNS.some((c) => entry[c] === '')) throw new Error(`licences-outside.csv line ${i + 2}: every column needs a value`);
    return { ...entry, kind: entry.kind };
  });
}

export function loadLicencesOutside(path: string = licencesOutsidePath()): LicenceOutside[] {
  return parseLicencesOutside(readFileSync(path, 'utf8'));
}

/** The schemes an occupation's certified supply counts, by name in the page's language, and the licences outside the data. */
export function supplySources(reference: Pick<Reference, 'schemes'>, licences: readonly LicenceOutside[], occupationCode: string, lang: Lang): SupplySources {
  const name = (s: SchemeRef) => (lang === 'id' ? s.name_id : s.name_en);
  return {
    schemes: (reference.schemes ?? []).filter((s) => s.occupation_code === occupationCode).sort((a, b) => name(a).localeCompare(name(b), lang)),
    licences: licences.filter((l) => l.occupation_code === occupationCode),
  };
}
