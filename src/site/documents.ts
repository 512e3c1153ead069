// The data team's documents and templates (issue 8, item 12), published with the site as they are in
// the repository, so /memperbarui-data/ can link them wherever the site is built: a build outside
// GitHub Actions knows no repository address (repository.ts), and a link must never lead nowhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILES } from './routes.ts';

export interface Document {
  /** The file in the repository. */
  file: string;
  /** Its name on the site, under /data/dokumen/. */
  name: string;
}

export const DOCUMENTS: readonly Document[] = [
  { file: 'README.md', name: 'README.md' },
  { file: 'docs/input-format.md', name: 'input-format.md' },
  { file: 'docs/data-rules.md', name: 'data-rules.md' },
  { file: 'data/templates/README.md', name: 'templat-README.md' },
  { file: 'data/templates/enrollments.csv', name: 'enrollments.csv' },
  { file: 'data/templates/certifications.csv', name: 'certifications.csv' },
  { file: 'data/templates/placements.csv', name: 'placements.csv' },
  { file: 'data/templates/vacancies.csv', name: 'vacancies.csv' },
];

export function documentByFile(file: string): Document {
  const d = DOCUMENTS.find((x) => x.file === file);
  if (!d) throw new Error(`"${file}" is not one of the published documents (src/site/documents.ts)`);
  return d;
}

/** The path of a document's copy on the site, before the base path. */
export function documentPath(file: string): string {
  return `${DATA_FILES.documents}${documentByFile(file).name}`;
}

/**
 * A document's text as published. A template's example rows hold made-up NIKs, names and employers:
 * the site publishes no such value, not even an invented one, so a template goes out as its header line
 * (the columns to fill in); the examples stay in the repository.
 */
export function documentText(file: string): string {
  const text = readFileSync(resolve(documentByFile(file).file), 'utf8');
  return file.endsWith('.csv') ? `${text.slice(0, text.search(/\r?\n/) + 1 || text.length)}` : text;
}
