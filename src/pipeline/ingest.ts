// Scope, row rules, repeats and links (§4–5): reads every file of every dataset through the one CSV
// reader and the value validator, accounts for every row, and keeps the final accepted rows in
// compact columns. Datasets are read in DATASETS order: links need the final enrollments.

import { COLUMNS, DATASETS, KECAMATAN_LIST, PLACEMENT_TYPES, type DatasetName, type PlacementType } from './contract.ts';
import { Dictionary, FloatColumn, IntColumn, hash53 } from './columns.ts';
import type { Dimensions } from './dimensions.ts';
import { message, type Message } from './messages.ts';
import { withFix, type Reason } from './reasons.ts';
import { detached, readCsv } from './read/csv.ts';
import { sectorClassifier, UNMAPPED_SECTOR, UNMAPPED_SECTOR_REASON, type Sector } from './sectors.ts';
import { mapColumns, missingColumnMessage } from './read/headers.ts';
import type { ReferenceTables } from './reference.ts';
import { TITLE_CUT, titleClassifier, titleForMatching } from './titles.ts';
import { isCityInScope } from './values/city.ts';
import { codeKey } from './values/codes.ts';
import { addCalendarYears } from './values/dates.ts';
import { matchKecamatan } from './values/kecamatan.ts';
import { columnIndex, rowValidator, type ColumnWarning, type RowProblem, type Value } from './validate.ts';
import type { InputFile } from './read/discover.ts';

export interface FileCounts {
  name: string;
  sha256: string;
  encoding: string;
  delimiter: string;
  rows_read: number;
  accepted: number;
  rejected: number;
  duplicate: number;
  superseded: number;
  out_of_scope: number;
  warnings: number;
}

export interface Rejection { dataset: DatasetName; file: string; line: number; column: string; value: string; reason: Reason }

/** Warnings grouped by file, column and reason, with the first few line numbers. */
export interface WarningGroup { dataset: DatasetName; file: string; column: string; reason: Reason; count: number; lines: number[] }

export interface FileNotes { dataset: DatasetName; file: string; unknownColumns: string[]; duplicateColumns: { column: string; used: string; ignored: string }[] }

export interface FatalError { file: string; line?: number; message: Message }

export const STATUS_CODES = ['completed', 'failed', 'dropped', 'ongoing'] as const;

/** Final accepted rows of a dataset: one slot per id, a later file's row overwriting the earlier one in place. */
export class RowStore {
  readonly ids = new Map<string, number>();
  readonly file = new IntColumn();
  readonly fingerprint = new FloatColumn();
  readonly fields: Record<string, IntColumn>;
  private readonly names: readonly string[];
  private readonly columns: IntColumn[];

  constructor(fieldNames: readonly string[]) {
    this.names = fieldNames;
    this.columns = fieldNames.map(() => new IntColumn());
    this.fields = Object.fromEntries(fieldNames.map((f, i) => [f, this.columns[i]]));
  }

  get size(): number {
    return this.file.length;
  }

  put(slot: number | undefined, file: number, fingerprint: number, record: Record<string, number>): number {
    const { names, columns } = this;
    if (slot === undefined) {
      slot = this.file.push(file);
      this.fingerprint.push(fingerprint);
      for (let k = 0; k < names.length; k++) columns[k].push(record[names[k]]);
    } else {
      this.file.data[slot] = file;
      this.fingerprint.data[slot] = fingerprint;
      for (let k = 0; k < names.length; k++) columns[k].set(slot, record[names[k]]);
    }
    return slot;
  }

  column(name: string): Int32Array {
    return this.fields[name].view();
  }
}

export const STORE_FIELDS: Record<DatasetName, readonly string[]> = {
  enrollments: ['person', 'start', 'end', 'status', 'occupation', 'kecamatan', 'sex'],
  certifications: ['person', 'assessed', 'validUntil', 'competent', 'occupation', 'kecamatan', 'sex'],
  placements: ['person', 'day', 'occupation', 'kecamatan', 'sex', 'enrollment', 'type'],
  vacancies: ['day', 'positions', 'occupation', 'kecamatan', 'requiresCertificate', 'sector'],
};

export interface Ingested {
  stores: Record<DatasetName, RowStore>;
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
  onProgress?: (file: string, bytesRead: number, bytesTotal: number, rowsRead: number) => void;
  /**
   * When given, a file that cannot be read is reported here and reading goes on with the next file,
   * so one run can name every such file (data:check). Without it, the first one ends ingest (the build).
   */
  onFatal?: (error: FatalError) => void;
}

