// Values (§3–4): one record of a dataset file → its parsed values, or the first problem in column
// order. Scope and the row rules come after (datasets/read-file.ts); this stage knows nothing of other rows.

import { COLUMNS, type ColumnSpec, type DatasetName } from './contract.ts';
import { message } from './messages.ts';
import { withFix, type Reason } from './reasons.ts';
import type { ReferenceTables } from './reference.ts';
import { codeKey, parseOccupationCode } from './values/codes.ts';
import { parseDate } from './values/dates.ts';
import { enumMatcher } from './values/enums.ts';
import { atMost, parseInteger, parsePositions } from './values/numbers.ts';
import type { ValueResult } from './values/result.ts';

/** A parsed value: text, a day number, an integer, a code; null when missing (or invalid and optional). */
export type Value = string | number | null;

export interface ParsedRow {
  /** Parsed values in COLUMNS[dataset] order. */
  values: Value[];
}

export interface RowProblem {
  column: string;
  value: string;
  reason: Reason;
}

export interface ColumnWarning {
  column: string;
  reason: Reason;
}

export type ValueJudgement = { ok: true; row: ParsedRow } | { ok: false; problem: RowProblem };

const EMPTY_REQUIRED = withFix(
  message('nilai wajib kosong', 'a required value is empty'),
  message(
    'isi sel ini dari sistem sumber; tanpa nilai ini baris tidak dapat dihitung (hapus barisnya bila bukan data sungguhan, mis. baris total)',
    'fill in this cell from the source system; without it the row cannot be counted (remove the row if it is not a real record, e.g. a totals row)',
  ),
);

const UNKNOWN_PROGRAM = withFix(
  message('kode program tidak ada di programs.csv', 'this program code is not in programs.csv'),
  message(
    'pakai kode program dari programs.csv (data/reference/, atau reference/ di folder ekspor); program baru: tambahkan dulu ke tabel itu',
    'use a program code from programs.csv (data/reference/, or reference/ in the exports folder); a new program: add it to that table first',
  ),
);

const UNKNOWN_SCHEME = withFix(
  message('kode skema tidak ada di schemes.csv', 'this scheme code is not in schemes.csv'),
  message(
    'pakai kode skema dari schemes.csv (data/reference/, atau reference/ di folder ekspor); skema baru: tambahkan dulu ke tabel itu',
    'use a scheme code from schemes.csv (data/reference/, or reference/ in the exports folder); a new scheme: add it to that table first',
  ),
);

const END_DATE_REQUIRED = withFix(
  message('tanggal selesai wajib diisi kecuali status berjalan', 'the end date is required unless the status is ongoing'),
  message(
    'isi tanggal selesai pelatihan; bila pelatihan masih berlangsung, tulis status berjalan',
    'fill in the date the training ended; if the training is still running, set the status to ongoing (berjalan)',
  ),
);

type CellParser = (raw: string) => ValueResult<string | number>;

function ok<T>(value: T): ValueResult<T> {
  return { ok: true, value };
}

function cellParser(spec: ColumnSpec, reference: ReferenceTables): CellParser {
  switch (spec.type) {
    case 'text':
    case 'private_text':
    case 'kecamatan': // matched in datasets/read-file.ts, after scope
      return ok;
    case 'date':
      return parseDate;
    case 'integer':
      return spec.max ? atMost(parseInteger, spec.max) : parseInteger;
    case 'positions':
      return spec.max ? atMost(parsePositions, spec.max) : parsePositions;
    case 'occupation_code':
      return parseOccupationCode;
    case 'program_code':
      return (raw) => {
        const program = reference.programs.get(codeKey(raw));
        return program ? ok(program.code) : { ok: false, reason: UNKNOWN_PROGRAM };
      };
    case 'scheme_code':
      return (raw) => {
        const scheme = reference.schemes.get(codeKey(raw));
        return scheme ? ok(scheme.code) : { ok: false, reason: UNKNOWN_SCHEME };
      };
    case 'enum': {
      const match = enumMatcher(spec.values!);
      const accepted = Object.entries(spec.values!)
        .map(([canonical, aliases]) => [canonical, ...aliases].join(', '))
        .join('; ');
      const reason = message(`nilai tidak dikenali; yang diterima: ${accepted}`, `value not recognised; accepted: ${accepted}`);
      return (raw) => {
        const value = match(raw);
        return value === null ? { ok: false, reason } : ok(value);
      };
    }
  }
}

