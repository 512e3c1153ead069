// Scope, row rules, repeats and links (§4–5): reads every file of every dataset (datasets/read-file.ts,
// in this thread or in worker threads), accounts for every row, and merges the judged rows in the
// contract's order — datasets in DATASETS order (links need the final enrollments), files in path
// order — into the final accepted rows, kept in each dataset's compact columns (datasets/*.ts).

import { COLUMNS, DATASETS, type DatasetName } from './contract.ts';
import { DATASET_MODULES, type Stores } from './datasets/modules.ts';
import { dimensionsOf, OUTCOME, type FileToRead, type RowBatch } from './datasets/read-file.ts';
import { DatasetRows } from './datasets/rows.ts';
import { inThread, inWorkers, workerCount } from './datasets/sources.ts';
import { SECTOR_FIELD } from './datasets/vacancies.ts';
import type { Dimensions } from './dimensions.ts';
import { KeyTable, keyStart, keyText, type KeyColumn } from './keys.ts';
import { message, type Message } from './messages.ts';
import { withFix, type Reason } from './reasons.ts';
import type { InputFile } from './read/discover.ts';
import { noRows, type PublishedFileCounts } from './published.ts';
import type { ReferenceTables } from './reference.ts';
import type { Sector } from './sectors.ts';
import type { ColumnWarning } from './validate.ts';

export type FileCounts = PublishedFileCounts;

export interface Rejection {
  dataset: DatasetName;
  file: string;
  line: number;
  column: string;
  value: string;
  reason: Reason;
}

/** Warnings grouped by file, column and reason, with the first few line numbers. */
export interface WarningGroup {
  dataset: DatasetName;
  file: string;
  column: string;
  reason: Reason;
  count: number;
  lines: number[];
}

export interface FileNotes {
  dataset: DatasetName;
  file: string;
  unknownColumns: string[];
  duplicateColumns: { column: string; used: string; ignored: string }[];
}

export interface FatalError {
  file: string;
  line?: number;
  message: Message;
}

export interface Ingested {
  stores: Stores;
  files: Record<DatasetName, FileCounts[]>;
  notes: FileNotes[];
  warnings: WarningGroup[];
  /** Employer sectors by sector code. */
  sectors: Sector[];
  persons: number;
  dimensions: Dimensions;
}

export interface IngestOptions {
  reference: ReferenceTables;
  inputs: Record<DatasetName, InputFile[]>;
  onReject: (r: Rejection) => void;
  /** After each batch of rows of a file: bytes of the file read so far, its size, and rows read so far. */
  onProgress?: (file: string, bytesRead: number, bytesTotal: number, rowsRead: number) => void;
  /**
   * When given, a file that cannot be read is reported here and reading goes on with the next file,
   * so one run can name every such file (data:check). Without it, the first one ends ingest (the build).
   */
  onFatal?: (error: FatalError) => void;
}

const CONFLICTING = withFix(
  message(
    'id ganda dengan isi berbeda dalam file yang sama (conflicting duplicate id)',
    'conflicting duplicate id: the same id with different values in the same file',
  ),
  message(
    'satu id hanya boleh satu kali per file: hapus versi yang lama, atau beri id sendiri bila itu data yang berbeda; pembaruan boleh diletakkan di file yang dibaca kemudian',
    'an id may appear once per file: remove the outdated version, or give it its own id if it is a different record; updates may go in a file read later',
  ),
);
const UNKNOWN_ENROLLMENT = withFix(
  message('enrollment_id tidak ditemukan di data peserta yang diterima', 'enrollment_id not found among the accepted enrollments'),
  message(
    'enrollment_id harus ada (dan diterima) di file peserta yang diperiksa bersama file ini; periksa seluruh folder, atau kosongkan sel bila tidak diketahui',
    'the enrollment_id must be in (and accepted from) the enrollments files checked with this file; check the whole folder, or leave the cell empty when it is not known',
  ),
);
const MAX_LINES_PER_WARNING = 10;

const hasKey = (keys: KeyColumn, row: number) => keys.ends[row] > keyStart(keys, row);

/** Room for this much more than the rows a file's bytes still to read are expected to hold. */
const ROOM_MARGIN = 1.05;

