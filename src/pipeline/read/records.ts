// Parsed rows → records: the physical line each starts on, cleaned cells, the header, and the rows
// that are not data (blank, all-empty, a repeated header) left out.

import { cleanCell } from './cell.ts';
import { normaliseHeader } from './headers.ts';
import type { ParsedRows, RowStop } from './rows.ts';

export interface CsvRecord {
  /** The physical line the record starts on (1-based; LF, CRLF and lone CR each end a line). */
  line: number;
  /**
   * Cleaned fields (cleanCell), as many as the line holds: field counts are not checked here.
   * A field may share memory with the chunk of text it was cut from: keep one for long with `detached`.
   */
  fields: string[];
}

/** V8 cuts substrings this long or longer as slices that point into the whole string (SlicedString::kMinLength). */
const SLICE_MIN_LENGTH = 13;

/**
 * The field as a string of its own. V8 keeps a field of 13 characters or more as a slice of the 64 KiB
 * chunk of text it was cut from, so keeping such fields (ids in a Map, say) keeps whole chunks alive:
 * 1 M kept 16-digit NIKs held 162 MiB of heap, detached 50 MiB. Copying every field would cost the
 * reader ~15 % for fields nobody keeps, so callers detach the few they keep.
 */
export function detached(field: string): string {
  // A JSON round trip builds a new flat string (exactly, lone surrogates too), and is as fast as any other copy.
  return field.length < SLICE_MIN_LENGTH ? field : JSON.parse(JSON.stringify(field));
}

export interface AssembledRows {
  /** The header, in the batch where it is found. */
  header: CsvRecord | null;
  /** Data records, in file order. */
  records: CsvRecord[];
  /**
   * Where reading stops, else null: the line where a quote opens that is never closed, or where a row
   * too long to be read starts.
   */
  stop: { reason: RowStop; line: number } | null;
}

function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

function isEmptyRow(fields: readonly string[]): boolean {
  for (const field of fields) if (field !== '') return false;
  return true;
}

/** Header cells compared as headers are (normalised), trailing empty cells aside. */
function headerKey(fields: readonly string[]): string[] {
  const key = fields.map(normaliseHeader);
  while (key.length > 0 && key[key.length - 1] === '') key.pop();
  return key;
}

/**
 * Whether `cell` may normalise to `key` (a normalised header cell), judged by its first ASCII letter or
 * digit: a cheap test run on every data row, which almost never starts like the header. Undecided
 * (true) when a non-ASCII character comes first, since lower-casing some of them gives ASCII.
 */
export function mayNormaliseTo(cell: string, key: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 0x80) return true;
    const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) return lower === key.charCodeAt(0);
  }
  return key === '';
}

/** A line that repeats the header inside the data (files pasted together). */
function repeatedHeaderTest(header: readonly string[]): (fields: readonly string[]) => boolean {
  const key = headerKey(header);
  const first = key[0] ?? '';
  return (fields) => {
    if (!mayNormaliseTo(fields[0], first) || normaliseHeader(fields[0]) !== first) return false;
    const other = headerKey(fields);
    return other.length === key.length && other.every((cell, i) => cell === key[i]);
  };
}

/**
 * Assembles records from rows parsed in order. Rows span 1 + (line breaks inside their fields) lines,
 * since the text was normalised to LF. The header is the first row with content starting at or after
 * `headerLine` (the line the delimiter was chosen from); rows before it hold nothing but delimiters,
 * quotes and text markers.
 */
export function recordAssembler(headerLine: number) {
  let line = 1;
  let header: CsvRecord | null = null;
  let isRepeatedHeader: (fields: readonly string[]) => boolean = () => false;

  return {
    get header(): CsvRecord | null {
      return header;
    },

    take(parsed: ParsedRows): AssembledRows {
      const found = header === null;
      const records: CsvRecord[] = [];
      const complete = parsed.stop ? parsed.rows.length - 1 : parsed.rows.length;
      for (let r = 0; r < complete; r++) {
        const fields = parsed.rows[r];
        const start = line;
        line += 1 + (parsed.mayHoldLineBreaks ? lineBreaksIn(fields) : 0);
        for (let i = 0; i < fields.length; i++) fields[i] = cleanCell(fields[i]);
        if (isEmptyRow(fields) || start < headerLine) continue;
        if (header === null) {
          header = { line: start, fields };
          isRepeatedHeader = repeatedHeaderTest(fields);
        } else if (!isRepeatedHeader(fields)) {
          records.push({ line: start, fields });
        }
      }
      let stop: AssembledRows['stop'] = null;
      if (parsed.stop === 'unclosed-quote' || parsed.stop === 'quoted-row-too-long') {
        // The open field is its row's last; the fields before it may span lines themselves.
        stop = { reason: parsed.stop, line: line + lineBreaksIn(parsed.rows[complete].slice(0, -1)) };
      } else if (parsed.stop === 'row-too-long') {
        stop = { reason: parsed.stop, line };
      }
      return { header: found ? header : null, records, stop };
    },
  };
}
