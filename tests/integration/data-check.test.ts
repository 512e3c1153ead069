// npm run data:check on good and bad exports: exit codes, grouped reasons with line numbers and fixes,
// Indonesian by default and English with --lang en, and no private value in the output.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, type DatasetName } from '../../src/pipeline/contract.ts';
import { readCsv } from '../../src/pipeline/read/csv.ts';
import { discoverInputs } from '../../src/pipeline/read/discover.ts';
import { mapColumns } from '../../src/pipeline/read/headers.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASIC = path.join(FIXTURES, 'basic');

function check(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-data.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A copy of the basic fixture with files added or replaced. */
function folder(files: Record<string, string | Buffer>): string {
  const input = path.join(tempDir(), 'exports');
  cpSync(BASIC, input, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(input, name)), { recursive: true });
    writeFileSync(path.join(input, name), content);
  }
  return input;
}

/** Every value of a private column (person_id, name, birth_date, certificate_number, employer_name) in a folder's exports. */
async function privateValues(input: string): Promise<string[]> {
  const values = new Set<string>();
  const { files } = discoverInputs(input);
  for (const [dataset, list] of Object.entries(files) as [DatasetName, { path: string }[]][]) {
    for (const file of list) {
      let sources: number[] = [];
      for await (const event of readCsv(file.path)) {
        if (event.kind === 'opened') sources = mapColumns(dataset, event.header.fields).columns;
        if (event.kind !== 'records') continue;
        for (const record of event.records) {
          COLUMNS[dataset].forEach((spec, i) => {
            const value = record.fields[sources[i]];
            if (spec.private && sources[i] >= 0 && value) values.add(value);
          });
        }
      }
    }
  }
  return [...values];
}

const XLSX = Buffer.concat([
  Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'),
  Buffer.from('[Content_Types].xml'),
  Buffer.alloc(200, 1),
]);

/** 20 vacancies, 3 with a date that does not exist (lines 2–4) and one with 0 positions (line 5): 4 of 24 rows rejected. */
const MOSTLY_INVALID = [
  'vacancy_id,posted_date,positions,employer_name',
  ...Array.from({ length: 20 }, (_, i) => `X${i},${i < 3 ? '2025-13-45' : '2025-06-01'},${i === 3 ? 0 : 2},PT Rahasia Bocor ${i}`),
].join('\n');

/** Rows whose rejection carries a private or identifying value: a conflicting id and an unknown enrollment. */
const CONFLICTS = [
  'enrollment_id,person_id,name,birth_date,program_code,start_date,end_date,status',
  'E90,0099000000009001,Rahasia Sembilan Puluh,1990-01-01,LAS-SMAW,2025-01-06,2025-03-28,completed',
  'E90,0099000000009002,Rahasia Lain Lagi,1991-02-02,LAS-SMAW,2025-01-06,2025-03-28,completed',
].join('\n');
const UNKNOWN_LINK = [
  'placement_id,person_id,enrollment_id,placement_date,placement_type,employer_name',
  'P90,0099000000009003,E-TIDAK-ADA-77,2025-05-01,bekerja,PT Rahasia Link',
].join('\n');

describe('data:check on the good fixture', () => {
  it('exits 0 and reports, per file, its dataset and rows, in Indonesian by default', () => {
    const run = check(BASIC);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '  enrollments.csv: peserta (enrollments) — UTF-8, pemisah koma\n' +
        '      23 baris dibaca, 18 diterima, 1 ditolak, 1 ganda (sama persis, dilewati), 2 diganti oleh file berikutnya, 1 di luar Kota Cilegon\n',
    );
    expect(run.out).toContain(
      '  enrollments_update.csv: peserta (enrollments) — UTF-8-BOM, pemisah titik koma\n      2 baris dibaca, 2 diterima, 0 ditolak\n',
    );
    expect(run.out).toContain(
      '  enrollments.csv, kolom start_date: 1 baris — tanggal tidak ada di kalender\n      baris: 23\n      nilai: "31/02/2025" (1×)\n      perbaikan: periksa hari dan bulannya',
    );
    expect(run.out).toMatch(/Hasil: LOLOS — data build akan menerbitkan data ini .*1 baris ditolak tidak ikut dihitung/);
    expect(run.out).not.toMatch(/\b(Result|Files|rows read)\b/);
  });

  it('speaks English only with --lang en', () => {
    const run = check(BASIC, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '  enrollments.csv: enrollments (peserta) — UTF-8, delimiter comma\n      23 rows read, 18 accepted, 1 rejected',
    );
    expect(run.out).toContain(
      '  enrollments.csv, column start_date: 1 row — this date does not exist in the calendar\n      line: 23\n      values: "31/02/2025" (1×)\n      fix: check the day and the month',
    );
    expect(run.out).toMatch(/Result: OK — the data build would publish this data .*1 rejected row is left out/);
    expect(run.out).not.toMatch(/\b(baris|ditolak|Hasil|Berkas|perbaikan)\b/);
  });

  it('prints no cell value with --hide-values', () => {
    const run = check(BASIC, '--hide-values');
    expect(run.code).toBe(0);
    expect(run.out).toContain('baris: 23');
    expect(run.out).not.toContain('31/02/2025');
    expect(run.out).not.toContain('nilai:');
  });

  it('passes the data templates with no rejected row', () => {
    const run = check('data/templates');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Hasil: LOLOS — data build akan menerbitkan data ini. Tidak ada baris ditolak.');
  });
});

