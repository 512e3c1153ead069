import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/pipeline/read/headers.ts';
import { detached, mayNormaliseTo, recordAssembler } from '../../../src/pipeline/read/records.ts';

describe('recordAssembler', () => {
  it('numbers lines by the line breaks inside fields, cleans cells, and leaves out what is not data', () => {
    const assembler = recordAssembler(2);
    const first = assembler.take({
      rows: [[';'], ['ID', ' Nama '], ['1', 'a\nb'], [''], ['id', 'nama', '']],
      mayHoldLineBreaks: true,
      stop: null,
    });
    expect(first).toEqual({ header: { line: 2, fields: ['ID', 'Nama'] }, records: [{ line: 3, fields: ['1', 'a\nb'] }], stop: null });
    const second = assembler.take({
      rows: [
        ['2', "'x"],
        ['3', '"\n\n'],
        ['4', 'y\n', 'z\n'],
      ],
      mayHoldLineBreaks: true,
      stop: 'unclosed-quote',
    });
    expect(second).toEqual({
      header: null,
      records: [
        { line: 7, fields: ['2', 'x'] },
        { line: 8, fields: ['3', '"'] },
      ],
      stop: { reason: 'unclosed-quote', line: 12 },
    });
    expect(assembler.header).toEqual({ line: 2, fields: ['ID', 'Nama'] });
  });

  it('puts a row too long to read at the line where it starts', () => {
    const assembler = recordAssembler(1);
    const taken = assembler.take({ rows: [['a'], ['1\n'], ['x'.repeat(20)]], mayHoldLineBreaks: true, stop: 'row-too-long' });
    expect(taken.stop).toEqual({ reason: 'row-too-long', line: 4 });
    expect(taken.records).toEqual([{ line: 2, fields: ['1'] }]);
  });
});

describe('mayNormaliseTo', () => {
  it('rules a cell out by its first ASCII letter or digit, and never rules out a cell that normalises to the key', () => {
    expect(mayNormaliseTo('E000123', 'id_peserta')).toBe(false);
    expect(mayNormaliseTo('123', 'no')).toBe(false);
    expect(mayNormaliseTo('ID Peserta', 'id_peserta')).toBe(true);
    expect(mayNormaliseTo('  (No.)', 'no')).toBe(true);
    expect(mayNormaliseTo('\u212Aode', 'kode')).toBe(true); // KELVIN SIGN: undecided
    expect(mayNormaliseTo('#', '')).toBe(true);
    expect(mayNormaliseTo('', '')).toBe(true);
    expect(mayNormaliseTo('a', '')).toBe(false);
    for (const cell of ['No.', 'NIK', '  jenis-kelamin', '_x_', 'Tgl Lahir', '9 kolom', '—', '']) {
      expect(mayNormaliseTo(cell, normaliseHeader(cell)), cell).toBe(true);
    }
  });
});

describe('detached', () => {
  it('gives the same text, short, long or not ASCII', () => {
    const chunk = 'E1;3672012345678901;Renée Ñoño Santoso;x;"a\\b"\n\u0001\ud800 tail';
    for (const [start, end] of [
      [0, 2],
      [3, 19],
      [20, 39],
      [0, 0],
      [39, chunk.length],
    ]) {
      const field = chunk.slice(start, end);
      expect(detached(field)).toBe(field);
    }
  });
});