const NOT_CILEGON = withFix(
  message('bukan kecamatan di Kota Cilegon', 'not a kecamatan of Kota Cilegon'),
  message(
    `tulis nama atau kode BPS/Kemendagri salah satu kecamatan Kota Cilegon (${KECAMATAN_LIST.map((k) => k.name).join(', ')}); bila baris ini tentang tempat di luar Cilegon, isi kolom kota dengan kota itu (baris itu lalu di luar cakupan)`,
    `write the name or BPS/Kemendagri code of a kecamatan of Kota Cilegon (${KECAMATAN_LIST.map((k) => k.name).join(', ')}); if the row is about a place outside Cilegon, fill in the city column with that city (the row is then out of scope)`));
const END_BEFORE_START = withFix(
  message('tanggal selesai sebelum tanggal mulai', 'the end date is before the start date'),
  message(
    'periksa kedua tanggal: tertukar, atau hari dan bulan tertukar (tulis hari lebih dulu: 25/09/2025)?',
    'check both dates: swapped, or day and month swapped (write the day first: 25/09/2025)?'));
const CONFLICTING = withFix(
  message(
    'id ganda dengan isi berbeda dalam file yang sama (conflicting duplicate id)',
    'conflicting duplicate id: the same id with different values in the same file'),
  message(
    'satu id hanya boleh satu kali per file: hapus versi yang lama, atau beri id sendiri bila itu data yang berbeda; pembaruan boleh diletakkan di file yang dibaca kemudian',
    'an id may appear once per file: remove the outdated version, or give it its own id if it is a different record; updates may go in a file read later'));
const UNKNOWN_ENROLLMENT = withFix(
  message(
    'enrollment_id tidak ditemukan di data peserta yang diterima',
    'enrollment_id not found among the accepted enrollments'),
  message(
    'enrollment_id harus ada (dan diterima) di file peserta yang diperiksa bersama file ini; periksa seluruh folder, atau kosongkan sel bila tidak diketahui',
    'the enrollment_id must be in (and accepted from) the enrollments files checked with this file; check the whole folder, or leave the cell empty when it is not known'));
const VALID_UNTIL_BEFORE = message(
  'masa berlaku sebelum tanggal uji; dihitung dari masa berlaku skema',
  'valid_until is before the assessment date; the scheme\'s validity is used');
const MAX_LINES_PER_WARNING = 10;