describe('data:check on bad exports', () => {
  it('exits 1 on a mostly invalid file, with reasons grouped by file and column, line numbers and fixes', () => {
    const input = folder({ 'lowongan_2025.csv': MOSTLY_INVALID });
    const id = check(input);
    expect(id.code).toBe(1);
    expect(id.out).toContain(
      '  lowongan_2025.csv: lowongan (vacancies) — UTF-8, pemisah koma\n      20 baris dibaca, 16 diterima, 4 ditolak\n',
    );
    expect(id.out).toContain(
      '  lowongan_2025.csv, kolom posted_date: 3 baris — tanggal tidak ada di kalender\n      baris: 2, 3, 4\n      nilai: "2025-13-45" (3×)\n',
    );
    expect(id.out).toContain(
      '  lowongan_2025.csv, kolom positions: 1 baris — jumlah kebutuhan minimal 1\n      baris: 5\n      nilai: "0" (1×)\n      perbaikan: tulis jumlah orang yang dibutuhkan',
    );
    expect(id.out).toContain(
      'Hasil: DITOLAK — data build tidak akan menerbitkan data ini:\n  - vacancies: 4 dari 24 baris ditolak (lebih dari 5 %)',
    );

    const en = check(input, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toContain(
      '  lowongan_2025.csv, column posted_date: 3 rows — this date does not exist in the calendar\n      lines: 2, 3, 4\n',
    );
    expect(en.out).toContain(
      'Result: REFUSED — the data build would not publish this data:\n  - vacancies: 4 of 24 rows rejected (more than 5 %)',
    );
    expect(en.out).not.toMatch(/\b(baris|ditolak|Hasil|perbaikan)\b/);
  });

  it('lists at most 10 line numbers per group and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `B${i},2025-02-30,1`);
    const input = folder({ 'lowongan_2025.csv': ['vacancy_id,posted_date,positions', ...rows].join('\n') });
    const run = check(input, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'column posted_date: 30 rows — this date does not exist in the calendar\n      lines: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … and 20 more\n      values: "2025-02-30" (30×)\n',
    );
  });

  it('exits 1 on an Excel workbook renamed .csv, naming the file, and names every such file', () => {
    const input = folder({ 'peserta_2026.csv': XLSX, 'lowongan/kosong.csv': '' });
    const id = check(input);
    expect(id.code).toBe(1);
    expect(id.out).toContain(
      '  peserta_2026.csv: peserta (enrollments) — TIDAK DAPAT DIBACA: ini adalah workbook Excel: simpan sebagai CSV UTF-8\n',
    );
    expect(id.out).toContain('  lowongan/kosong.csv: lowongan (vacancies) — TIDAK DAPAT DIBACA: berkas kosong');
    expect(id.out).toContain(
      'Hasil: DITOLAK — data build tidak akan menerbitkan data ini:\n  - peserta_2026.csv: ini adalah workbook Excel: simpan sebagai CSV UTF-8\n  - lowongan/kosong.csv: berkas kosong',
    );
    const en = check(input, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toContain(
      '  peserta_2026.csv: enrollments (peserta) — CANNOT BE READ: this is an Excel workbook: save it as CSV UTF-8\n',
    );
  });

  it('reports a file whose name matches no dataset as not recognised, in a folder and on its own', () => {
    const input = folder({ 'catatan rapat.csv': 'a,b\n1,2\n' });
    const inFolder = check(input);
    expect(inFolder.code).toBe(0);
    expect(inFolder.out).toContain(
      '  catatan rapat.csv: tidak dibaca: berkas .csv yang tidak cocok dengan data mana pun. Perbaikan: beri nama yang diawali enrollments, peserta, certifications, sertifikasi, placements, penempatan, vacancies, lowongan',
    );

    const alone = check(path.join(input, 'catatan rapat.csv'), '--lang', 'en');
    expect(alone.code).toBe(1);
    expect(alone.out).toContain('catatan rapat.csv: not read: a .csv file that matches no dataset. Fix: give it a name starting with');
    expect(alone.out).toContain('Result: REFUSED — the data build would not publish this data:\n  - no event date in any dataset');
  });

  it('recognises a file named on its own by its name or its folder, and says when links cannot be checked', () => {
    const input = folder({ 'penempatan/2025-05.csv': UNKNOWN_LINK });
    const run = check(path.join(input, 'vacancies.csv'), path.join(input, 'penempatan/2025-05.csv'), '--lang', 'en');
    expect(run.out).toMatch(
      /penempatan\/2025-05\.csv: placements \(penempatan\) — UTF-8, delimiter comma\n {6}1 row read, 0 accepted, 1 rejected/,
    );
    expect(run.out).toMatch(/vacancies\.csv: vacancies \(lowongan\) — UTF-8, delimiter comma\n {6}4 rows read, 4 accepted, 0 rejected/);
    expect(run.out).toContain(
      'Note: no enrollments file is in this check, so certification and placement rows that give an enrollment_id are rejected.',
    );
    expect(run.out).toContain("Note: files named one by one are checked against the project's reference tables.");
    expect(run.code).toBe(1);
  });

  it('lists warnings by file and column, unknown columns and two columns naming one field', () => {
    const input = folder({
      'penempatan_2025.csv': [
        'placement_id,NIK,No KTP,enrollment_id,placement_date,placement_type,kbji,Catatan',
        'P50,0099000000005001,0099000000005001,E02,2025-06-01,bekerja,72121,ok',
        'P51,0099000000005002,0099000000005002,E03,2025-06-01,bekerja,abc,',
      ].join('\n'),
    });
    const run = check(input, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '  penempatan_2025.csv: placements (penempatan) — UTF-8, delimiter comma\n      2 rows read, 2 accepted, 0 rejected, 2 warnings\n',
    );
    expect(run.out).toContain(
      'Warnings: 2 (the rows are accepted; the bad value is treated as missing)\n' +
        '  penempatan_2025.csv, column occupation_code: 2 rows — a KBJI code has 4 digits (e.g. 7212)\n      lines: 2, 3\n',
    );
    expect(run.out).toContain(
      'Column headers\n  penempatan_2025.csv: unknown columns, ignored: "Catatan"\n' +
        '  penempatan_2025.csv: "NIK" and "No KTP" both mean person_id; "NIK" is read: remove or rename the other\n',
    );
  });

  it('refuses a broken reference table of the folder, naming it within the folder', () => {
    const input = folder({ 'reference/programs.csv': 'program_code,name_id,name_en,occupation_code\nX,a,b,99999\n' });
    const run = check(input);
    expect(run.code).toBe(1);
    expect(run.out).toContain('  enrollments.csv: peserta (enrollments) — tidak dibaca\n');
    expect(run.out).toContain(
      '  reference/programs.csv, baris 2 — TABEL REFERENSI TIDAK DAPAT DIBACA: kode KBJI harus 4 angka (contoh: 7212)\n',
    );
    expect(run.out).toContain(
      'Hasil: DITOLAK — data build tidak akan menerbitkan data ini:\n  - reference/programs.csv, baris 2: kode KBJI harus 4 angka (contoh: 7212)\n',
    );
  });

  it('warns that a course whose occupation occupations.csv does not list is counted as `other`, and passes (amendment 1.1)', () => {
    const programs =
      'program_code,name_id,name_en,occupation_code\nLAS-SMAW,Las,Welding,7212\nFORKLIFT,Forklift,Forklift,8344\nBARISTA,Barista,Barista,5132\n';
    const run = check(folder({ 'reference/programs.csv': programs }), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Counted as "other": 1 reference-table row\n' +
        '  programs.csv, line 4: program "BARISTA" — occupation code 5132 is not in occupations.csv, so its people and vacancies are published as "other"; add the occupation to occupations.csv to give it its own page\n',
    );
  });

  it('refuses an as-of date before the first event, as the build does', () => {
    const run = check(BASIC, '--as-of', '2020-01-01', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.out).toContain('  - the as-of date 2020-01-01 is before the first event (2024-03-01)');
  });

  it('exits 2 on wrong usage', () => {
    expect(check().code).toBe(2);
    expect(check(BASIC, '--lang', 'fr').code).toBe(2);
    expect(check(BASIC, '--bogus').code).toBe(2);
    expect(check('/nonexistent/folder').code).toBe(2);
    expect(check(BASIC, '--as-of', '31/12/2025').code).toBe(2);
  });
});

describe('data:check prints no private value', () => {
  it('names lines and columns but no NIK, name, birth date, certificate number or employer, whatever the problem', async () => {
    const input = folder({ 'lowongan_2025.csv': MOSTLY_INVALID, 'peserta_z.csv': CONFLICTS, 'penempatan/2025-05.csv': UNKNOWN_LINK });
    const secrets = await privateValues(input);
    expect(secrets).toContain('0099000000009002');
    expect(secrets).toContain('Rahasia Lain Lagi');
    expect(secrets).toContain('SERT-RAHASIA-0001');
    expect(secrets).toContain('PT Rahasia Bocor 3');
    expect(secrets.length).toBeGreaterThan(80);

    for (const lang of ['id', 'en']) {
      const run = check(input, '--lang', lang);
      expect(run.code).toBe(1);
      // The problems are there, by line and column …
      expect(run.out).toMatch(/peserta_z\.csv, (kolom|column) enrollment_id: 1 (baris|row) — .*conflicting duplicate id/);
      expect(run.out).toMatch(/penempatan\/2025-05\.csv, (kolom|column) enrollment_id: 1 (baris|row) — enrollment_id /);
      // … but neither their ids nor any private value.
      expect(run.out).not.toContain('E-TIDAK-ADA-77');
      expect(run.out).not.toContain('"E90"');
      for (const secret of secrets) expect(run.out, secret).not.toContain(secret);
      expect(run.err).toBe('');
    }
  });
});
