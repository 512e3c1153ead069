// One exported CSV file as the source system would write it, with every data row's expected fate
// under the data contract (accepted, rejected, duplicate, superseded, out of scope).
import type { DatasetName } from '../pipeline/contract.ts';

export type Fate = 'accepted' | 'rejected' | 'duplicate' | 'superseded' | 'out_of_scope';
export type ExportEncoding = 'utf8' | 'utf8-bom' | 'windows-1252' | 'utf16le-bom';
export type LineEnd = '\r\n' | '\n';

export interface Column {
  header: string;
  /** The contract's field, or `extra:…` for a column the contract does not know. */
  field: string;
}

/** What the row means, for the volumes the README reports (null for rows nobody counts). */
export interface RowFacts {
  year: number;
  occupation: string;
  person: string;
  /** Enrollments: status shown; certifications: result; vacancies: positions. */
  detail: string;
  /** Enrollments: the year of end_date (null when none is an event). */
  endYear: number | null;
  positions: number;
  /** The row's event day (start, assessment, placement, posting) and, for enrollments, its end. */
  day: number;
  endDay: number | null;
}

export interface ExportRow {
  id: string;
  cells: Record<string, string>;
  fate: Fate;
  /** Why the row is rejected or out of scope; a key of the problem catalogue. */
  problem: string | null;
  warnings: string[];
  /** The enrollment_id written in a certification or placement row ('' when none). */
  link: string;
  /** A row that others copy or point at must not be corrupted. */
  locked: boolean;
  facts: RowFacts | null;
}

export interface ExportFile {
  path: string;
  dataset: DatasetName;
  /** One line for data/sample/README.md. */
  description: string;
  columns: Column[];
  rows: ExportRow[];
  delimiter: ',' | ';' | '\t';
  lineEnd: LineEnd;
  encoding: ExportEncoding;
  /** Date style of the file's date columns, for corrupting them realistically. */
  dateStyle: string;
  /** Blank lines, and lines of empty fields (`;;;;`), after these row indexes. */
  blankAfter: number[];
  emptyFieldsAfter: number[];
  /** Files pasted together: the header repeats before this row and line endings change from there. */
  pastedAt: { row: number; lineEnd: LineEnd } | null;
}

export function newRow(
  id: string,
  cells: Record<string, string>,
  fate: Fate,
  problem: string | null,
  facts: RowFacts | null,
  link = '',
): ExportRow {
  return { id, cells, fate, problem, warnings: [], link, locked: false, facts };
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r')
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}

/** The file's text: header, rows, blank lines and pasted parts. */
export function renderText(file: ExportFile): string {
  const line = (cells: readonly string[]) => cells.map((c) => quote(c, file.delimiter)).join(file.delimiter);
  const header = line(file.columns.map((c) => c.header));
  let lineEnd = file.lineEnd;
  let text = header + lineEnd;
  file.rows.forEach((row, i) => {
    if (file.pastedAt && file.pastedAt.row === i) {
      lineEnd = file.pastedAt.lineEnd;
      text += header + lineEnd;
    }
    text += line(file.columns.map((c) => row.cells[c.field] ?? '')) + lineEnd;
    if (file.blankAfter.includes(i)) text += lineEnd;
    if (file.emptyFieldsAfter.includes(i)) text += file.delimiter.repeat(file.columns.length - 1) + lineEnd;
  });
  return text;
}

function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Latin-1 letters are the same code points in Windows-1252; nothing else is needed here.
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`cannot write U+${code.toString(16)} in Windows-1252`);
    bytes[i] = code;
  }
  return bytes;
}

export function encode(text: string, encoding: ExportEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text);
    case 'utf8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'windows-1252':
      return encodeWindows1252(text);
    case 'utf16le-bom': {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes[0] = 0xff;
      bytes[1] = 0xfe;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        bytes[2 + 2 * i] = unit & 0xff;
        bytes[3 + 2 * i] = unit >> 8;
      }
      return bytes;
    }
  }
}

export function renderBytes(file: ExportFile): Uint8Array {
  return encode(renderText(file), file.encoding);
}
