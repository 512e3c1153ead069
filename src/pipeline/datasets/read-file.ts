// One file of a dataset → batches of judged rows (§3–5): the CSV reader, the value checks, the scope,
// the kecamatan, and the dataset's row rules and encoding. Everything here depends on the row alone,
// so files can be read in parallel (worker threads); what depends on other rows — repeats,
// supersession, links, person codes — is ingest's merge, in the contract's file order.

import { fingerprint } from '../columns.ts';
import { COLUMNS, KECAMATAN_LIST, type DatasetName } from '../contract.ts';
import type { Dimensions } from '../dimensions.ts';
import { KeyColumnBuilder, type KeyColumn } from '../keys.ts';
import { message, type Message } from '../messages.ts';
import { withFix } from '../reasons.ts';
import { readCsv } from '../read/csv.ts';
import type { SurveyResult } from '../read/decode.ts';
import { mapColumns, missingColumnMessage, type DuplicateColumn } from '../read/headers.ts';
import type { ReferenceTables } from '../reference.ts';
import { sectorClassifier, UNMAPPED_SECTOR, UNMAPPED_SECTOR_REASON, type Sector } from '../sectors.ts';
import { TITLE_CUT, titleClassifier, titleForMatching } from '../titles.ts';
import { columnIndex, rowValidator, type ColumnWarning, type RowProblem } from '../validate.ts';
import { isCityInScope } from '../values/city.ts';
import { codeKey } from '../values/codes.ts';
import { matchKecamatan } from '../values/kecamatan.ts';
import type { RowCodebook, RowInput } from './dataset.ts';
import { DATASET_MODULES } from './modules.ts';

/** What became of a row where its file was read. */
export const OUTCOME = { candidate: 0, rejected: 1, outOfScope: 2 } as const;

/** Rows of a file as read, in file order; `fields` holds each candidate's compact row (`width` values a row). */
export interface RowBatch {
  size: number;
  lines: Int32Array;
  outcomes: Uint8Array;
  /** Candidates' and out-of-scope rows' ids. */
  ids: KeyColumn;
  persons: KeyColumn | null;
  /** enrollment_id; empty when not given. */
  links: KeyColumn | null;
  fingerprints: Float64Array;
  width: number;
  fields: Int32Array;
  /** The problems of the rejected rows, in row order. */
  problems: RowProblem[];
  /** Candidates' warnings in row order: the row and the warning kind (an index in the file's list). */
  warningRows: Int32Array;
  warningKinds: Int32Array;
  /** Warning kinds first seen in this batch, appended to the file's list. */
  newWarningKinds: ColumnWarning[];
  /** Sectors first seen in this batch, appended to the file's list (their codes in `fields`). */
  newSectors: Sector[];
  bytesRead: number;
  bytesTotal: number;
}

export type FileEvent =
  | { kind: 'opened'; sha256: string; encoding: string; delimiter: string }
  /** After `opened` when the header holds the columns the dataset needs. */
  | { kind: 'columns'; unknownColumns: string[]; duplicateColumns: DuplicateColumn[] }
  | { kind: 'rows'; batch: RowBatch }
  | { kind: 'fatal'; line?: number; message: Message };

const NOT_CILEGON = withFix(
  message('bukan kecamatan di Kota Cilegon', 'not a kecamatan of Kota Cilegon'),
  message(
    `tulis nama atau kode BPS/Kemendagri salah satu kecamatan Kota Cilegon (${KECAMATAN_LIST.map((k) => k.name).join(', ')}); bila baris ini tentang tempat di luar Cilegon, isi kolom kota dengan kota itu (baris itu lalu di luar cakupan)`,
    `write the name or BPS/Kemendagri code of a kecamatan of Kota Cilegon (${KECAMATAN_LIST.map((k) => k.name).join(', ')}); if the row is about a place outside Cilegon, fill in the city column with that city (the row is then out of scope)`,
  ),
);

/** The breakdowns' codes for a set of reference tables. */
export function dimensionsOf(reference: ReferenceTables): Dimensions {
  const occupationCodes = reference.occupations.map((o) => o.code);
  return { occupationCodes, other: occupationCodes.length, unknownKecamatan: KECAMATAN_LIST.length, unknownSex: 2 };
}