/**
 * Before a batch is merged: room in the dataset's rows and ids for the rows the rest of the file is
 * expected to hold (its rows so far, its bytes still to read), in one step instead of doubling, which
 * leaves up to half of each column empty and, while copying, holds both (national input: placements'
 * 600,000 rows took columns for 1,048,576).
 */
function makeRoom(store: DatasetRows<string>, batch: RowBatch, rowsBefore: number): void {
  if (batch.bytesRead <= 0 || batch.bytesTotal <= batch.bytesRead || store.fits(store.size + batch.size)) return;
  const rows = rowsBefore + batch.size;
  const expected = Math.ceil(((rows * (batch.bytesTotal - batch.bytesRead)) / batch.bytesRead) * ROOM_MARGIN);
  // At least an eighth more, so that an estimate a little short does not copy the columns again and again.
  const wanted = Math.max(store.size + batch.size + expected, Math.ceil(store.size * 1.125));
  store.reserve(wanted);
  store.ids.reserve(wanted, Math.ceil((wanted * batch.ids.bytes.length) / Math.max(1, batch.size)));
}

export async function ingest(options: IngestOptions): Promise<{ ok: true; data: Ingested } | { ok: false; error: FatalError }> {
  const { reference } = options;
  const dimensions = dimensionsOf(reference);
  const stores = Object.fromEntries(DATASETS.map((d) => [d, new DatasetRows(DATASET_MODULES[d].fields)])) as unknown as Stores;
  const files = Object.fromEntries(DATASETS.map((d) => [d, [] as FileCounts[]])) as Record<DatasetName, FileCounts[]>;
  const notes: FileNotes[] = [];
  const warningGroups = new Map<string, WarningGroup>();
  let persons = new KeyTable();
  let personCount = 0;
  let outOfScopeEnrollments = new KeyTable();
  const sectors = new Map<string, number>();
  const sectorList: Sector[] = [];

  const toRead: FileToRead[] = DATASETS.flatMap((dataset) => options.inputs[dataset].map((f) => ({ dataset, path: f.path, name: f.name })));
  const workers = workerCount(toRead);
  const source = workers === 0 ? inThread(toRead, reference) : inWorkers(toRead, reference, workers);
  try {
    for (let index = 0; index < toRead.length; index++) {
      const { dataset, name } = toRead[index];
      const module = DATASET_MODULES[dataset];
      const store = stores[dataset] as DatasetRows<string>;
      const enrollments = stores.enrollments as DatasetRows<string>;
      const keyColumn = COLUMNS[dataset].find((c) => c.key)!.name;
      const fileIndex = files[dataset].length;
      const counts: FileCounts = {
        name,
        sha256: '',
        encoding: '',
        delimiter: '',
        ...noRows(),
      };
      files[dataset].push(counts);
      const reject = (line: number, column: string, value: string, reason: Reason) => {
        counts.rejected++;
        options.onReject({ dataset, file: name, line, column, value, reason });
      };
      // The file's warning kinds and sectors, as read; each gets its group or build-wide code when an
      // accepted row first has it, so that groups and sector codes come in the order of accepted rows.
      const warningKinds: ColumnWarning[] = [];
      const groupOfKind: (WarningGroup | undefined)[] = [];
      const sectorsOfFile: Sector[] = [];
      const sectorCodes: number[] = [];
      const groupOf = (kind: number) => {
        let group = groupOfKind[kind];
        if (group === undefined) {
          const w = warningKinds[kind];
          const key = `${name}\u0000${w.column}\u0000${w.reason.en}`;
          group = warningGroups.get(key);
          if (!group) warningGroups.set(key, (group = { dataset, file: name, column: w.column, reason: w.reason, count: 0, lines: [] }));
          groupOfKind[kind] = group;
        }
        return group;
      };
      const sectorCode = (local: number) => {
        let code: number | undefined = sectorCodes[local];
        if (code === undefined) {
          const sector = sectorsOfFile[local];
          code = sectors.get(sector.variant);
          if (code === undefined) {
            sectors.set(sector.variant, (code = sectorList.length));
            sectorList.push(sector);
          }
          sectorCodes[local] = code;
        }
        return code;
      };
      const row = new Int32Array(module.fields.length);

      const merge = (batch: RowBatch) => {
        const { ids, persons: personKeys, links, fields, width } = batch;
        makeRoom(store, batch, counts.rows_read);
        warningKinds.push(...batch.newWarningKinds);
        sectorsOfFile.push(...batch.newSectors);
        let problem = 0;
        let warning = 0;
        for (let r = 0; r < batch.size; r++) {
          const line = batch.lines[r];
          counts.rows_read++;
          const outcome = batch.outcomes[r];
          if (outcome === OUTCOME.rejected) {
            const p = batch.problems[problem++];
            reject(line, p.column, p.value, p.reason);
            continue;
          }
          if (outcome === OUTCOME.outOfScope) {
            counts.out_of_scope++;
            if (dataset === 'enrollments' && outOfScopeEnrollments.find(ids, r) < 0) outOfScopeEnrollments.add(ids, r);
            continue;
          }
          while (warning < batch.warningRows.length && batch.warningRows[warning] < r) warning++;

          // Repeats, then links (§4).
          const fingerprint = batch.fingerprints[r];
          const previous = store.ids.find(ids, r);
          if (previous >= 0 && store.file.data[previous] === fileIndex) {
            if (store.fingerprint.data[previous] === fingerprint) counts.duplicate++;
            else reject(line, keyColumn, keyText(ids, r), CONFLICTING);
            continue;
          }
          let linked = -1;
          if (links !== null && hasKey(links, r)) {
            linked = enrollments.ids.find(links, r);
            if (linked < 0) {
              if (outOfScopeEnrollments.find(links, r) >= 0) counts.out_of_scope++;
              else reject(line, 'enrollment_id', keyText(links, r), UNKNOWN_ENROLLMENT);
              continue;
            }
          }

          for (let k = 0, at = r * width; k < width; k++) row[k] = fields[at + k];
          if (personKeys !== null) row[0] = persons.code(personKeys, r);
          module.inherit?.(row, linked, enrollments, dimensions);
          if (dataset === 'vacancies') row[SECTOR_FIELD] = sectorCode(row[SECTOR_FIELD]);

          if (previous >= 0) {
            const earlier = files[dataset][store.file.data[previous]];
            earlier.accepted--;
            earlier.superseded++;
          }
          // A new id's number is the next slot: ids and slots grow together.
          if (previous < 0) store.ids.add(ids, r);
          store.put(previous, fileIndex, fingerprint, row);
          counts.accepted++;
          for (; warning < batch.warningRows.length && batch.warningRows[warning] === r; warning++) {
            const group = groupOf(batch.warningKinds[warning]);
            counts.warnings++;
            group.count++;
            if (group.lines.length < MAX_LINES_PER_WARNING) group.lines.push(line);
          }
        }
        options.onProgress?.(name, batch.bytesRead, batch.bytesTotal, counts.rows_read);
      };

      let fatal: FatalError | null = null;
      for await (const event of source.events(index)) {
        if (event.kind === 'fatal') {
          fatal = { file: name, line: event.line, message: event.message };
          break;
        }
        if (event.kind === 'opened') {
          Object.assign(counts, { sha256: event.sha256, encoding: event.encoding, delimiter: event.delimiter });
          continue;
        }
        if (event.kind === 'columns') {
          notes.push({ dataset, file: name, unknownColumns: event.unknownColumns, duplicateColumns: event.duplicateColumns });
          continue;
        }
        merge(event.batch);
      }
      if (fatal) {
        if (!options.onFatal) return { ok: false, error: fatal };
        options.onFatal(fatal);
      }

      // Keys take most of ingest's memory at national scale: each table goes once no file left needs it.
      const later = toRead.slice(index + 1).map((f) => DATASET_MODULES[f.dataset]);
      if (later[0]?.name !== dataset) {
        store.finish();
        const linkedLater = later.some((m) => m.link);
        // Enrollments' ids stay (trimmed to their keys) while a later file links to them.
        if (dataset !== 'enrollments') store.ids = new KeyTable();
        else if (linkedLater) store.ids.trim();
        if (!linkedLater) {
          enrollments.ids = new KeyTable();
          outOfScopeEnrollments = new KeyTable();
        }
        if (!later.some((m) => m.person) && persons.size > 0) {
          personCount = persons.size;
          persons = new KeyTable();
        }
      }
    }
  } finally {
    await source.close();
  }
  return {
    ok: true,
    data: {
      stores,
      files,
      notes,
      warnings: [...warningGroups.values()],
      sectors: sectorList,
      persons: personCount + persons.size,
      dimensions,
    },
  };
}
