// A file named on its own (npm run data:check FILE): the same stems as folder discovery.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetOfFile, discoverFiles } from '../../../src/pipeline/read/discover.ts';
import { temporaryFolder, writeFixture } from './files.ts';

describe('datasetOfFile', () => {
  it('recognises a file by its own name, English or Indonesian, any case', () => {
    expect(datasetOfFile('exports/peserta_2025-01.csv')).toBe('enrollments');
    expect(datasetOfFile('Downloads/SERTIFIKASI lsp.CSV')).toBe('certifications');
    expect(datasetOfFile('placements.csv')).toBe('placements');
    expect(datasetOfFile('/tmp/lowongan karirhub.csv')).toBe('vacancies');
  });

  it("takes its folder's dataset first, as any .csv in a dataset folder belongs to it", () => {
    expect(datasetOfFile('exports/sertifikasi/lsp-las-2025.csv')).toBe('certifications');
    expect(datasetOfFile('exports/Penempatan/peserta.csv')).toBe('placements');
  });

  it('recognises nothing else, and no file that is not .csv', () => {
    expect(datasetOfFile('exports/catatan.csv')).toBeNull();
    expect(datasetOfFile('exports/peserta.xlsx')).toBeNull();
    expect(datasetOfFile('exports/data-peserta.csv')).toBeNull();
  });
});

describe('discoverFiles', () => {
  it('names files as given, in byte order per dataset, lists the rest as ignored, and uses the project reference tables', () => {
    const dir = temporaryFolder();
    const b = writeFixture(dir, 'peserta_b.csv', '');
    const a = writeFixture(dir, 'peserta/a.csv', '');
    const notes = writeFixture(dir, 'notes.csv', '');
    const found = discoverFiles([b, a, notes, b]);
    expect(found.files.enrollments).toEqual([
      { path: path.resolve(a), name: a.split(path.sep).join('/') },
      { path: path.resolve(b), name: b.split(path.sep).join('/') },
    ]);
    expect(found.files.certifications).toEqual([]);
    expect(found.ignored).toEqual([{ name: notes.split(path.sep).join('/'), reason: 'no_dataset' }]);
    expect(found.reference).toEqual({});
  });
});