export async function ingest(options: IngestOptions): Promise<{ ok: true; data: Ingested } | { ok: false; error: FatalError }> {
  const { reference } = options;
  const occupationCodes = reference.occupations.map((o) => o.code);
  const occupationIndex = new Map(occupationCodes.map((c, i) => [c, i]));
  const dimensions: Dimensions = { occupationCodes, other: occupationCodes.length, unknownKecamatan: KECAMATAN_LIST.length, unknownSex: 2 };
  const kecamatanIndex = new Map(KECAMATAN_LIST.map((k, i) => [k.bps, i]));
  const occupationOf = (code: string) => occupationIndex.get(code) ?? dimensions.other;
  const programOccupation = (code: string) => occupationOf(reference.programs.get(codeKey(code))!.occupationCode);
  const scheme = (code: string) => reference.schemes.get(codeKey(code))!;
  const classifyTitle = titleClassifier(reference.jobTitles);
  const titleOccupation = (title: string, warn: (w: ColumnWarning) => void) => {
    const { text, cut } = titleForMatching(title);
    if (cut) warn({ column: 'job_title', reason: TITLE_CUT });
    const code = classifyTitle(text);
    return code === null ? dimensions.other : occupationOf(code);
  };

  const stores = Object.fromEntries(DATASETS.map((d) => [d, new RowStore(STORE_FIELDS[d])])) as Record<DatasetName, RowStore>;
  const files = Object.fromEntries(DATASETS.map((d) => [d, [] as FileCounts[]])) as Record<DatasetName, FileCounts[]>;
  const notes: FileNotes[] = [];
  const warningGroups = new Map<string, WarningGroup>();
  // Keys kept for the whole build are copied out of the parsed text, which they would otherwise pin in memory.
  const persons = new Dictionary(detached);
  const sectors = new Dictionary();
  const outOfScopeEnrollments = new Set<string>();
  // Employer sectors grouped by KBLI division when recognisable, else as unmapped, each distinct
  // unmapped text a code of its own so that they can be counted (sectors.ts).
  const classifySector = sectorClassifier(reference.kbliDivisions);
  const sectorList: Sector[] = [];
  const sectorCode = (text: string) => {
    const sector = classifySector(text);
    const code = sectors.code(sector.variant);
    if (code === sectorList.length) sectorList.push(sector);
    return code;
  };

  for (const dataset of DATASETS) {
    const specs = COLUMNS[dataset];
    const at = (name: string) => (specs.some((s) => s.name === name) ? columnIndex(dataset, name) : -1);
    const ix = {
      id: specs.findIndex((s) => s.key), person: at('person_id'), city: at('city'), kecamatan: at('kecamatan'), sex: at('sex'),
      start: at('start_date'), end: at('end_date'), status: at('status'), program: at('program_code'),
      enrollment: dataset === 'enrollments' ? -1 : at('enrollment_id'), scheme: at('scheme_code'), assessed: at('assessment_date'), result: at('result'),
      validUntil: at('valid_until'), day: at('placement_date'), occupation: at('occupation_code'),
      posted: at('posted_date'), positions: at('positions'), title: at('job_title'), sector: at('employer_sector'),
      requiredScheme: at('required_scheme'), placementType: at('placement_type'),
    };
    const store = stores[dataset];
    const enrollments = stores.enrollments;

    for (const input of options.inputs[dataset]) {
      const fileIndex = files[dataset].length;
      const counts: FileCounts = { name: input.name, sha256: '', encoding: '', delimiter: '', rows_read: 0, accepted: 0, rejected: 0, duplicate: 0, superseded: 0, out_of_scope: 0, warnings: 0 };
      files[dataset].push(counts);
      let validator: ReturnType<typeof rowValidator> | null = null;
      let sourceColumns: number[] = [];
      let rowWarnings: ColumnWarning[] = [];
      const warn = (w: ColumnWarning) => rowWarnings.push(w);
      let line = 0;
      const reject = (problem: RowProblem) => {
        counts.rejected++;
        options.onReject({ dataset, file: input.name, line, column: problem.column, value: problem.value, reason: problem.reason });
      };

      const progress = options.onProgress ? (read: number, total: number) => options.onProgress!(input.name, read, total, counts.rows_read) : undefined;
      let fatal: FatalError | null = null;
      for await (const event of readCsv(input.path, { onProgress: progress })) {
        if (event.kind === 'fatal') {
          fatal = { file: input.name, line: event.line, message: event.message };
          break;
        }
        if (event.kind === 'opened') {
          Object.assign(counts, { sha256: event.sha256, encoding: event.encoding, delimiter: event.delimiter });
          const mapped = mapColumns(dataset, event.header.fields);
          if (mapped.columns.every((c) => c < 0)) {
            fatal = { file: input.name, line: event.header.line, message: message(
              `baris pertama tidak berisi nama kolom yang dikenali untuk data ${dataset}; lihat docs/input-format.md`,
              `the first line holds no recognised column name for ${dataset}; see docs/input-format.md`) };
            break;
          }
          if (mapped.missing.length > 0) {
            fatal = { file: input.name, line: event.header.line, message: missingColumnMessage(mapped.missing[0]) };
            break;
          }
          notes.push({ dataset, file: input.name, unknownColumns: mapped.unknown, duplicateColumns: mapped.duplicates });
          sourceColumns = mapped.columns;
          validator = rowValidator(dataset, mapped.columns, event.header.fields.length, reference);
          continue;
        }
        for (const record of event.records) {
          line = record.line;
          counts.rows_read++;
          rowWarnings = [];
          const judged = validator!.judge(record.fields, warn);
          if (!judged.ok) {
            reject(judged.problem);
            continue;
          }
          const v = judged.row.values;
          const id = v[ix.id] as string;

          // Scope (§5).
          if (!isCityInScope((v[ix.city] as string | null) ?? '')) {
            counts.out_of_scope++;
            if (dataset === 'enrollments') outOfScopeEnrollments.add(detached(id));
            continue;
          }

          // Row rules: kecamatan, end_date.
          let kecamatan = dimensions.unknownKecamatan;
          if (v[ix.kecamatan] !== null) {
            const bps = matchKecamatan(v[ix.kecamatan] as string);
            if (bps === null) {
              reject({ column: 'kecamatan', value: v[ix.kecamatan] as string, reason: NOT_CILEGON });
              continue;
            }
            v[ix.kecamatan] = bps;
            kecamatan = kecamatanIndex.get(bps)!;
          }
          if (dataset === 'enrollments' && v[ix.end] !== null && (v[ix.end] as number) < (v[ix.start] as number)) {
            if (v[ix.status] !== 'ongoing') {
              reject({ column: 'end_date', value: record.fields[sourceColumns[ix.end]] ?? '', reason: END_BEFORE_START });
              continue;
            }
            warn({ column: 'end_date', reason: END_BEFORE_START });
            v[ix.end] = null;
          }
          if (dataset === 'certifications') {
            const assessed = v[ix.assessed] as number;
            const until = v[ix.validUntil] as number | null;
            if (until !== null && until < assessed) warn({ column: 'valid_until', reason: VALID_UNTIL_BEFORE });
            if (until === null || until < assessed) v[ix.validUntil] = addCalendarYears(assessed, scheme(v[ix.scheme] as string).validityYears);
          }

          // Repeats, then links (§4).
          const fingerprint = hash53(v.map(stringify).join('\u0000'));
          const previous = store.ids.get(id);
          if (previous !== undefined && store.file.data[previous] === fileIndex) {
            if (store.fingerprint.data[previous] === fingerprint) counts.duplicate++;
            else reject({ column: COLUMNS[dataset][ix.id].name, value: id, reason: CONFLICTING });
            continue;
          }
          let linked = -1;
          if (ix.enrollment >= 0 && v[ix.enrollment] !== null) {
            const slot = enrollments.ids.get(v[ix.enrollment] as string);
            if (slot !== undefined) linked = slot;
            else if (outOfScopeEnrollments.has(v[ix.enrollment] as string)) {
              counts.out_of_scope++;
              continue;
            } else {
              reject({ column: 'enrollment_id', value: v[ix.enrollment] as string, reason: UNKNOWN_ENROLLMENT });
              continue;
            }
          }
          const inherit = (field: string, own: number, unknown: number) =>
            own !== unknown ? own : linked >= 0 ? enrollments.fields[field].data[linked] : unknown;
          const sex = v[ix.sex] === 'L' ? 0 : v[ix.sex] === 'P' ? 1 : dimensions.unknownSex;

          let compact: Record<string, number>;
          if (dataset === 'enrollments') {
            compact = {
              person: persons.code(v[ix.person] as string), start: v[ix.start] as number,
              end: v[ix.status] === 'ongoing' || v[ix.end] === null ? -1 : (v[ix.end] as number),
              status: STATUS_CODES.indexOf(v[ix.status] as (typeof STATUS_CODES)[number]),
              occupation: programOccupation(v[ix.program] as string), kecamatan, sex,
            };
          } else if (dataset === 'certifications') {
            compact = {
              person: persons.code(v[ix.person] as string), assessed: v[ix.assessed] as number, validUntil: v[ix.validUntil] as number,
              competent: v[ix.result] === 'competent' ? 1 : 0,
              occupation: occupationOf(scheme(v[ix.scheme] as string).occupationCode),
              kecamatan: inherit('kecamatan', kecamatan, dimensions.unknownKecamatan), sex: inherit('sex', sex, dimensions.unknownSex),
            };
          } else if (dataset === 'placements') {
            compact = {
              person: persons.code(v[ix.person] as string), day: v[ix.day] as number,
              occupation: v[ix.occupation] !== null ? occupationOf(v[ix.occupation] as string)
                : linked >= 0 ? enrollments.fields.occupation.data[linked] : dimensions.other,
              kecamatan: inherit('kecamatan', kecamatan, dimensions.unknownKecamatan), sex: inherit('sex', sex, dimensions.unknownSex),
              enrollment: linked, type: PLACEMENT_TYPES.indexOf(v[ix.placementType] as PlacementType),
            };
          } else {
            const sector = sectorCode((v[ix.sector] as string | null) ?? '');
            if (sectorList[sector].key === UNMAPPED_SECTOR.key) warn({ column: 'employer_sector', reason: UNMAPPED_SECTOR_REASON });
            compact = {
              day: v[ix.posted] as number, positions: v[ix.positions] as number,
              occupation: v[ix.occupation] !== null ? occupationOf(v[ix.occupation] as string)
                : v[ix.title] !== null ? titleOccupation(v[ix.title] as string, warn) : dimensions.other,
              kecamatan, requiresCertificate: v[ix.requiredScheme] !== null ? 1 : 0,
              sector,
            };
          }

          if (previous !== undefined) {
            const earlier = files[dataset][store.file.data[previous]];
            earlier.accepted--;
            earlier.superseded++;
          }
          store.ids.set(previous === undefined ? detached(id) : id, store.put(previous, fileIndex, fingerprint, compact));
          counts.accepted++;
          counts.warnings += rowWarnings.length;
          for (const w of rowWarnings) {
            const key = `${input.name}\u0000${w.column}\u0000${w.reason.en}`;
            let group = warningGroups.get(key);
            if (!group) warningGroups.set(key, (group = { dataset, file: input.name, column: w.column, reason: w.reason, count: 0, lines: [] }));
            group.count++;
            if (group.lines.length < MAX_LINES_PER_WARNING) group.lines.push(line);
          }
        }
      }
      if (fatal) {
        if (!options.onFatal) return { ok: false, error: fatal };
        options.onFatal(fatal);
      }
    }
  }
  return { ok: true, data: { stores, files, notes, warnings: [...warningGroups.values()], sectors: sectorList, persons: persons.values.length, dimensions } };
}

function stringify(value: Value): string {
  return value === null ? '' : typeof value === 'number' ? `#${value}` : `"${value}`;
}


