// One loader for every table kept by people beside the code (data/reference/): a table is declared as
// data — its file, its columns (required or not, how a cell is read, which one is the key), the most
// rows it may hold, and how a row becomes a record — and read through the one CSV reader. Any problem
// is fatal and names the file and the line: a wrong reference table silently moves numbers.

import { message, type Message } from './messages.ts';
import { readCsv } from './read/csv.ts';
import { mapHeader, missingColumnMessage } from './read/headers.ts';
import type { ValueResult } from './values/result.ts';

export interface ReferenceColumn {
  name: string;
  required: boolean;
  /** Checks a non-empty cell and gives its canonical text; an empty optional cell is not parsed. */
  parse?: (text: string) => ValueResult<string>;
  /** The column is a key: a second row with the same key is refused with this message. */
  unique?: { key?: (value: string) => string; repeated: (value: string) => Message };
}

export interface ReferenceRow {
  line: number;
  /** The cell of a column, as its `parse` gave it; `` when the column is absent or empty. */
  get: (column: string) => string;
}

export interface ReferenceTableSpec<R> {
  /** The file's name, as messages give it (`occupations.csv`). */
  file: string;
  columns: readonly ReferenceColumn[];
  maxRows: number;
  /** When present, a table without rows is refused with this message. */
  empty?: Message;
  /** A row whose columns passed their checks → its record, or why the row is refused. */
  record: (row: ReferenceRow) => ValueResult<R>;
}

export type LoadedTable<R> = { ok: true; file: string; rows: { line: number; record: R }[] } | TableProblem;

export interface TableProblem {
  ok: false;
  file: string;
  line?: number;
  message: Message;
}

export function tooManyRows(file: string, most: number): Message {
  return message(
    `${file} lebih dari ${most.toLocaleString('id-ID')} baris, lebih dari yang dapat ditampilkan situs: paling banyak ${most.toLocaleString('id-ID')}`,
    `${file} has more than ${most.toLocaleString('en-GB')} rows, more than the site can show: at most ${most.toLocaleString('en-GB')}`,
  );
}

/**
 * Reads `path` as the table `spec` declares. Each row is checked in this order: required cells, each
 * column's `parse` (in column order), each key (in column order), then `record`; the first problem stops.
 */
export async function loadReferenceTable<R>(spec: ReferenceTableSpec<R>, path: string): Promise<LoadedTable<R>> {
  const problem = (line: number | undefined, text: Message): TableProblem => ({ ok: false, file: path, line, message: text });
  const rows: { line: number; record: R }[] = [];
  const seen = spec.columns.map(() => new Set<string>());
  let sources: number[] = [];
  for await (const event of readCsv(path)) {
    if (event.kind === 'fatal') return problem(event.line, event.message);
    if (event.kind === 'opened') {
      const mapped = mapHeader(spec.columns, event.header.fields);
      if (mapped.missing.length > 0) return problem(event.header.line, missingColumnMessage(mapped.missing[0]));
      sources = mapped.columns;
      continue;
    }
    for (const { line, fields } of event.records) {
      if (rows.length === spec.maxRows) return problem(line, tooManyRows(spec.file, spec.maxRows));
      const cells = sources.map((i) => (i >= 0 ? (fields[i] ?? '') : ''));
      for (const [i, column] of spec.columns.entries()) {
        if (column.required && cells[i] === '')
          return problem(line, message(`kolom '${column.name}' kosong`, `column '${column.name}' is empty`));
      }
      for (const [i, column] of spec.columns.entries()) {
        if (!column.parse || cells[i] === '') continue;
        const parsed = column.parse(cells[i]);
        if (!parsed.ok) return problem(line, parsed.reason);
        cells[i] = parsed.value;
      }
      for (const [i, column] of spec.columns.entries()) {
        if (!column.unique || cells[i] === '') continue;
        const key = column.unique.key ? column.unique.key(cells[i]) : cells[i];
        if (seen[i].has(key)) return problem(line, column.unique.repeated(cells[i]));
        seen[i].add(key);
      }
      const byName = new Map(spec.columns.map((c, i) => [c.name, cells[i]]));
      const record = spec.record({ line, get: (column) => byName.get(column) ?? '' });
      if (!record.ok) return problem(line, record.reason);
      rows.push({ line, record: record.value });
    }
  }
  if (spec.empty && rows.length === 0) return problem(undefined, spec.empty);
  return { ok: true, file: path, rows };
}
