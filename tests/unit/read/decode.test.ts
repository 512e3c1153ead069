import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BOM_NOT_UTF8, decodeFile, surveyFile, type Encoding } from '../../../src/pipeline/read/decode.ts';
import { NOT_CSV } from '../../../src/pipeline/read/sniff.ts';
import { temporaryFolder, utf16be, utf16le, writeFixture } from './files.ts';

const dir = temporaryFolder();
const text = 'id;nama\r\n1;Renée Ñoño\r\n2;日本 🎉\r\n';

async function decoded(file: string, encoding: Encoding, chunkSize?: number): Promise<string> {
  let out = '';
  for await (const chunk of decodeFile(file, encoding, { chunkSize })) out += chunk;
  return out;
}

async function encodingOf(file: string, chunkSize?: number): Promise<Encoding | 'fatal'> {
  const result = await surveyFile(file, { chunkSize });
  return result.ok ? result.survey.encoding : 'fatal';
}

describe('surveyFile and decodeFile', () => {
  it('read UTF-8 without a BOM', async () => {
    const file = writeFixture(dir, 'utf8.csv', text);
    expect(await encodingOf(file)).toBe('utf-8');
    expect(await decoded(file, 'utf-8')).toBe(text);
  });

  it('read UTF-8 with a BOM, which is not part of the text', async () => {
    const file = writeFixture(dir, 'utf8-bom.csv', '\ufeff' + text);
    expect(await encodingOf(file)).toBe('utf-8-bom');
    expect(await decoded(file, 'utf-8-bom')).toBe(text);
  });

  it('read UTF-16 LE and BE with a BOM', async () => {
    const le = writeFixture(dir, 'utf16le.csv', utf16le(text));
    const be = writeFixture(dir, 'utf16be.csv', utf16be(text));
    expect(await encodingOf(le)).toBe('utf-16le');
    expect(await encodingOf(be)).toBe('utf-16be');
    expect(await decoded(le, 'utf-16le')).toBe(text);
    expect(await decoded(be, 'utf-16be')).toBe(text);
    // Chunks of odd sizes split code units and surrogate pairs.
    expect(await decoded(le, 'utf-16le', 3)).toBe(text);
    expect(await decoded(be, 'utf-16be', 5)).toBe(text);
  });

  it('read a file that is not valid UTF-8 as Windows-1252, the WHATWG way', async () => {
    // 0xE9 é, 0x80 €, 0x9F Ÿ, and the five unassigned bytes, which become C1 controls.
    const bytes = Buffer.from([0x69, 0x64, 0x0a, 0x52, 0x65, 0x6e, 0xe9, 0x65, 0x20, 0x80, 0x9f, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]);
    const file = writeFixture(dir, 'cp1252.csv', bytes);
    expect(await encodingOf(file)).toBe('windows-1252');
    expect(await decoded(file, 'windows-1252')).toBe('id\nRenée €Ÿ\u0081\u008d\u008f\u0090\u009d\n');
  });

  it('calls a file Windows-1252 when its only invalid byte is in the last chunk', async () => {
    const file = writeFixture(dir, 'late-cp1252.csv', Buffer.concat([Buffer.from('id\n' + 'é\n'.repeat(50)), Buffer.from([0xe9, 0x0a])]));
    expect(await encodingOf(file, 16)).toBe('windows-1252');
  });

  it('keeps UTF-8 when a multi-byte character straddles chunk boundaries', async () => {
    const file = writeFixture(dir, 'split.csv', text);
    for (let size = 1; size <= 12; size++) {
      expect(await encodingOf(file, size), `chunks of ${size}`).toBe('utf-8');
      expect(await decoded(file, 'utf-8', size), `chunks of ${size}`).toBe(text);
    }
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', async () => {
    const file = writeFixture(dir, 'bom-bad.csv', Buffer.concat([Buffer.from('\ufeffid\nRen'), Buffer.from([0xe9, 0x65, 0x0a])]));
    expect(await surveyFile(file)).toEqual({ ok: false, message: BOM_NOT_UTF8 });
    expect(await surveyFile(file, { chunkSize: 2 })).toEqual({ ok: false, message: BOM_NOT_UTF8 });
  });

  it('reports the SHA-256 and size of the raw bytes', async () => {
    const bytes = utf16le(text);
    const file = writeFixture(dir, 'hash.csv', bytes);
    const result = await surveyFile(file, { chunkSize: 7 });
    expect(result).toEqual({
      ok: true,
      survey: {
        encoding: 'utf-16le',
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
    });
  });

  it('sniffs the start of the file first', async () => {
    const file = writeFixture(
      dir,
      'book.csv',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('\0\0[Content_Types].xml')]),
    );
    expect(await surveyFile(file)).toEqual({ ok: false, message: NOT_CSV.excelWorkbook });
  });

  it('reports progress in bytes read', async () => {
    const file = writeFixture(dir, 'progress.csv', 'a,b\n1,2\n'); // 8 bytes
    const seen: number[] = [];
    for await (const chunk of decodeFile(file, 'utf-8', { chunkSize: 3, onProgress: (n) => seen.push(n) })) expect(chunk).not.toBe('');
    expect(seen).toEqual([3, 6, 8]);
  });
});
