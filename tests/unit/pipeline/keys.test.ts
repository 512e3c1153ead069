import { describe, expect, it } from 'vitest';
import { KeyColumnBuilder, KeyTable, keyText, type KeyColumn } from '../../../src/pipeline/keys.ts';

function column(keys: (string | null)[]): KeyColumn {
  const builder = new KeyColumnBuilder(keys.length);
  for (const k of keys) {
    if (k === null) builder.skip();
    else builder.add(k);
  }
  return builder.finish();
}

describe('key tables', () => {
  it('number keys in order of first appearance, exactly (case, length, leading zeros)', () => {
    const keys = column(['E1', 'e1', 'E1', '0012', '12', 'E1 ', '0012']);
    const table = new KeyTable();
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => table.code(keys, r))).toEqual([0, 1, 0, 2, 3, 4, 2]);
    expect(table.size).toBe(5);
    expect(keyText(keys, 5)).toBe('E1 ');
  });

  it('tell keys apart when their hashes collide: the characters decide', () => {
    const keys = column(['3672010101900001', '3672010101900002', '3672010101900001']);
    keys.hashes.fill(42); // every key in the same bucket, with the same hash
    const table = new KeyTable();
    expect(table.find(keys, 0)).toBe(-1);
    expect(table.add(keys, 0)).toBe(0);
    expect(table.find(keys, 1)).toBe(-1);
    expect(table.add(keys, 1)).toBe(1);
    expect(table.find(keys, 2)).toBe(0);
  });

  it('keep every key through growth (200,000 distinct NIKs)', () => {
    const n = 200_000;
    const keys = column(Array.from({ length: n }, (_, i) => `3672${String(i).padStart(12, '0')}`));
    const table = new KeyTable();
    for (let r = 0; r < n; r++) table.code(keys, r);
    expect(table.size).toBe(n);
    expect(table.find(keys, 199_999)).toBe(199_999);
    expect(table.find(column(['3672000001000000']), 0)).toBe(-1);
  });
});

describe('key table room', () => {
  it('keep every key and its number through reserve and trim, and grow again after', () => {
    const keys = column(Array.from({ length: 3000 }, (_, i) => `BLK-${i}`));
    const table = new KeyTable();
    table.reserve(2000, 2000 * 8);
    for (let r = 0; r < 2500; r++) table.code(keys, r);
    table.trim();
    for (let r = 2500; r < 3000; r++) table.code(keys, r);
    expect(table.size).toBe(3000);
    expect([0, 1999, 2500, 2999].map((r) => table.find(keys, r))).toEqual([0, 1999, 2500, 2999]);
    expect(table.find(column(['BLK-3000']), 0)).toBe(-1);
  });
});
