import { describe, expect, it } from 'vitest';
import { cleanCell } from '../../../src/pipeline/read/cell.ts';

describe('cleanCell', () => {
  it('removes one leading Excel text marker', () => {
    expect(cleanCell("'0610")).toBe('0610');
    expect(cleanCell("''0610")).toBe("'0610");
    expect(cleanCell("'")).toBe('');
    expect(cleanCell("O'Neil")).toBe("O'Neil");
    expect(cleanCell("0610'")).toBe("0610'");
  });

  it('trims Unicode white space, the no-break space and U+FEFF too', () => {
    expect(cleanCell('  Budi \t')).toBe('Budi');
    expect(cleanCell('\u00a0Budi\u00a0')).toBe('Budi');
    expect(cleanCell('\ufeffid')).toBe('id');
    expect(cleanCell('\u3000Budi\u2003')).toBe('Budi');
    expect(cleanCell('\u0085Budi\u0085')).toBe('Budi');
    expect(cleanCell('\nBudi\n')).toBe('Budi');
    expect(cleanCell('Budi  Santoso')).toBe('Budi  Santoso');
  });

  it('trims around the marker: white space before it, after it, or both', () => {
    expect(cleanCell("  '0610")).toBe('0610');
    expect(cleanCell("' 0610 ")).toBe('0610');
    expect(cleanCell("\u00a0' 0610")).toBe('0610');
  });

  it('leaves an empty or blank cell empty', () => {
    expect(cleanCell('')).toBe('');
    expect(cleanCell('   ')).toBe('');
    expect(cleanCell(" ' ")).toBe('');
  });
});
