// Which files hold which dataset (§2): `stem*.csv` in the input folder, or any `.csv` in a sub-folder
// named like a stem, English or Indonesian, names compared case-insensitively; reference tables in
// `reference/`. A dataset's folder is read with its sub-folders (the contract says one level; reading
// deeper in the dataset's own folder is our extension, docs/data-rules.md). Every other entry under the
// input folder is named with why it is not read (not-read.ts), so that nothing vanishes unseen; only
// hidden entries (`.git/`, `.gitattributes`) and the folder's own notes (README*, SAMPLE-DATA.txt) are
// passed over. A name that looks private (file-names.ts) is refused, since file names are published.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { DATASETS, DATASET_STEMS, REFERENCE_COLUMNS, type DatasetName, type ReferenceName } from '../contract.ts';
import { message, type Message } from '../messages.ts';
import { maskedName, privateNameMessage, privateNameRule } from './file-names.ts';
import type { NotRead, NotReadReason } from './not-read.ts';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Relative to the input folder, with `/` separators: how the file is named everywhere. */
  name: string;
}

export interface DiscoveredInputs {
  /** Each dataset's files in ascending byte order of `name`. */
  files: Record<DatasetName, InputFile[]>;
  /** Entries that are not read, each with why, in byte order of the name. */
  ignored: NotRead[];
  /** Absolute paths of the reference tables the input replaces. */
  reference: Partial<Record<ReferenceName, string>>;
  /**
   * Entries that stop the build before anything is read: a name that looks private (shown masked), a
   * dataset's folder that cannot be listed. In byte order of the name.
   */
  refused: { name: string; message: Message }[];
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

const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;
const OWN_FILE = /^(readme([. _-].*)?|sample-data\.txt)$/i;

/** The folder's own notes: the sample's marker, a README (not a `.csv`). Not exports, so neither read nor named. */
function isOwnFile(name: string): boolean {
  return OWN_FILE.test(name) && !isCsv(name);
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function hasOuterSpace(name: string): boolean {
  return name.trim() !== name;
}

type Kind = 'file' | 'folder' | 'other' | 'broken_link' | 'unreadable';

/** Follows a symbolic link to say whether an entry is a file or a folder. */
function kind(folder: string, entry: Dirent): Kind {
  if (entry.isSymbolicLink()) {
    try {
      const target = statSync(path.join(folder, entry.name));
      return target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR' ? 'broken_link' : 'unreadable';
    }
  }
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
}

/** A folder's entries in byte order of their names; null when it cannot be listed. */
function entries(folder: string): { name: string; kind: Kind }[] | null {
  let listed: Dirent[];
  try {
    listed = readdirSync(folder, { withFileTypes: true });
  } catch {
    return null;
  }
  return listed.map((entry) => ({ name: entry.name, kind: kind(folder, entry) })).sort((a, b) => compareBytes(a.name, b.name));
}

function datasetOfFileName(name: string): DatasetName | null {
  const lower = name.toLowerCase();
  return DATASETS.find((d) => DATASET_STEMS[d].some((stem) => lower.startsWith(stem))) ?? null;
}

function datasetOfFolder(name: string): DatasetName | null {
  const lower = name.toLowerCase();
  return DATASETS.find((d) => DATASET_STEMS[d].includes(lower)) ?? null;
}

/** Why a file that is not a `.csv` is not read. */
function notCsvReason(name: string): NotReadReason {
  if (hasOuterSpace(name) && isCsv(name.trim())) return 'name_spaces';
  return SPREADSHEET.test(name.trim()) ? 'spreadsheet' : 'not_csv';
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

function emptyFiles(): Record<DatasetName, InputFile[]> {
  return Object.fromEntries(DATASETS.map((d) => [d, [] as InputFile[]])) as Record<DatasetName, InputFile[]>;
}

/** Sorts the lists and refuses every name that looks private (it is taken out of the lists, and shown masked). */
function finish(found: DiscoveredInputs, publishedName: (name: string) => string = (name) => name): DiscoveredInputs {
  const refuse = (name: string): boolean => {
    const rule = privateNameRule(publishedName(name));
    if (rule !== null) found.refused.push({ name: maskedName(name), message: privateNameMessage(rule) });
    return rule !== null;
  };
  for (const d of DATASETS) found.files[d] = found.files[d].filter((f) => !refuse(f.name)).sort((a, b) => compareBytes(a.name, b.name));
  found.ignored = found.ignored.filter((f) => !refuse(f.name)).sort((a, b) => compareBytes(a.name, b.name));
  found.refused.sort((a, b) => compareBytes(a.name, b.name));
  return found;
}

/**
 * Input made of files named one by one (`npm run data:check FILE…`), each recognised by datasetOfFile
 * and named as given; the project's reference tables apply. Files that are not recognised are listed
 * as ignored, with why. A file whose own name looks private is refused.
 */
export function discoverFiles(paths: readonly string[]): DiscoveredInputs {
  const found: DiscoveredInputs = { files: emptyFiles(), ignored: [], reference: {}, refused: [] };
  const seen = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    const name = given.split(path.sep).join('/');
    const dataset = datasetOfFile(given);
    if (dataset !== null) found.files[dataset].push({ path: absolute, name });
    else found.ignored.push({ name, reason: isCsv(path.basename(given)) ? 'no_dataset' : notCsvReason(path.basename(given)) });
  }
  return finish(found, (name) => name.slice(name.lastIndexOf('/') + 1));
}

/**
 * Finds the input files in `dir`: every entry under it, at any depth, is read, passed over (hidden, or
 * the folder's own notes) or named as not read, with why.
 */
export function discoverInputs(dir: string): DiscoveredInputs {
  const root = path.resolve(dir);
  const found: DiscoveredInputs = { files: emptyFiles(), ignored: [], reference: {}, refused: [] };
  const notRead = (name: string, reason: NotReadReason) => found.ignored.push({ name, reason });
  // Real paths of the folders walked: a link back up the tree (or to the root) is not walked again.
  const walked = new Set<string>([realpathSync(root)]);

  /**
   * Calls `file` for every file under the folder `relative` (with `/` separators), depth first in byte
   * order, the folder's own notes aside; names what is not a file or folder, or cannot be looked into.
   * False when the folder itself cannot be listed.
   */
  const walk = (relative: string, file: (name: string) => void): boolean => {
    const folder = path.join(root, ...relative.split('/'));
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      return false;
    }
    if (walked.has(real)) return true;
    walked.add(real);
    const listed = entries(folder);
    if (listed === null) return false;
    for (const entry of listed) {
      if (isHidden(entry.name)) continue;
      const name = `${relative}/${entry.name}`;
      if (entry.kind === 'file') {
        if (!isOwnFile(entry.name)) file(name);
      } else if (entry.kind === 'folder') {
        if (!walk(name, file)) notRead(`${name}/`, 'unreadable');
      } else notRead(name, entry.kind === 'other' ? 'not_a_file' : entry.kind);
    }
    return true;
  };

  /** A file found in a dataset's folder (dataset given) or in a folder that is nobody's (null). */
  const take = (dataset: DatasetName | null) => (name: string) => {
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (!isCsv(base)) notRead(name, notCsvReason(base));
    else if (dataset === null) notRead(name, 'no_dataset');
    else found.files[dataset].push({ path: path.join(root, ...name.split('/')), name });
  };

  const top = entries(root) ?? [];
  for (const entry of top) {
    if (isHidden(entry.name)) continue;
    if (entry.kind === 'file') {
      if (isOwnFile(entry.name)) continue;
      take(isCsv(entry.name) ? datasetOfFileName(entry.name) : null)(entry.name);
    } else if (entry.kind === 'folder') {
      if (hasOuterSpace(entry.name)) notRead(`${entry.name}/`, 'name_spaces');
      else if (entry.name.toLowerCase() === REFERENCE_FOLDER) readReferenceFolder(entry.name);
      else {
        const dataset = datasetOfFolder(entry.name);
        if (walk(entry.name, take(dataset))) continue;
        if (dataset === null) notRead(`${entry.name}/`, 'unreadable');
        else found.refused.push({ name: `${entry.name}/`, message: unlistable(dataset) });
      }
    } else notRead(entry.name, entry.kind === 'other' ? 'not_a_file' : entry.kind);
  }

  function readReferenceFolder(folder: string): void {
    const listed = walk(folder, (name) => {
      const table = REFERENCE_NAMES.find((r) => `${r}.csv` === name.slice(folder.length + 1).toLowerCase());
      // Two spellings of one table (Programs.csv, programs.csv): the first in byte order is read.
      if (table && found.reference[table] === undefined) found.reference[table] = path.join(root, ...name.split('/'));
      else notRead(name, 'not_reference_table');
    });
    if (!listed) found.refused.push({ name: `${folder}/`, message: unlistable(null) });
  }

  return finish(found);
}

/** A folder whose files would be read cannot be listed: publishing without them would lose them unseen. */
function unlistable(dataset: DatasetName | null): Message {
  const what = dataset === null ? message('tabel referensi', 'reference tables') : message(`data ${dataset}`, `${dataset} data`);
  return message(
    `folder ${what.id} tidak dapat dibuka (izin akses?): beri izin baca untuk pengguna yang menjalankan build, lalu jalankan lagi`,
    `the folder of ${what.en} cannot be opened (permissions?): give the user running the build permission to read it, then run again`,
  );
}