/** What encoding needs from the reference tables, built once for all the files read with them. */
interface Classifiers {
  dimensions: Dimensions;
  occupationOf: (code: string) => number;
  classifyTitle: (text: string) => string | null;
  classifySector: (text: string) => Sector;
}

const classifiersOf = new WeakMap<ReferenceTables, Classifiers>();

function classifiers(reference: ReferenceTables): Classifiers {
  let c = classifiersOf.get(reference);
  if (c === undefined) {
    const dimensions = dimensionsOf(reference);
    const occupationIndex = new Map(dimensions.occupationCodes.map((code, i) => [code, i]));
    c = {
      dimensions,
      occupationOf: (code) => occupationIndex.get(code) ?? dimensions.other,
      classifyTitle: titleClassifier(reference.jobTitles),
      // Employer sectors grouped by KBLI division when recognisable, else as unmapped, each distinct
      // unmapped text a code of its own so that they can be counted (sectors.ts).
      classifySector: sectorClassifier(reference.kbliDivisions),
    };
    classifiersOf.set(reference, c);
  }
  return c;
}

/** The encoding of one file: sector codes are numbered within it. */
function codebookFor(reference: ReferenceTables, newSectors: Sector[]): RowCodebook {
  const { dimensions, occupationOf, classifyTitle, classifySector } = classifiers(reference);
  const sectorCodes = new Map<string, number>();
  let sectorCount = 0;
  return {
    dimensions,
    occupationOf,
    programOccupation: (code) => occupationOf(reference.programs.get(codeKey(code))!.occupationCode),
    scheme: (code) => reference.schemes.get(codeKey(code))!,
    titleOccupation(title, warn) {
      const { text, cut } = titleForMatching(title);
      if (cut) warn({ column: 'job_title', reason: TITLE_CUT });
      const code = classifyTitle(text);
      return code === null ? dimensions.other : occupationOf(code);
    },
    sectorCode(text, warn) {
      const sector = classifySector(text);
      let code = sectorCodes.get(sector.variant);
      if (code === undefined) {
        sectorCodes.set(sector.variant, (code = sectorCount++));
        newSectors.push(sector);
      }
      if (sector.key === UNMAPPED_SECTOR.key) warn({ column: 'employer_sector', reason: UNMAPPED_SECTOR_REASON });
      return code;
    },
  };
}

export interface FileToRead {
  dataset: DatasetName;
  path: string;
  name: string;
}

