// Rows of fields from LF-normalised text arriving in chunks, parsed by papaparse.
//
// We drive papaparse's core parser (`Papa.Parser`, the one its own chunked streaming uses) the way
// its ChunkStreamer does: parse what has arrived, hold back the row that has not ended, prepend it to
// the next chunk. Reading is then pull-based: a chunk is parsed only when the reader asks for more, so
// memory stays a chunk or two whatever the file's size, and no callback has to be paused and resumed.

import Papa from 'papaparse';
import type { Delimiter } from './delimiter.ts';

export interface ParsedRows {
  /** Raw fields (quotes removed, doubled quotes undone), one array per row; a blank line is `['']`. */
  rows: string[][];
  /** False when no field can hold a line break (the text had no quote): lets callers skip counting. */
  mayHoldLineBreaks: boolean;
  /** The last row is a quoted field still open at the end of the file. */
  unclosedQuote: boolean;
}

export interface RowParser {
  push(text: string): ParsedRows;
  end(): ParsedRows;
}

interface PapaResult {
  data: string[][];
  errors: { code: string }[];
  meta: { cursor: number };
}

export function rowParser(delimiter: Delimiter): RowParser {
  // Every field a string (no dynamic typing), no comment lines, blank lines kept (they count as lines).
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', comments: false });
  let pending = '';
  return {
    push(text) {
      const input = pending + text;
      const result: PapaResult = parser.parse(input, 0, true);
      pending = input.slice(result.meta.cursor);
      return { rows: result.data, mayHoldLineBreaks: input.includes('"'), unclosedQuote: false };
    },
    end() {
      const input = pending;
      pending = '';
      const result: PapaResult = parser.parse(input, 0, false);
      return {
        rows: result.data,
        mayHoldLineBreaks: input.includes('"'),
        unclosedQuote: result.errors.some((e) => e.code === 'MissingQuotes'),
      };
    },
  };
}
