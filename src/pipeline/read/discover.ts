// Which files hold which dataset (§2): `stem*.csv` in the input folder, or any `.csv` in a sub-folder
// named like a stem (one level), English or Indonesian, names compared case-insensitively; reference
// tables in `reference/`. Every other CSV is ignored, and named so people see it was not read.

import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { DATASETS, DATASET_STEMS, REFERENCE_COLUMNS, type DatasetName, type ReferenceName } from '../contract.ts';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Relative to the input folder, with `/` separators: how the file is named everywhere. */
  name: string;
}

export interface DiscoveredInputs {
  /** Each dataset's files in ascending byte order of `name`. */
  files: Record<DatasetName, InputFile[]>;
  /** CSV files that belong to no dataset, by relative name, in byte order. */
  ignored: string[];
  /** Absolute paths of the reference tables the input replaces. */
  reference: Partial<Record<ReferenceName, string>>;
}

const REFERENCE_FOLDER = 'reference';
const REFERENCE_NAMES = Object.keys(REFERENCE_COLUMNS) as ReferenceName[];

/** Byte order of the UTF-8 names, as the contract orders files (not the locale's order). */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function isCsv(name: string): boolean {
  return name.toLowerCase().endsWith('.csv');
}

/** Follows a symbolic link to say whether an entry is a file or a folder. */
function kind(folder: string, entry: Dirent): 'file' | 'folder' | 'other' {
  if (entry.isSymbolicLink()) {
    const target = statSync(path.join(folder, entry.name), { throwIfNoEntry: false });
    return target?.isFile() ? 'file' : target?.isDirectory() ? 'folder' : 'other';
  }
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
}

function entries(folder: string): { name: string; kind: 'file' | 'folder' | 'other' }[] {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => ({ name: entry.name, kind: kind(folder, entry) }))
    .sort((a, b) => compareBytes(a.name, b.name));
}

function datasetOfFileName(name: string): DatasetName | null {
  const lower = name.toLowerCase();
  return DATASETS.find((d) => DATASET_STEMS[d].some((stem) => lower.startsWith(stem))) ?? null;
}

function datasetOfFolder(name: string): DatasetName | null {
  const lower = name.toLowerCase();
  return DATASETS.find((d) => DATASET_STEMS[d].includes(lower)) ?? null;
}

/**
 * The dataset of one CSV file named on its own (`npm run data:check FILE`), by the same stems: its
 * folder's name when that names a dataset (as `INPUT/sertifikasi/lsp-2025.csv`), else its own name (as
 * `INPUT/sertifikasi_2025.csv`). Null when neither does, or when it is not a `.csv` file.
 */
export function datasetOfFile(file: string): DatasetName | null {
  const name = path.basename(file);
  if (!isCsv(name)) return null;
  return datasetOfFolder(path.basename(path.dirname(path.resolve(file)))) ?? datasetOfFileName(name);
}

/**
 * Input made of files named one by one (`npm run data:check FILE…`), each recognised by datasetOfFile
 * and named as given; the project's reference tables apply. Files that are not recognised (or not `.csv`)
 * are listed as ignored.
 */
export function discoverFiles(paths: readonly string[]): DiscoveredInputs {
  const files = Object.fromEntries(DATASETS.map((d) => [d, [] as InputFile[]])) as Record<DatasetName, InputFile[]>;
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    const name = given.split(path.sep).join('/');
    const dataset = datasetOfFile(given);
    if (dataset === null) ignored.push(name);
    else files[dataset].push({ path: absolute, name });
  }
  for (const d of DATASETS) files[d].sort((a, b) => compareBytes(a.name, b.name));
  ignored.sort(compareBytes);
  return { files, ignored, reference: {} };
}

/**
 * Finds the input files in `dir`. CSV files one level down in a folder that is neither a dataset's nor
 * `reference/` are listed as ignored too; deeper folders are not looked into.
 */
export function discoverInputs(dir: string): DiscoveredInputs {
  const root = path.resolve(dir);
  const files = Object.fromEntries(DATASETS.map((d) => [d, [] as InputFile[]])) as Record<DatasetName, InputFile[]>;
  const ignored: string[] = [];
  const reference: Partial<Record<ReferenceName, string>> = {};

  const take = (dataset: DatasetName | null, name: string) => {
    if (dataset === null) ignored.push(name);
    else files[dataset].push({ path: path.join(root, ...name.split('/')), name });
  };

  for (const entry of entries(root)) {
    if (entry.kind === 'file' && isCsv(entry.name)) {
      take(datasetOfFileName(entry.name), entry.name);
    } else if (entry.kind === 'folder' && entry.name.toLowerCase() === REFERENCE_FOLDER) {
      for (const table of entries(path.join(root, entry.name))) {
        const name = REFERENCE_NAMES.find((r) => `${r}.csv` === table.name.toLowerCase());
        // Two spellings of one table (Programs.csv, programs.csv): the first in byte order is read.
        if (table.kind === 'file' && name && reference[name] === undefined) reference[name] = path.join(root, entry.name, table.name);
      }
    } else if (entry.kind === 'folder') {
      const dataset = datasetOfFolder(entry.name);
      for (const inner of entries(path.join(root, entry.name))) {
        if (inner.kind === 'file' && isCsv(inner.name)) take(dataset, `${entry.name}/${inner.name}`);
      }
    }
  }

  for (const d of DATASETS) files[d].sort((a, b) => compareBytes(a.name, b.name));
  ignored.sort(compareBytes);
  return { files, ignored, reference };
}
