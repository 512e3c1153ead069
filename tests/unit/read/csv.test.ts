import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { NO_HEADER, QUOTED_ROW_TOO_LONG, ROW_TOO_LONG, UNCLOSED_QUOTE, readCsv } from '../../../src/pipeline/read/csv.ts';
import { MAX_ROW_CHARS } from '../../../src/pipeline/read/rows.ts';
import { BOM_NOT_UTF8 } from '../../../src/pipeline/read/decode.ts';
import { NOT_CSV } from '../../../src/pipeline/read/sniff.ts';
import { openedOf, readAll, recordsOf, temporaryFolder, utf16be, utf16le, writeFixture } from './files.ts';

const dir = temporaryFolder();
let count = 0;
/** Writes a fixture under a fresh name. */
const fixture = (content: Uint8Array | string) => writeFixture(dir, `f${++count}.csv`, content);

describe('readCsv: encodings', () => {
  const text = 'id;nama\r\n1;Renée\r\n';
  const expected = [[2, '1', 'Renée']];

  it.each([
    ['utf-8', Buffer.from(text)],
    ['utf-8-bom', Buffer.from('\ufeff' + text)],
    ['utf-16le', utf16le(text)],
    ['utf-16be', utf16be(text)],
    ['windows-1252', Buffer.from(text, 'latin1')],
  ] as const)('reads %s', async (encoding, bytes) => {
    const events = await readAll(fixture(bytes));
    const opened = openedOf(events);
    expect(opened.encoding).toBe(encoding);
    expect(opened.header).toEqual({ line: 1, fields: ['id', 'nama'] });
    expect(recordsOf(events)).toEqual(expected);
  });

  it('reads Windows-1252 bytes 0x81 and 0xE9 as U+0081 and é', async () => {
    const events = await readAll(fixture(Buffer.from([0x61, 0x0a, 0x81, 0xe9, 0x0a])));
    expect(openedOf(events).encoding).toBe('windows-1252');
    expect(recordsOf(events)).toEqual([[2, '\u0081é']]);
  });

  it('reports the raw bytes: size and SHA-256', async () => {
    const bytes = utf16be(text);
    const opened = openedOf(await readAll(fixture(bytes)));
    expect(opened.bytes).toBe(bytes.length);
    expect(opened.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('is fatal, before anything is opened, for a UTF-8 BOM followed by invalid UTF-8', async () => {
    const events = await readAll(fixture(Buffer.concat([Buffer.from('\ufeffid\n'), Buffer.from([0xe9, 0x0a])])));
    expect(events).toEqual([{ kind: 'fatal', message: BOM_NOT_UTF8 }]);
  });

  it('reads a character split across chunk boundaries whole, in every encoding', async () => {
    const long = 'id,nama\n' + Array.from({ length: 40 }, (_, i) => `${i},Cilégon 日本 🎉\n`).join('');
    const expectedRows = Array.from({ length: 40 }, (_, i) => [i + 2, String(i), 'Cilégon 日本 🎉']);
    for (const bytes of [Buffer.from(long), utf16le(long), utf16be(long)]) {
      const file = fixture(bytes);
      for (const chunkSize of [1, 2, 3, 5, 7, 64]) {
        expect(recordsOf(await readAll(file, { chunkSize })), `chunks of ${chunkSize}`).toEqual(expectedRows);
      }
    }
  });
});

describe('readCsv: delimiters and quotes', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'a;b;c\n1;2;3\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
  ])('finds the delimiter %j from the header line', async (delimiter, text) => {
    const events = await readAll(fixture(text));
    expect(openedOf(events).delimiter).toBe(delimiter);
    expect(recordsOf(events)).toEqual([[2, '1', '2', '3']]);
  });

  it('breaks a tie towards comma, then semicolon', async () => {
    const comma = await readAll(fixture('a;b,c\n1;2,3\n'));
    expect(openedOf(comma).delimiter).toBe(',');
    expect(recordsOf(comma)).toEqual([[2, '1;2', '3']]);
    const semicolon = await readAll(fixture('a\tb;c\n1\t2;3\n'));
    expect(openedOf(semicolon).delimiter).toBe(';');
  });

  it('counts delimiters outside quotes only', async () => {
    const events = await readAll(fixture('"id,x,y";"nama"\n1;"a,b"\n'));
    expect(openedOf(events).delimiter).toBe(';');
    expect(openedOf(events).header.fields).toEqual(['id,x,y', 'nama']);
    expect(recordsOf(events)).toEqual([[2, '1', 'a,b']]);
  });

  it('reads delimiters, doubled quotes and line breaks inside quoted fields', async () => {
    const events = await readAll(fixture('id;alamat;catatan\n1;"Jl. Merak; No. 5";"kata ""lulus"""\n2;"baris satu\nbaris dua";x\n'));
    expect(recordsOf(events)).toEqual([
      [2, '1', 'Jl. Merak; No. 5', 'kata "lulus"'],
      [3, '2', 'baris satu\nbaris dua', 'x'],
    ]);
  });

  it('reads every field as text', async () => {
    const events = await readAll(fixture('kode,nik,tanggal,upah\n0610,3672012345678901,2025-01-02,"5.128.084,00"\n'));
    expect(recordsOf(events)).toEqual([[2, '0610', '3672012345678901', '2025-01-02', '5.128.084,00']]);
  });

  it('cleans cells: the Excel text marker, white space, the no-break space', async () => {
    const events = await readAll(fixture('kode , nama\n\'0610,\u00a0Budi\u00a0\n"  \'0611 ",Siti\n'));
    expect(openedOf(events).header.fields).toEqual(['kode', 'nama']);
    expect(recordsOf(events)).toEqual([
      [2, '0610', 'Budi'],
      [3, '0611', 'Siti'],
    ]);
  });

  it('yields what each line holds, without checking field counts', async () => {
    const events = await readAll(fixture('a,b,c\n1\n1,2,3,4,5\n'));
    expect(recordsOf(events)).toEqual([
      [2, '1'],
      [3, '1', '2', '3', '4', '5'],
    ]);
  });
});

