// The sample generator reads the reference tables as the data build does (issue 10: one CSV reader):
// quoted fields, a byte-order mark and CRLF read as in an export, and a table the build refuses is
// refused here too, naming its file and line, instead of being split at commas and taken as it is.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KECAMATAN_LIST } from '../../../src/pipeline/contract.ts';
import { BUNDLED_REFERENCE_DIR } from '../../../src/pipeline/reference.ts';
import { loadSampleReference, occupationOfTitle } from '../../../src/sample/reference.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/reference/ with one table's text changed. */
function referenceWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sample-reference-'));
  dirs.push(dir);
  cpSync(BUNDLED_REFERENCE_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

const bundled = await loadSampleReference();

describe('the sample reference', () => {
  it('holds the bundled tables: 20 occupations, every program with its hours, the 8 kecamatan in the contract order', () => {
    expect(bundled.occupations.size).toBe(20);
    expect(bundled.programs.get('BBPVP-LAS-SMAW6G')).toEqual({ occupation: '7212', hours: 480 });
    expect(bundled.schemes.get('BNSP-LAS-SMAW3G')).toEqual({ occupation: '7212', validityYears: 3 });
    expect(bundled.kecamatan.map((k) => k.bps)).toEqual(KECAMATAN_LIST.map((k) => k.bps));
    expect(bundled.kecamatan).toHaveLength(8);
    expect(bundled.kecamatan.find((k) => k.bps === '3672010')?.population).toBe(54851);
    expect(occupationOfTitle(bundled, 'Welder SMAW 6G')).toBe('7212');
    expect(occupationOfTitle(bundled, 'Staf administrasi')).toBe('other');
  });

  it('reads quoted fields with commas, a byte-order mark and CRLF as the build does', () => {
    const dir = referenceWith(
      'programs.csv',
      (text) => `\uFEFF${text.replace('Pengelasan SMAW Pipa Posisi 6G', '"Pengelasan SMAW, Pipa Posisi 6G"').replace(/\n/g, '\r\n')}`,
    );
    return expect(loadSampleReference(dir).then((r) => [r.programs.size, r.programs.get('BBPVP-LAS-SMAW6G')])).resolves.toEqual([
      bundled.programs.size,
      { occupation: '7212', hours: 480 },
    ]);
  });

  it('refuses what the build refuses, with the file and the line: a scheme code twice, hours that are no number', async () => {
    const twice = referenceWith('schemes.csv', (text) => `${text}BNSP-LAS-SMAW3G,Lagi,Again,7212,3\n`);
    const lines = readFileSync(path.join(BUNDLED_REFERENCE_DIR, 'schemes.csv'), 'utf8').trimEnd().split('\n').length;
    await expect(loadSampleReference(twice)).rejects.toThrow(
      `schemes.csv, line ${lines + 1}: kode skema 'BNSP-LAS-SMAW3G' muncul dua kali / scheme code 'BNSP-LAS-SMAW3G' appears twice`,
    );
    const hours = referenceWith('programs.csv', (text) => text.replace(',Las,480', ',Las,empat ratus'));
    await expect(loadSampleReference(hours)).rejects.toThrow(/programs\.csv, line 3: hours harus bilangan bulat/);
  });
});
