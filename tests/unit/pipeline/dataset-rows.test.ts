import { describe, expect, it } from 'vitest';
import { DatasetRows } from '../../../src/pipeline/datasets/rows.ts';

describe('dataset rows', () => {
  it('once finished, keep every row and only its room: the repeat columns go', () => {
    const rows = new DatasetRows(['day', 'sex'] as const);
    for (let i = 0; i < 1500; i++) rows.put(-1, 0, i * 0.5, Int32Array.of(20000 + i, i % 2));
    rows.put(3, 1, 7, Int32Array.of(1, 1));
    expect(rows.columns.day.data.length).toBe(2048);
    rows.finish();
    expect(rows.size).toBe(1500);
    expect(rows.columns.day.data.length).toBe(1500);
    expect(rows.columns.day.data[3]).toBe(1);
    expect(rows.columns.day.data[1499]).toBe(21499);
    expect(Array.from(rows.columns.sex.view().subarray(0, 4))).toEqual([0, 1, 0, 1]);
    expect(rows.file.data.length + rows.fingerprint.data.length).toBe(2);
  });
});