describe('readCsv: lines', () => {
  // Line 1 header (CRLF); 2 a record whose quoted field spans lines 2–4 (LF inside, then CR, then
  // CRLF ends it); 5 blank (CR); 6 a record (LF); 7 blank (CRLF); 8 a record, no final line break.
  const text = 'id,catatan\r\n1,"satu\ndua\rtiga"\r\n\r2,x\n\r\n3,y';

  it('numbers physical lines across mixed LF, CRLF and CR, inside quoted fields too', async () => {
    const events = await readAll(fixture(text));
    expect(recordsOf(events)).toEqual([
      [2, '1', 'satu\ndua\ntiga'],
      [6, '2', 'x'],
      [8, '3', 'y'],
    ]);
  });

  it('numbers them the same wherever chunks are cut (a CRLF split included)', async () => {
    const file = fixture(text);
    for (let chunkSize = 1; chunkSize <= text.length; chunkSize++) {
      expect(recordsOf(await readAll(file, { chunkSize })), `chunks of ${chunkSize}`).toEqual([
        [2, '1', 'satu\ndua\ntiga'],
        [6, '2', 'x'],
        [8, '3', 'y'],
      ]);
    }
  });

  it('skips blank lines and rows whose every cell is empty after cleaning', async () => {
    const events = await readAll(fixture('a;b\n\n;\n  ; \u00a0\n"";\'\n   \n1;2\n;;;\n'));
    expect(recordsOf(events)).toEqual([[7, '1', '2']]);
  });

  it('takes the first line with content as the header, counting the blank lines before it', async () => {
    const events = await readAll(fixture('\n;;\r\n\rid;nama\n1;a\n'));
    expect(openedOf(events).header).toEqual({ line: 4, fields: ['id', 'nama'] });
    expect(recordsOf(events)).toEqual([[5, '1', 'a']]);
  });

  it('skips the lines before the header line even when another delimiter would give them content', async () => {
    const events = await readAll(fixture(";;;\n'';\nid,nama\n1,2\n"));
    expect(openedOf(events).header).toEqual({ line: 3, fields: ['id', 'nama'] });
    expect(recordsOf(events)).toEqual([[4, '1', '2']]);
  });

  it('skips a line that repeats the header (files pasted together), however it is written', async () => {
    const events = await readAll(
      fixture('No.;Nama Peserta\n1;a\nNo.;Nama Peserta\n2;b\n"no";NAMA_PESERTA;\n\ufeffNo;nama-peserta\n3;c\nNo.;Nama\n'),
    );
    expect(recordsOf(events)).toEqual([
      [2, '1', 'a'],
      [4, '2', 'b'],
      [7, '3', 'c'],
      [8, 'No.', 'Nama'],
    ]);
  });

  it('gives a header row and nothing else when there are no data rows', async () => {
    const events = await readAll(fixture('id,nama\r\n'));
    expect(events.map((e) => e.kind)).toEqual(['opened']);
  });

  it('yields records in batches, in file order', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `${i},x`).join('\n');
    const events = await readAll(fixture('n,x\n' + rows), { chunkSize: 256 });
    const batches = events.filter((e) => e.kind === 'records');
    expect(batches.length).toBeGreaterThan(1);
    expect(recordsOf(events).map((r) => r[0])).toEqual(Array.from({ length: 500 }, (_, i) => i + 2));
  });
});

