import { describe, expect, it } from 'vitest';
import { rowParser, type ParsedRows } from '../../../src/pipeline/read/rows.ts';

/** Feeds `text` in pieces of `size` and gathers every row, and where it stopped. */
function parseInPieces(text: string, size: number, maxRowChars?: number): { rows: string[][]; stop: ParsedRows['stop'] } {
  const parser = rowParser(';', maxRowChars);
  const rows: string[][] = [];
  let stop: ParsedRows['stop'] = null;
  const take = (parsed: ParsedRows) => {
    rows.push(...parsed.rows);
    stop ??= parsed.stop;
  };
  for (let i = 0; i < text.length; i += size) take(parser.push(text.slice(i, i + size)));
  take(parser.end());
  return { rows, stop };
}

describe('rowParser', () => {
  const text = 'a;b\n1;"x;\ny"\n\n2;"say ""hi"""\n3;z';
  const rows = [['a', 'b'], ['1', 'x;\ny'], [''], ['2', 'say "hi"'], ['3', 'z']];

  it('parses quoted delimiters, line breaks and doubled quotes, and keeps blank lines as rows', () => {
    expect(parseInPieces(text, text.length)).toEqual({ rows, stop: null });
  });

  it('gives the same rows, in order, whatever the pieces', () => {
    for (let size = 1; size <= text.length; size++) expect(parseInPieces(text, size), `pieces of ${size}`).toEqual({ rows, stop: null });
  });

  it('says when a quote is open at the end of the file, with the open row last', () => {
    expect(parseInPieces('a;b\n1;"open\n2;3\n', 4)).toEqual({
      rows: [
        ['a', 'b'],
        ['1', 'open\n2;3\n'],
      ],
      stop: 'unclosed-quote',
    });
  });

  it('stops at an open quote once the open row is longer than the limit, without reading on, saying the row is too long', () => {
    const parser = rowParser(';', 10);
    expect(parser.push('a;b\n1;"open')).toEqual({ rows: [['a', 'b']], mayHoldLineBreaks: true, stop: null });
    const stopped = parser.push(' and on and on');
    expect(stopped.stop).toBe('quoted-row-too-long');
    expect(stopped.rows).toEqual([['1', 'open and on and on']]);
    expect(parser.push('more"\n')).toEqual({ rows: [], mayHoldLineBreaks: false, stop: null });
    expect(parser.end()).toEqual({ rows: [], mayHoldLineBreaks: false, stop: null });
  });

  it('stops at a line longer than the limit that has no open quote', () => {
    const { rows: parsed, stop } = parseInPieces('a;b\n' + 'x'.repeat(30) + '\n1;2\n', 4, 10);
    expect(stop).toBe('row-too-long');
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toEqual(['a', 'b']);
    // As much of the line as had arrived: more than the limit.
    expect(parsed[1].join('')).toMatch(/^x{11,30}$/);
  });

  it('tells whether any field may hold a line break', () => {
    const parser = rowParser(',');
    expect(parser.push('a,b\n1,2\n').mayHoldLineBreaks).toBe(false);
    expect(parser.push('"1",2\n').mayHoldLineBreaks).toBe(true);
  });
});
