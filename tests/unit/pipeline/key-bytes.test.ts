import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeKey, encodeKey, maxKeyBytes } from '../../../src/pipeline/key-bytes.ts';
import { KeyColumnBuilder, KeyTable } from '../../../src/pipeline/keys.ts';

function bytesOf(key: string): Uint8Array {
  const out = new Uint8Array(maxKeyBytes(key));
  return out.slice(0, encodeKey(key, out, 0));
}

describe('key bytes', () => {
  it('keep a 16-digit NIK in 9 bytes and an ASCII id in one byte a character', () => {
    expect(bytesOf('3672010101900001')).toEqual(Uint8Array.of(0xff, 0x36, 0x72, 0x01, 0x01, 0x01, 0x90, 0x00, 0x01));
    expect(bytesOf('007')).toEqual(Uint8Array.of(0xff, 0x00, 0x7f));
    expect(bytesOf('BLK-1930953')).toEqual(new TextEncoder().encode('BLK-1930953'));
    expect(bytesOf('Ñ-😀')).toEqual(new TextEncoder().encode('Ñ-😀'));
  });

  it('tell apart what differs only in leading zeros, length or kind', () => {
    const keys = ['12', '012', '0012', '1', '10', '1 ', ' 1', '１２', '3672010101900001', '367201010190000'];
    const encoded = keys.map((k) => Array.from(bytesOf(k)).join(','));
    expect(new Set(encoded).size).toBe(keys.length);
    for (const k of keys) expect(decodeKey(bytesOf(k), 0, bytesOf(k).length)).toBe(k);
  });

  it('give every string its own bytes and read it back (any text, any digits)', () => {
    const key = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.stringMatching(/^\d{0,20}$/), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(key, key, (a, b) => {
        const x = bytesOf(a);
        const y = bytesOf(b);
        const same = x.length === y.length && x.every((v, i) => v === y[i]);
        expect(same).toBe(a === b);
        if (a.length > 0) expect(decodeKey(x, 0, x.length)).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('number keys the same way through a table, with lone surrogates kept apart', () => {
    const keys = ['\ud800', '\udc00', '\ud800\udc00', '𐀀', '\ud800', '00', '0', '00'];
    const builder = new KeyColumnBuilder(keys.length);
    for (const k of keys) builder.add(k);
    const column = builder.finish();
    const table = new KeyTable();
    expect(keys.map((_, r) => table.code(column, r))).toEqual([0, 1, 2, 2, 0, 3, 4, 3]);
  });
});