describe('readCsv: fatal errors', () => {
  it('stops at a quote that is never closed, naming the line where it opened', async () => {
    const events = await readAll(fixture('id,nama,catatan\n1,a,b\n2,"b\nc",x\n3,c,"tidak ditutup\n4,d,e\n5,e,f\n'));
    expect(recordsOf(events)).toEqual([
      [2, '1', 'a', 'b'],
      [3, '2', 'b\nc', 'x'],
    ]);
    expect(events.at(-1)).toEqual({ kind: 'fatal', message: UNCLOSED_QUOTE, line: 5 });
  });

  it('names the line of the open quote when earlier fields of its row span lines', async () => {
    const events = await readAll(fixture('a,b\n"x\ny","z\n'), { chunkSize: 4 });
    expect(events.at(-1)).toEqual({ kind: 'fatal', message: UNCLOSED_QUOTE, line: 3 });
  });

  it('stops early at a stray quote in a large file with no other quote, reading no further', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i + 3},nama peserta ${i},${'x'.repeat(60)}`).join('\n'); // 5 MB
    const file = fixture(`id,nama,catatan\n2,"Budi,x\n${rows}\n`);
    const seen: number[] = [];
    const events = await readAll(file, { onProgress: (read) => seen.push(read) });
    expect(events.map((e) => e.kind)).toEqual(['opened', 'fatal']);
    expect(events.at(-1)).toEqual({ kind: 'fatal', message: QUOTED_ROW_TOO_LONG, line: 2 });
    expect(seen.at(-1)).toBeLessThan(statSync(file).size);
  });

  it('is fatal at a line too long to be a row, one with no line break at all included', async () => {
    const file = fixture('id;nama\n1;a\n' + 'x;'.repeat(2_200_000));
    expect((await readAll(file)).at(-1)).toEqual({ kind: 'fatal', message: ROW_TOO_LONG, line: 3 });
    const oneLine = fixture('x;'.repeat(2_200_000));
    expect(await readAll(oneLine)).toEqual([{ kind: 'fatal', message: ROW_TOO_LONG, line: 1 }]);
  });

  it('says a quoted cell longer than the row limit is too long, not unclosed, when its quote closes later', async () => {
    const file = fixture(`id;catatan\n1;a\n2;"${'x'.repeat(2 * MAX_ROW_CHARS)}"\n3;c\n`);
    const events = await readAll(file);
    expect(recordsOf(events)).toEqual([[2, '1', 'a']]);
    expect(events.at(-1)).toEqual({ kind: 'fatal', message: QUOTED_ROW_TOO_LONG, line: 3 });
    expect(QUOTED_ROW_TOO_LONG.en).toMatch(/^a quote \(\"\) opens on this line and its cell runs on for more than 4,194,304 characters/);
  });

  it('is fatal when the header itself opens a quote that never closes', async () => {
    const events = await readAll(fixture('"id,nama\n1,2\n'));
    expect(events).toEqual([{ kind: 'fatal', message: UNCLOSED_QUOTE, line: 1 }]);
  });

  it('is fatal, naming what the file looks like, for bytes that cannot be a CSV export', async () => {
    const cases: [Uint8Array, object][] = [
      [new Uint8Array(0), NOT_CSV.empty],
      [Buffer.from('\ufeff\r\n'), NOT_CSV.empty],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('\0\0[Content_Types].xml')]), NOT_CSV.excelWorkbook],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), NOT_CSV.legacyExcel],
      [Buffer.from('%PDF-1.4\n'), NOT_CSV.pdf],
      [Buffer.from('<html><table><tr><td>id</td></tr></table></html>'), NOT_CSV.html],
      [Buffer.from([0x69, 0x64, 0x00, 0x01, 0x02, 0x03]), NOT_CSV.binary],
    ];
    for (const [bytes, expected] of cases) {
      expect(await readAll(fixture(bytes))).toEqual([{ kind: 'fatal', message: expected }]);
    }
  });

  it('is fatal when the header line is swallowed by a quote opened before it', async () => {
    expect(await readAll(fixture('"\nid,nama\n"\n'))).toEqual([{ kind: 'fatal', message: NO_HEADER }]);
  });

  it('is fatal when no line has content', async () => {
    expect(await readAll(fixture(';;;\n,,\n'))).toEqual([{ kind: 'fatal', message: NO_HEADER }]);
    expect(await readAll(fixture('\n"",\'\n  ;\t\n'))).toEqual([{ kind: 'fatal', message: NO_HEADER }]);
  });

  it('is fatal, not thrown, for a file that cannot be read', async () => {
    const events = await readAll(`${dir}/does-not-exist.csv`);
    expect(events).toEqual([
      {
        kind: 'fatal',
        message: {
          id: 'berkas tidak dapat dibaca (ENOENT)',
          en: 'the file cannot be read (ENOENT)',
        },
      },
    ]);
  });
});

describe('readCsv: progress and early stop', () => {
  it('reports bytes read of the total', async () => {
    const file = fixture('a,b\n1,2\n3,4\n'); // 12 bytes
    const seen: [number, number][] = [];
    await readAll(file, { chunkSize: 5, onProgress: (read, total) => seen.push([read, total]) });
    expect(seen).toEqual([
      [5, 12],
      [10, 12],
      [12, 12],
    ]);
  });

  it('can be left early: it reads no further and closes the file', async () => {
    const file = fixture('n\n' + Array.from({ length: 1000 }, (_, i) => i).join('\n')); // 3892 bytes
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = existsSync('/proc/self/fd') ? openFiles() : 0;
    for (const stopAt of ['opened', 'records'] as const) {
      const seen: number[] = [];
      for await (const event of readCsv(file, { chunkSize: 64, onProgress: (read) => seen.push(read) })) {
        if (event.kind === stopAt) break;
      }
      expect(seen.at(-1)).toBe(64);
    }
    // A stream closes its file asynchronously, soon after it is destroyed.
    if (existsSync('/proc/self/fd')) await vi.waitFor(() => expect(openFiles()).toBe(before), { timeout: 2000 });
  });
});
