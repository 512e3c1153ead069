// Rows of fields from LF-normalised text arriving in chunks, parsed by papaparse.
//
// We drive papaparse's core parser (`Papa.Parser`, the one its own chunked streaming uses) the way
// its ChunkStreamer does: parse what has arrived, hold back the row that has not ended, prepend it to
// the next chunk. Reading is then pull-based: a chunk is parsed only when the reader asks for more, so
// memory stays a chunk or two whatever the file's size, and no callback has to be paused and resumed.

import Papa from 'papaparse';
import type { Delimiter } from './delimiter.ts';

/**
 * The longest row read: 4 Mi characters, 128 times Excel's limit for one cell (32,767). A quote that
 * stays open longer (a stray `"` at the start of a cell, in a file with no other quote) would otherwise
 * make the rest of the file one field, held whole in memory; reading stops there instead, saying so.
 */
export const MAX_ROW_CHARS = 1 << 22;

/**
 * Why reading stops at the last row: a quote open at the end of the file; a row longer than
 * MAX_ROW_CHARS with no quote open; or one longer than that inside a quoted cell (whether the quote
 * closes later is not known, since reading stops there).
 */
export type RowStop = 'unclosed-quote' | 'row-too-long' | 'quoted-row-too-long';

export interface ParsedRows {
  /** Raw fields (quotes removed, doubled quotes undone), one array per row; a blank line is `['']`. */
  rows: string[][];
  /** False when no field can hold a line break (the text had no quote): lets callers skip counting. */
  mayHoldLineBreaks: boolean;
  /** When set, the last row is where reading stops, and nothing follows. */
  stop: RowStop | null;
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

export function rowParser(delimiter: Delimiter, maxRowChars = MAX_ROW_CHARS): RowParser {
  // Every field a string (no dynamic typing), no comment lines, blank lines kept (they count as lines).
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', comments: false });
  // The row that has not ended yet, and text that arrived after it without being parsed.
  let pending = '';
  let waiting: string[] = [];
  let waitingLength = 0;
  let stopped = false;
  const nothing = (): ParsedRows => ({ rows: [], mayHoldLineBreaks: false, stop: null });

  /** Parses `input` as the end of the file: the open row comes back whole, with MissingQuotes if a quote is open. */
  function parseToEnd(input: string): ParsedRows {
    const result: PapaResult = parser.parse(input, 0, false);
    const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
    return { rows: result.data, mayHoldLineBreaks: input.includes('"'), stop: unclosed ? 'unclosed-quote' : null };
  }

  /** Parses the rows that have ended; stops at an open row longer than the limit, or, at the end, at the open row. */
  function parse(input: string, atEnd: boolean): ParsedRows {
    const result: PapaResult = parser.parse(input, 0, true);
    pending = input.slice(result.meta.cursor);
    const parsed: ParsedRows = { rows: result.data, mayHoldLineBreaks: input.includes('"'), stop: null };
    const tooLong = pending.length > maxRowChars;
    if (!tooLong && !atEnd) return parsed;

    stopped = true;
    const open = parseToEnd(pending);
    pending = '';
    const stop = !tooLong ? open.stop : open.stop === 'unclosed-quote' ? 'quoted-row-too-long' : 'row-too-long';
    return { rows: [...parsed.rows, ...open.rows], mayHoldLineBreaks: parsed.mayHoldLineBreaks, stop };
  }

  function takeWaiting(): string {
    const input = pending + waiting.join('');
    waiting = [];
    waitingLength = 0;
    return input;
  }

  return {
    push(text) {
      if (stopped) return nothing();
      // A quoted field can stay open for many chunks. Parsing the open row again for every chunk would
      // take quadratic time, so more text is gathered first, until there is at least as much new text
      // as the open row (each character is then parsed a bounded number of times), or the limit is passed.
      waiting.push(text);
      waitingLength += text.length;
      if (waitingLength < pending.length && pending.length + waitingLength <= maxRowChars) return nothing();
      return parse(takeWaiting(), false);
    },

    end() {
      if (stopped) return nothing();
      return parse(takeWaiting(), true);
    },
  };
}
