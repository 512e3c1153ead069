// Which encoding a file is in (§3), and its text. Two passes over the bytes, so a file of any size is
// never held whole: the first decides the encoding (and hashes the bytes, and sniffs the start), the
// second decodes with the chosen decoder.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { message, type Message } from '../messages.ts';
import { SNIFF_BYTES, sniffNotCsv } from './sniff.ts';
import { utf8Validator } from './utf8.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The first pass makes no JavaScript objects per byte: large chunks, few steps. */
export const SURVEY_CHUNK_BYTES = 1 << 20;

/**
 * The second pass turns each chunk into rows of strings. Modest chunks keep them young: with 64 KiB the
 * garbage collector frees most of a chunk's rows cheaply before they are promoted; with 1 MiB and more,
 * 1 M rows took 1.5× the time and twice the memory (scripts/bench-read.ts).
 */
export const DECODE_CHUNK_BYTES = 1 << 16;

export interface FileSurvey {
  encoding: Encoding;
  /** SHA-256 of the raw bytes, lower-case hex. */
  sha256: string;
  bytes: number;
}

export type SurveyResult = { ok: true; survey: FileSurvey } | { ok: false; message: Message };

export const BOM_NOT_UTF8 = message(
  'berkas diawali penanda BOM UTF-8, tetapi isinya bukan UTF-8 yang sah: simpan ulang sebagai CSV UTF-8',
  'the file starts with a UTF-8 byte order mark, but its content is not valid UTF-8: save it again as CSV UTF-8',
);

const BOMS: readonly { encoding: Encoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8-bom', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** The encoding a byte order mark declares, or null without one. */
export function encodingOfBom(head: Uint8Array): Encoding | null {
  return BOMS.find((bom) => bom.bytes.every((b, i) => head[i] === b))?.encoding ?? null;
}

async function readHead(path: string): Promise<{ head: Uint8Array; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    let filled = 0;
    while (filled < head.length) {
      const { bytesRead } = await file.read(head, filled, head.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { head: head.subarray(0, filled), size };
  } finally {
    await file.close();
  }
}

/**
 * First pass: what the file is (or why it cannot be a CSV export), its SHA-256 and size.
 * With a UTF-16 BOM the file is UTF-16; otherwise it is UTF-8 when every byte sequence is valid UTF-8,
 * else Windows-1252 — except that a UTF-8 BOM followed by invalid UTF-8 is fatal (the file says it is
 * UTF-8, so it is damaged, and guessing would misread it silently).
 */
export async function surveyFile(path: string, options: { chunkSize?: number } = {}): Promise<SurveyResult> {
  const { head, size } = await readHead(path);
  const notCsv = sniffNotCsv(head, size);
  if (notCsv) return { ok: false, message: notCsv };

  const declared = encodingOfBom(head);
  const hash = createHash('sha256');
  const validator = declared === null || declared === 'utf-8-bom' ? utf8Validator() : null;
  let utf8 = validator !== null;
  let bytes = 0;
  // One buffer, read into again and again: a new chunk each time was garbage that a thread with
  // little else to collect (the main thread surveys files while a worker parses) kept for a while.
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(options.chunkSize ?? SURVEY_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const data = buffer.subarray(0, bytesRead);
      hash.update(data);
      bytes += bytesRead;
      if (utf8 && !validator!.push(data)) {
        if (declared === 'utf-8-bom') return { ok: false, message: BOM_NOT_UTF8 };
        utf8 = false;
      }
    }
  } finally {
    await file.close();
  }
  if (utf8 && !validator!.end()) {
    if (declared === 'utf-8-bom') return { ok: false, message: BOM_NOT_UTF8 };
    utf8 = false;
  }

  const encoding: Encoding = declared ?? (utf8 ? 'utf-8' : 'windows-1252');
  return { ok: true, survey: { encoding, sha256: hash.digest('hex'), bytes } };
}

/** WHATWG labels; TextDecoder removes a leading BOM of UTF-8 and UTF-16 itself. */
const DECODER_LABEL: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  // The WHATWG decoder: the five bytes Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D)
  // become the C1 controls of the same number, as the contract says.
  'windows-1252': 'windows-1252',
};

export interface DecodeOptions {
  chunkSize?: number;
  /** Called after each chunk of bytes is decoded, with the bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

/**
 * Second pass: the file's text, chunk by chunk. The decoder runs in streaming mode, so a character
 * whose bytes straddle two chunks is decoded whole. Invalid sequences cannot occur in UTF-8 here (the
 * survey chose the encoding); in UTF-16 an unpaired surrogate becomes U+FFFD.
 */
export async function* decodeFile(path: string, encoding: Encoding, options: DecodeOptions = {}): AsyncGenerator<string> {
  const decoder = new TextDecoder(DECODER_LABEL[encoding]);
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? DECODE_CHUNK_BYTES });
  let read = 0;
  for await (const chunk of stream) {
    const data = chunk as Buffer;
    read += data.length;
    const text = decoder.decode(data, { stream: true });
    options.onProgress?.(read);
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
