// The one CSV reader (§3): any export people make of a table — its encoding, delimiter, line endings,
// quoting — read as records of cleaned fields with the physical line each starts on. It does not know
// columns or values: mapping headers and judging rows are the caller's.
//
// Steps: survey the bytes (sniff, hash, choose the encoding) → decode → normalise line endings to LF
// → find the header line and choose the delimiter → parse rows (papaparse) → assemble records.

import { message, type Message } from '../messages.ts';
import { decodeFile, surveyFile, type Encoding, type SurveyResult } from './decode.ts';
import { chooseDelimiter, findHeaderLine, type Delimiter } from './delimiter.ts';
import { newlineNormaliser } from './newlines.ts';
import { recordAssembler, type CsvRecord } from './records.ts';
import { MAX_ROW_CHARS, rowParser, type ParsedRows, type RowStop } from './rows.ts';

export type { Encoding } from './decode.ts';
export type { Delimiter } from './delimiter.ts';
export { detached, type CsvRecord } from './records.ts';

export type CsvEvent =
  | { kind: 'opened'; encoding: Encoding; delimiter: Delimiter; sha256: string; bytes: number; header: CsvRecord }
  /** Data rows only, in file order, one batch per chunk read; blank rows and repeated headers are left out. */
  | { kind: 'records'; records: CsvRecord[] }
  /** Always the last event when it happens; before `opened` when the file cannot be read at all. */
  | { kind: 'fatal'; message: Message; line?: number };

export interface ReadOptions {
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
  /** Bytes read at a time in both passes; for tests of chunk boundaries and for measuring. */
  chunkSize?: number;
  /** Bytes read at a time in the second pass only (decoding and parsing); for measuring. */
  decodeChunkSize?: number;
  /**
   * The first pass (surveyFile), when another thread has made it already or is making it: the worker
   * reading the files is the busier thread, so the main thread surveys the files it reads next.
   */
  survey?: Promise<SurveyResult>;
}

export const NO_HEADER = message('tidak ada baris judul kolom: semua baris kosong', 'there is no header row: every line is blank');

export const UNCLOSED_QUOTE = message(
  'tanda kutip (") dibuka di baris ini tetapi tidak pernah ditutup, sehingga sisa berkas tidak dapat dibaca dengan andal: periksa sel pada baris ini',
  'a quote (") opens on this line and is never closed, so the rest of the file cannot be read reliably: check the cells on this line',
);

export const ROW_TOO_LONG = message(
  `baris ini lebih panjang dari ${MAX_ROW_CHARS.toLocaleString('id-ID')} karakter tanpa akhir baris, sehingga berkas tidak dapat dibaca sebagai CSV: ekspor ulang sebagai CSV UTF-8`,
  `this line runs longer than ${MAX_ROW_CHARS.toLocaleString('en-GB')} characters without a line break, so the file cannot be read as CSV: export it again as CSV UTF-8`,
);

export const QUOTED_ROW_TOO_LONG = message(
  `tanda kutip (") dibuka di baris ini dan selnya berlanjut lebih dari ${MAX_ROW_CHARS.toLocaleString('id-ID')} karakter (batas panjang satu baris): tanda kutip itu tidak pernah ditutup, atau sel itu jauh lebih panjang dari sel mana pun yang wajar (Excel membatasi 32.767 karakter). Periksa tanda kutip pada baris ini`,
  `a quote (") opens on this line and its cell runs on for more than ${MAX_ROW_CHARS.toLocaleString('en-GB')} characters (the longest row read): either the quote is never closed, or the cell is far longer than any real one (Excel allows 32,767 characters). Check the quotes on this line`,
);

const STOP_MESSAGE: Record<RowStop, Message> = {
  'unclosed-quote': UNCLOSED_QUOTE,
  'row-too-long': ROW_TOO_LONG,
  'quoted-row-too-long': QUOTED_ROW_TOO_LONG,
};

function unreadable(error: NodeJS.ErrnoException): Message {
  return message(`berkas tidak dapat dibaca (${error.code})`, `the file cannot be read (${error.code})`);
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

async function* lfText(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  const newlines = newlineNormaliser();
  for await (const chunk of chunks) {
    const text = newlines.push(chunk);
    if (text !== '') yield text;
  }
  const rest = newlines.end();
  if (rest !== '') yield rest;
}

/**
 * Reads text until the header line has ended, to choose the delimiter before anything is parsed.
 * Null when no line has content: there is no header. A line that never ends is judged on what was read
 * (the parser then stops at it: the row is too long).
 */
async function readUntilHeaderLine(text: AsyncGenerator<string>): Promise<{ start: string; delimiter: Delimiter; line: number } | null> {
  let start = '';
  for (;;) {
    const next = await text.next();
    if (!next.done) start += next.value;
    const search = findHeaderLine(start, next.done === true || start.length > MAX_ROW_CHARS);
    if (search.state === 'found') return { start, delimiter: chooseDelimiter(search.line), line: search.number };
    if (search.state === 'none') return null;
  }
}

async function* readFile(path: string, options: ReadOptions): AsyncGenerator<CsvEvent> {
  const surveyed = await (options.survey ?? surveyFile(path, { chunkSize: options.chunkSize }));
  if (!surveyed.ok) {
    yield { kind: 'fatal', message: surveyed.message };
    return;
  }
  const { encoding, sha256, bytes } = surveyed.survey;
  const { onProgress } = options;
  const text = lfText(
    decodeFile(path, encoding, {
      chunkSize: options.decodeChunkSize ?? options.chunkSize,
      onProgress: onProgress && ((read) => onProgress(read, bytes)),
    }),
  );

  // Closes the file even when the caller stops early (after `opened`, say).
  try {
    const found = await readUntilHeaderLine(text);
    if (found === null) {
      yield { kind: 'fatal', message: NO_HEADER };
      return;
    }
    const { start, delimiter } = found;
    const parser = rowParser(delimiter);
    const assembler = recordAssembler(found.line);

    /** Yields the events of a batch of rows; true when reading stops there. */
    function* events(parsed: ParsedRows): Generator<CsvEvent, boolean> {
      const { header, records, stop } = assembler.take(parsed);
      if (header) yield { kind: 'opened', encoding, delimiter, sha256, bytes, header };
      if (records.length > 0) yield { kind: 'records', records };
      if (stop) yield { kind: 'fatal', message: STOP_MESSAGE[stop.reason], line: stop.line };
      return stop !== null;
    }

    if (yield* events(parser.push(start))) return;
    for await (const chunk of text) if (yield* events(parser.push(chunk))) return;
    if (yield* events(parser.end())) return;
    // A header line swallowed by a quote opened on a line before it.
    if (assembler.header === null) yield { kind: 'fatal', message: NO_HEADER };
  } finally {
    await text.return(undefined);
  }
}

/**
 * Reads a CSV file as events: `opened` (what the file is, and its header), then `records` in batches;
 * `fatal` ends the events when the file cannot be read reliably. Pull-based: the file is read as the
 * caller asks for events, so memory stays a chunk or two whatever the file's size.
 */
export async function* readCsv(path: string, options: ReadOptions = {}): AsyncGenerator<CsvEvent> {
  try {
    yield* readFile(path, options);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    yield { kind: 'fatal', message: unreadable(error) };
  }
}