/**
 * Optional columns whose invalid value rejects the row instead of being a warning (§4):
 * `positions` always; `end_date` unless the status is `ongoing` (decided per row below).
 */
const REJECTS_WHEN_INVALID = new Set(['positions']);

export interface RowValidator {
  /** Number of fields in the header. */
  width: number;
  judge(fields: string[], warn: (w: ColumnWarning) => void): ValueJudgement;
}

/**
 * Builds the validator for one file of a dataset. `columns[i]` is the source index of
 * COLUMNS[dataset][i] in the file, or −1 when the file lacks it.
 */
export function rowValidator(dataset: DatasetName, columns: number[], headerWidth: number, reference: ReferenceTables): RowValidator {
  const specs = COLUMNS[dataset];
  const parsers = specs.map((spec) => cellParser(spec, reference));
  // Visit columns in the file's order so the first problem reported is the leftmost one.
  const order = specs
    .map((_, i) => i)
    .filter((i) => columns[i] >= 0)
    .sort((a, b) => columns[a] - columns[b]);
  const statusAt = specs.findIndex((s) => s.name === 'status');
  const endAt = specs.findIndex((s) => s.name === 'end_date');
  const positionsAt = specs.findIndex((s) => s.type === 'positions');

  return {
    width: headerWidth,
    judge(fields, warn) {
      if (fields.length < headerWidth || (fields.length > headerWidth && fields.slice(headerWidth).some((f) => f !== ''))) {
        return {
          ok: false,
          problem: {
            column: '',
            value: '',
            reason: message(
              `baris ini punya ${fields.length} kolom, header punya ${headerWidth} (nilai yang berisi pemisah harus diapit tanda kutip)`,
              `this row has ${fields.length} fields but the header has ${headerWidth} (a value holding the delimiter must be quoted)`,
            ),
          },
        };
      }
      const values: Value[] = new Array(specs.length).fill(null);
      let problem: RowProblem | null = null;
      let problemAt = Infinity;
      let endDateProblem: RowProblem | null = null;
      for (const i of order) {
        const spec = specs[i];
        const raw = fields[columns[i]];
        if (raw === '') {
          if (spec.required && columns[i] < problemAt) {
            problem = { column: spec.name, value: raw, reason: EMPTY_REQUIRED };
            problemAt = columns[i];
          }
          continue;
        }
        if (spec.type === 'kecamatan') {
          values[i] = raw;
          continue;
        }
        const parsed = parsers[i](raw);
        if (parsed.ok) {
          values[i] = parsed.value;
        } else if (spec.required || REJECTS_WHEN_INVALID.has(spec.name)) {
          if (columns[i] < problemAt) {
            problem = { column: spec.name, value: raw, reason: parsed.reason };
            problemAt = columns[i];
          }
        } else if (i === endAt) {
          endDateProblem = { column: spec.name, value: raw, reason: parsed.reason };
        } else {
          warn({ column: spec.name, reason: parsed.reason });
        }
      }
      if (positionsAt >= 0 && values[positionsAt] === null && problem === null) values[positionsAt] = 1;
      if (endAt >= 0) {
        if (values[statusAt] === 'ongoing') {
          if (endDateProblem) warn({ column: 'end_date', reason: endDateProblem.reason });
        } else if (values[endAt] === null) {
          const at = columns[endAt] >= 0 ? columns[endAt] : headerWidth;
          if (at < problemAt) {
            problem = endDateProblem ?? { column: 'end_date', value: '', reason: END_DATE_REQUIRED };
            problemAt = at;
          }
        }
      }
      return problem ? { ok: false, problem } : { ok: true, row: { values } };
    },
  };
}

export function columnIndex(dataset: DatasetName, name: string): number {
  const i = COLUMNS[dataset].findIndex((c) => c.name === name);
  if (i < 0) throw new Error(`no column ${name} in ${dataset}`);
  return i;
}
