import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/pipeline/read/headers.ts';
import { mayNormaliseTo, recordAssembler } from '../../../src/pipeline/read/records.ts';

describe('recordAssembler', () => {
  it('numbers lines by the line breaks inside fields, cleans cells, and leaves out what is not data', () => {
    const assembler = recordAssembler(2);
    const first = assembler.take({ rows: [[';'], ['ID', ' Nama '], ['1', 'a\nb'], [''], ['id', 'nama', '']], mayHoldLineBreaks: true, unclosedQuote: false });
    expect(first).toEqual({ header: { line: 2, fields: ['ID', 'Nama'] }, records: [{ line: 3, fields: ['1', 'a\nb'] }], unclosedQuoteLine: null });
    const second = assembler.take({ rows: [['2', "'x"], ['3', '"\n\n'], ['4', 'y', 'z\n']], mayHoldLineBreaks: true, unclosedQuote: true });
    expect(second).toEqual({ header: null, records: [{ line: 7, fields: ['2', 'x'] }, { line: 8, fields: ['3', '"'] }], unclosedQuoteLine: 11 });
    expect(assembler.header).toEqual({ line: 2, fields: ['ID', 'Nama'] });
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
