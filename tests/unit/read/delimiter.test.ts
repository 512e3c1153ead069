import { describe, expect, it } from 'vitest';
import { chooseDelimiter, findHeaderLine } from '../../../src/pipeline/read/delimiter.ts';

describe('chooseDelimiter', () => {
  it('takes the delimiter that occurs most often in the header line', () => {
    expect(chooseDelimiter('id,nama,nik')).toBe(',');
    expect(chooseDelimiter('id;nama;nik')).toBe(';');
    expect(chooseDelimiter('id\tnama\tnik')).toBe('\t');
    expect(chooseDelimiter('id;nama, lengkap;nik')).toBe(';');
  });

  it('counts only outside quotes', () => {
    expect(chooseDelimiter('"a,b,c";"d,e";f')).toBe(';');
    expect(chooseDelimiter('"x;y;z"\t"w;v"\tu')).toBe('\t');
  });

  it('breaks a tie towards comma, then semicolon', () => {
    expect(chooseDelimiter('a,b;c')).toBe(',');
    expect(chooseDelimiter('a\tb,c')).toBe(',');
    expect(chooseDelimiter('a\tb;c')).toBe(';');
    expect(chooseDelimiter('a;b;c\td\te')).toBe(';');
    expect(chooseDelimiter('id')).toBe(',');
  });
});

describe('findHeaderLine', () => {
  it('finds the first line with content', () => {
    expect(findHeaderLine('\n  \n;;;\n"",\'\nid;nama\n1;2', false)).toEqual({ state: 'found', line: 'id;nama', number: 5 });
    expect(findHeaderLine('id;nama', true)).toEqual({ state: 'found', line: 'id;nama', number: 1 });
  });

  it('asks for more text while that line has not ended', () => {
    expect(findHeaderLine('\n\nid;na', false)).toEqual({ state: 'need-more' });
    expect(findHeaderLine('\n\n', false)).toEqual({ state: 'need-more' });
  });

  it('says when the whole text has none', () => {
    expect(findHeaderLine('\n ;;\n\t\n', true)).toEqual({ state: 'none' });
    expect(findHeaderLine('', true)).toEqual({ state: 'none' });
  });
});
