import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
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
      'peserta_2025-01.csv',
      'Enrollments.CSV',
      'SERTIFIKASI lsp.csv',
      'certifications.csv',
      'penempatan.csv',
      'Placements-Q1.Csv',
      'lowongan karirhub.csv',
      'vacancies2025.csv',
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

  it("takes any .csv in a sub-folder named like a stem, and in that folder's own sub-folders", () => {
    const dir = inputFolder([
      'Peserta/januari.csv',
      'peserta/februari.CSV',
      'Lowongan/apa saja.csv',
      'lowongan/catatan.txt',
      'peserta/2024/lama.csv',
      'lowongan/2025/q1/maret.csv',
      'sertifikasi/',
    ]);
    const found = discoverInputs(dir);
    expect(names(found.files.enrollments)).toEqual(['Peserta/januari.csv', 'peserta/2024/lama.csv', 'peserta/februari.CSV']);
    expect(names(found.files.vacancies)).toEqual(['Lowongan/apa saja.csv', 'lowongan/2025/q1/maret.csv']);
    expect(found.files.certifications).toEqual([]);
    expect(found.ignored).toEqual([{ name: 'lowongan/catatan.txt', reason: 'not_csv' }]);
  });

  it('orders each dataset by the bytes of the relative name, not the locale', () => {
    const dir = inputFolder([
      'peserta_b.csv',
      'peserta_B.csv',
      'peserta_ä.csv',
      'peserta_a.csv',
      'peserta/z.csv',
      'peserta_10.csv',
      'peserta_9.csv',
    ]);
    expect(names(discoverInputs(dir).files.enrollments)).toEqual([
      'peserta/z.csv',
      'peserta_10.csv',
      'peserta_9.csv',
      'peserta_B.csv',
      'peserta_a.csv',
      'peserta_b.csv',
      'peserta_ä.csv',
    ]);
  });

  it('names every other file, at any depth, as not read with why, byte-sorted; passes over hidden entries and the folder notes', () => {
    const dir = inputFolder([
      'rekap.csv',
      'Data Lama.CSV',
      'arsip/peserta_2019.csv',
      'arsip/2018/peserta.csv',
      'peserta.xlsx',
      'catatan.txt',
      'csv/',
      'peserta_2025.csv',
      'lowongan_2025.tsv',
      'lowongan_2025.csv ',
      'Status Update.XLSX',
      '.git/config',
      '.gitattributes',
      'README.md',
      'SAMPLE-DATA.txt',
      'peserta/README.txt',
      ' lowongan/x.csv',
      'readme.csv',
    ]);
    symlinkSync(path.join(dir, 'gone.csv'), path.join(dir, 'lowongan_link.csv'));
    const found = discoverInputs(dir);
    expect(names(found.files.enrollments)).toEqual(['peserta_2025.csv']);
    expect(found.files.vacancies).toEqual([]);
    expect(found.ignored).toEqual([
      { name: ' lowongan/', reason: 'name_spaces' },
      { name: 'Data Lama.CSV', reason: 'no_dataset' },
      { name: 'Status Update.XLSX', reason: 'spreadsheet' },
      { name: 'arsip/2018/peserta.csv', reason: 'no_dataset' },
      { name: 'arsip/peserta_2019.csv', reason: 'no_dataset' },
      { name: 'catatan.txt', reason: 'not_csv' },
      { name: 'lowongan_2025.csv ', reason: 'name_spaces' },
      { name: 'lowongan_2025.tsv', reason: 'not_csv' },
      { name: 'lowongan_link.csv', reason: 'broken_link' },
      { name: 'peserta.xlsx', reason: 'spreadsheet' },
      { name: 'readme.csv', reason: 'no_dataset' },
      { name: 'rekap.csv', reason: 'no_dataset' },
    ]);
    expect(found.refused).toEqual([]);
  });

  it('names a symbolic link loop as a broken link, and walks a link back up the tree only once', () => {
    const dir = inputFolder(['lowongan/a.csv']);
    symlinkSync('loop.csv', path.join(dir, 'loop.csv'));
    symlinkSync('..', path.join(dir, 'lowongan', 'up'));
    const found = discoverInputs(dir);
    expect(names(found.files.vacancies)).toEqual(['lowongan/a.csv']);
    expect(found.ignored).toEqual([{ name: 'loop.csv', reason: 'broken_link' }]);
  });

  // Root reads every folder whatever its permissions.
  it.skipIf(process.getuid?.() === 0)('refuses a dataset folder it cannot open, and names any other folder it cannot open', () => {
    const dir = inputFolder(['peserta/a.csv', 'arsip/b.csv']);
    chmodSync(path.join(dir, 'peserta'), 0);
    chmodSync(path.join(dir, 'arsip'), 0);
    try {
      const found = discoverInputs(dir);
      expect(found.ignored).toEqual([{ name: 'arsip/', reason: 'unreadable' }]);
      expect(found.refused.map((r) => r.name)).toEqual(['peserta/']);
    } finally {
      chmodSync(path.join(dir, 'peserta'), 0o755);
      chmodSync(path.join(dir, 'arsip'), 0o755);
    }
  });

  it('refuses names that look like a NIK or a phone number, showing them masked, wherever they are', () => {
    const dir = inputFolder([
      'peserta_3672011234567890.csv',
      'penempatan/pmi 0812-3456-7890.csv',
      'catatan +62 812 3456 7890.xlsx',
      'lowongan_2025-08-01-2025-08-31.csv',
      'sertifikasi_20250801.csv',
    ]);
    const found = discoverInputs(dir);
    expect(found.refused.map((r) => r.name)).toEqual([
      'catatan +## ### #### ####.xlsx',
      'penempatan/pmi ####-####-####.csv',
      'peserta_################.csv',
    ]);
    expect(found.refused.map((r) => r.message.en)).toEqual([
      expect.stringContaining('looks like a phone number'),
      expect.stringContaining('looks like a phone number'),
      expect.stringContaining('look like a NIK'),
    ]);
    expect(JSON.stringify(found)).not.toMatch(/3672011234567890|3456|812 /);
    expect(names(found.files.vacancies)).toEqual(['lowongan_2025-08-01-2025-08-31.csv']);
    expect(names(found.files.certifications)).toEqual(['sertifikasi_20250801.csv']);
    expect(found.files.enrollments).toEqual([]);
    expect(found.ignored).toEqual([]);
  });

  it('finds reference tables in reference/, case-insensitively, and names its other files as not read', () => {
    const dir = inputFolder([
      'Reference/Programs.csv',
      'Reference/schemes.CSV',
      'Reference/kecamatan.csv',
      'Reference/peserta.csv',
      'Reference/programs.csv',
    ]);
    const found = discoverInputs(dir);
    expect(found.reference).toEqual({
      programs: path.join(dir, 'Reference', 'Programs.csv'),
      schemes: path.join(dir, 'Reference', 'schemes.CSV'),
    });
    expect(found.files.enrollments).toEqual([]);
    expect(found.ignored).toEqual([
      { name: 'Reference/kecamatan.csv', reason: 'not_reference_table' },
      { name: 'Reference/peserta.csv', reason: 'not_reference_table' },
      { name: 'Reference/programs.csv', reason: 'not_reference_table' },
    ]);
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
    expect(found).toEqual({
      files: { enrollments: [], certifications: [], placements: [], vacancies: [] },
      ignored: [],
      reference: {},
      refused: [],
    });
  });
});

describe('compareBytes', () => {
  it('orders by UTF-8 bytes: upper case before lower case, ASCII before accented, a supplementary character last', () => {
    expect(['b', 'ä', 'B', 'a', '\u{1F600}', '\uFF21'].sort(compareBytes)).toEqual(['B', 'a', 'b', 'ä', '\uFF21', '\u{1F600}']);
  });
});