/** Reads one file of a dataset as events: `opened`, batches of `rows`, and `fatal` when it cannot be read further. */
export async function* readDatasetFile(
  file: FileToRead,
  reference: ReferenceTables,
  survey?: Promise<SurveyResult>,
): AsyncGenerator<FileEvent> {
  const { dataset } = file;
  const module = DATASET_MODULES[dataset];
  const specs = COLUMNS[dataset];
  const has = (name: string) => specs.some((s) => s.name === name);
  const ix = {
    id: specs.findIndex((s) => s.key),
    city: columnIndex(dataset, 'city'),
    kecamatan: columnIndex(dataset, 'kecamatan'),
    person: has('person_id') ? columnIndex(dataset, 'person_id') : -1,
    link: module.link ? columnIndex(dataset, 'enrollment_id') : -1,
  };
  const kecamatanIndex = new Map(KECAMATAN_LIST.map((k, i) => [k.bps, i]));
  const newSectors: Sector[] = [];
  const encoding = codebookFor(reference, newSectors);
  const unknownKecamatan = encoding.dimensions.unknownKecamatan;
  const width = module.fields.length;
  const out = new Int32Array(width);
  const warningKinds = new Map<string, number>();
  let warningKindCount = 0;
  let rowWarnings: ColumnWarning[] = [];
  const warn = (w: ColumnWarning) => rowWarnings.push(w);
  let validator: ReturnType<typeof rowValidator> | null = null;
  let sourceColumns: number[] = [];
  const row: RowInput = { values: [], fields: [], sourceColumns, kecamatan: 0, warn };
  const progress = { read: 0, total: 0 };

  for await (const event of readCsv(file.path, {
    survey,
    onProgress: (read, total) => {
      progress.read = read;
      progress.total = total;
    },
  })) {
    if (event.kind === 'fatal') {
      yield { kind: 'fatal', line: event.line, message: event.message };
      return;
    }
    if (event.kind === 'opened') {
      yield { kind: 'opened', sha256: event.sha256, encoding: event.encoding, delimiter: event.delimiter };
      const mapped = mapColumns(dataset, event.header.fields);
      if (mapped.columns.every((c) => c < 0)) {
        yield {
          kind: 'fatal',
          line: event.header.line,
          message: message(
            `baris pertama tidak berisi nama kolom yang dikenali untuk data ${dataset}; lihat docs/input-format.md`,
            `the first line holds no recognised column name for ${dataset}; see docs/input-format.md`,
          ),
        };
        return;
      }
      if (mapped.missing.length > 0) {
        yield { kind: 'fatal', line: event.header.line, message: missingColumnMessage(mapped.missing[0]) };
        return;
      }
      yield { kind: 'columns', unknownColumns: mapped.unknown, duplicateColumns: mapped.duplicates };
      sourceColumns = mapped.columns;
      row.sourceColumns = sourceColumns;
      validator = rowValidator(dataset, mapped.columns, event.header.fields.length, reference);
      continue;
    }

    const { records } = event;
    const n = records.length;
    const lines = new Int32Array(n);
    const outcomes = new Uint8Array(n);
    const ids = new KeyColumnBuilder(n);
    const persons = ix.person >= 0 ? new KeyColumnBuilder(n) : null;
    const links = ix.link >= 0 ? new KeyColumnBuilder(n) : null;
    const fingerprints = new Float64Array(n);
    const fields = new Int32Array(n * width);
    const problems: RowProblem[] = [];
    const warningRows: number[] = [];
    const warningKindsOfRows: number[] = [];
    const newWarningKinds: ColumnWarning[] = [];
    const skipKeys = () => {
      persons?.skip();
      links?.skip();
    };
    for (let r = 0; r < n; r++) {
      const record = records[r];
      lines[r] = record.line;
      rowWarnings = [];
      const judged = validator!.judge(record.fields, warn);
      if (!judged.ok) {
        outcomes[r] = OUTCOME.rejected;
        problems.push(judged.problem);
        ids.skip();
        skipKeys();
        continue;
      }
      const v = judged.row.values;

      // Scope (§5).
      if (!isCityInScope((v[ix.city] as string | null) ?? '')) {
        outcomes[r] = OUTCOME.outOfScope;
        ids.add(v[ix.id] as string);
        skipKeys();
        continue;
      }
      let kecamatan = unknownKecamatan;
      if (v[ix.kecamatan] !== null) {
        const bps = matchKecamatan(v[ix.kecamatan] as string);
        if (bps === null) {
          outcomes[r] = OUTCOME.rejected;
          problems.push({ column: 'kecamatan', value: v[ix.kecamatan] as string, reason: NOT_CILEGON });
          ids.skip();
          skipKeys();
          continue;
        }
        v[ix.kecamatan] = bps;
        kecamatan = kecamatanIndex.get(bps)!;
      }
      row.values = v;
      row.fields = record.fields;
      row.kecamatan = kecamatan;
      const problem = module.encode(row, encoding, out);
      if (problem !== null) {
        outcomes[r] = OUTCOME.rejected;
        problems.push(problem);
        ids.skip();
        skipKeys();
        continue;
      }
      outcomes[r] = OUTCOME.candidate;
      ids.add(v[ix.id] as string);
      persons?.add(v[ix.person] as string);
      if (links) {
        if (v[ix.link] !== null) links.add(v[ix.link] as string);
        else links.skip();
      }
      fingerprints[r] = fingerprint(v);
      fields.set(out, r * width);
      for (const w of rowWarnings) {
        const key = `${w.column}\u0000${w.reason.en}`;
        let kind = warningKinds.get(key);
        if (kind === undefined) {
          warningKinds.set(key, (kind = warningKindCount++));
          newWarningKinds.push(w);
        }
        warningRows.push(r);
        warningKindsOfRows.push(kind);
      }
    }
    yield {
      kind: 'rows',
      batch: {
        size: n,
        lines,
        outcomes,
        ids: ids.finish(),
        persons: persons?.finish() ?? null,
        links: links?.finish() ?? null,
        fingerprints,
        width,
        fields,
        problems,
        warningRows: Int32Array.from(warningRows),
        warningKinds: Int32Array.from(warningKindsOfRows),
        newWarningKinds,
        newSectors: newSectors.splice(0),
        bytesRead: progress.read,
        bytesTotal: progress.total,
      },
    };
  }
}
