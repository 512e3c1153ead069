import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepRelease, readRelease, releaseBefore, releaseDates, releasesFolder } from '../../../src/releases/store.ts';

const FACTS = 'metric,period,occupation,kecamatan,sex,value,flag\nplaced,2025,*,*,*,12,\nplaced,2025,7212,*,*,,suppressed\n';
const meta = (asOf: string) => `${JSON.stringify({ as_of: asOf, min_cell: 5 })}\n`;

function releases(...dates: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'lm-store-'));
  for (const d of dates) expect(keepRelease(folder, d, { 'facts.csv': FACTS, 'meta.json': meta(d) })).toBe('added');
  return folder;
}

describe('the releases folder', () => {
  it("keeps the sample's releases apart from those of real exports", () => {
    expect(releasesFolder('data/releases', false)).toBe('data/releases');
    expect(releasesFolder('data/releases', true)).toBe(path.join('data/releases', 'sample'));
  });

  it('lists releases oldest first, ignoring anything that is not a dated release folder', () => {
    const folder = releases('2026-09-30', '2026-08-31');
    mkdirSync(path.join(folder, 'sample'));
    mkdirSync(path.join(folder, '2026-10-31'));
    writeFileSync(path.join(folder, 'README.md'), '');
    expect(releaseDates(folder)).toEqual(['2026-08-31', '2026-09-30']);
    expect(releaseDates(path.join(folder, 'missing'))).toEqual([]);
  });

  it('finds the newest release earlier than an as-of date', () => {
    const folder = releases('2026-07-31', '2026-08-31', '2026-09-30');
    expect(releaseBefore(folder, '2026-09-30')?.asOf).toBe('2026-08-31');
    expect(releaseBefore(folder, '2026-10-15')?.asOf).toBe('2026-09-30');
    expect(releaseBefore(folder, '2026-07-31')).toBeUndefined();
    expect(releaseBefore(folder, '2026-09-30')?.facts).toHaveLength(2);
  });

  it("reads a release and checks that its meta.json is for its folder's date", () => {
    const folder = releases('2026-08-31');
    expect(readRelease(folder, '2026-08-31').facts[1]).toEqual({
      metric: 'placed',
      period: '2025',
      occupation: '7212',
      kecamatan: '*',
      sex: '*',
      value: null,
      flag: 'suppressed',
    });
    writeFileSync(path.join(folder, '2026-08-31', 'meta.json'), meta('2026-09-30'));
    expect(() => readRelease(folder, '2026-08-31')).toThrow(/meta.json says as_of 2026-09-30/);
  });
});

describe('keepRelease', () => {
  it('writes a new release, accepts the same content again, and never overwrites other content', () => {
    const folder = releases('2026-08-31');
    expect(keepRelease(folder, '2026-08-31', { 'facts.csv': FACTS, 'meta.json': meta('2026-08-31') })).toBe('unchanged');
    const other = FACTS.replace('12', '13');
    expect(keepRelease(folder, '2026-08-31', { 'facts.csv': other, 'meta.json': meta('2026-08-31') })).toBe('conflict');
    expect(readFileSync(path.join(folder, '2026-08-31', 'facts.csv'), 'utf8')).toBe(FACTS);
    expect(existsSync(path.join(folder, `2026-08-31.tmp-${process.pid}`))).toBe(false);
  });
});
