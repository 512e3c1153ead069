import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { compareBytes, discoverInputs } from '../../../src/pipeline/read/discover.ts';
import { temporaryFolder, writeFixture } from './files.ts';

/** A folder holding empty files at these relative paths (a trailing `/` makes an empty folder). */
function inputFolder(paths: string[]): string {
  const dir = temporaryFolder();
  for (const p of paths) {
    if (p.endsWith('/')) mkdirSync(path.join(dir, p), { recursive: true });
    else writeFixture(dir, p, '');
  }
  return dir;
}

const names = (files: { name: string }[]) => files.map((f) => f.name);

describe('discoverInputs', () => {
  it('finds datasets by English or Indonesian file-name stem, case-insensitively', () => {
    const dir = inputFolder([
      'peserta_2025-01.csv', 'Enrollments.CSV', 'SERTIFIKASI lsp.csv', 'certifications.csv',
      'penempatan.csv', 'Placements-Q1.Csv', 'lowongan karirhub.csv', 'vacancies2025.csv',
    ]);
    const found = discoverInputs(dir);
    expect(names(found.files.enrollments)).toEqual(['Enrollments.CSV', 'peserta_2025-01.csv']);
    expect(names(found.files.certifications)).toEqual(['SERTIFIKASI lsp.csv', 'certifications.csv']);
    expect(names(found.files.placements)).toEqual(['Placements-Q1.Csv', 'penempatan.csv']);
    expect(names(found.files.vacancies)).toEqual(['lowongan karirhub.csv', 'vacancies2025.csv']);
    expect(found.ignored).toEqual([]);
  });

  it('gives absolute paths and relative names with / separators', () => {
    const dir = inputFolder(['peserta/2025-01.csv']);
    const [file] = discoverInputs(dir).files.enrollments;
    expect(file).toEqual({ path: path.join(dir, 'peserta', '2025-01.csv'), name: 'peserta/2025-01.csv' });
    expect(path.isAbsolute(file.path)).toBe(true);
  });

  it('takes any .csv in a sub-folder named like a stem, one level only', () => {
    const dir = inputFolder([
      'Peserta/januari.csv', 'peserta/februari.CSV', 'Lowongan/apa saja.csv', 'lowongan/catatan.txt',
      'peserta/2024/lama.csv', 'sertifikasi/',
    ]);
    const found = discoverInputs(dir);
    expect(names(found.files.enrollments)).toEqual(['Peserta/januari.csv', 'peserta/februari.CSV']);
    expect(names(found.files.vacancies)).toEqual(['Lowongan/apa saja.csv']);
    expect(found.files.certifications).toEqual([]);
    expect(found.ignored).toEqual([]);
  });

  it('orders each dataset by the bytes of the relative name, not the locale', () => {
    const dir = inputFolder(['peserta_b.csv', 'peserta_B.csv', 'peserta_ä.csv', 'peserta_a.csv', 'peserta/z.csv', 'peserta_10.csv', 'peserta_9.csv']);
    expect(names(discoverInputs(dir).files.enrollments)).toEqual([
      'peserta/z.csv', 'peserta_10.csv', 'peserta_9.csv', 'peserta_B.csv', 'peserta_a.csv', 'peserta_b.csv', 'peserta_ä.csv',
    ]);
  });

  it('names other CSV files as ignored, byte-sorted, and passes over other files', () => {
    const dir = inputFolder([
      'rekap.csv', 'Data Lama.CSV', 'arsip/peserta_2019.csv', 'peserta.xlsx', 'catatan.txt', 'csv/', 'peserta_2025.csv',
    ]);
    const found = discoverInputs(dir);
    expect(names(found.files.enrollments)).toEqual(['peserta_2025.csv']);
    expect(found.ignored).toEqual(['Data Lama.CSV', 'arsip/peserta_2019.csv', 'rekap.csv']);
  });

  it('finds reference tables in reference/, case-insensitively, and neither reads nor ignores its other CSVs', () => {
    const dir = inputFolder(['Reference/Programs.csv', 'Reference/schemes.CSV', 'Reference/kecamatan.csv', 'Reference/peserta.csv']);
    const found = discoverInputs(dir);
    expect(found.reference).toEqual({
      programs: path.join(dir, 'Reference', 'Programs.csv'),
      schemes: path.join(dir, 'Reference', 'schemes.CSV'),
    });
    expect(found.files.enrollments).toEqual([]);
    expect(found.ignored).toEqual([]);
  });

  it('finds all four reference tables', () => {
    const dir = inputFolder(['reference/occupations.csv', 'reference/programs.csv', 'reference/schemes.csv', 'reference/job_titles.csv']);
    expect(Object.keys(discoverInputs(dir).reference).sort()).toEqual(['job_titles', 'occupations', 'programs', 'schemes']);
  });

  it('follows symbolic links to files and folders', () => {
    const source = inputFolder(['data/jan.csv', 'lowongan.csv']);
    const dir = inputFolder([]);
    symlinkSync(path.join(source, 'data'), path.join(dir, 'peserta'));
    symlinkSync(path.join(source, 'lowongan.csv'), path.join(dir, 'lowongan_link.csv'));
    const found = discoverInputs(dir);
    expect(names(found.files.enrollments)).toEqual(['peserta/jan.csv']);
    expect(names(found.files.vacancies)).toEqual(['lowongan_link.csv']);
  });

  it('finds nothing in an empty folder', () => {
    const found = discoverInputs(inputFolder([]));
    expect(found).toEqual({ files: { enrollments: [], certifications: [], placements: [], vacancies: [] }, ignored: [], reference: {} });
  });
});

describe('compareBytes', () => {
  it('orders by UTF-8 bytes: upper case before lower case, ASCII before accented, a supplementary character last', () => {
    expect(['b', 'ä', 'B', 'a', '\u{1F600}', '\uFF21'].sort(compareBytes)).toEqual(['B', 'a', 'b', 'ä', '\uFF21', '\u{1F600}']);
  });
});
