import { describe, expect, it } from 'vitest';
import { COLUMNS, DATASETS, REFERENCE_COLUMNS } from '../../../src/pipeline/contract.ts';
import { mapColumns, mapHeader, missingColumnMessage, normaliseHeader } from '../../../src/pipeline/read/headers.ts';

describe('normaliseHeader', () => {
  it('lower-cases, trims and turns every run of other characters into one _', () => {
    expect(normaliseHeader('Jenis Kelamin')).toBe('jenis_kelamin');
    expect(normaliseHeader('JENIS_KELAMIN')).toBe('jenis_kelamin');
    expect(normaliseHeader('jenis-kelamin')).toBe('jenis_kelamin');
    expect(normaliseHeader('  Jenis  --  Kelamin ')).toBe('jenis_kelamin');
    expect(normaliseHeader('No.')).toBe('no');
    expect(normaliseHeader('(Tgl. Lahir)')).toBe('tgl_lahir');
    expect(normaliseHeader('__id__')).toBe('id');
    expect(normaliseHeader('Kode KBJI 2014')).toBe('kode_kbji_2014');
    expect(normaliseHeader('Pendidikan Terakhir\u00a0')).toBe('pendidikan_terakhir');
    expect(normaliseHeader('#')).toBe('');
  });
});

describe('the contract columns', () => {
  it('give every normalised name to one column only, within each dataset', () => {
    for (const dataset of DATASETS) {
      const owner = new Map<string, string>();
      for (const column of COLUMNS[dataset]) {
        for (const name of new Set([column.name, ...column.aliases].map(normaliseHeader))) {
          expect(owner.get(name), `${dataset}: ${name}`).toBeUndefined();
          owner.set(name, column.name);
        }
      }
    }
  });
});

describe('mapColumns', () => {
  it('finds each column by its canonical name or an alias, in contract order', () => {
    const header = ['No.', 'Nama Peserta', 'NIK', 'Kode Program', 'ID Peserta', 'Tgl Mulai', 'Status Akhir', 'Jenis Kelamin'];
    const mapped = mapColumns('enrollments', header);
    const byName = Object.fromEntries(COLUMNS.enrollments.map((c, i) => [c.name, mapped.columns[i]]));
    expect(byName).toEqual({
      enrollment_id: 4,
      person_id: 2,
      name: 1,
      sex: 7,
      birth_date: -1,
      city: -1,
      kecamatan: -1,
      education: -1,
      program_code: 3,
      provider: -1,
      training_type: -1,
      start_date: 5,
      end_date: -1,
      status: 6,
    });
    expect(mapped.unknown).toEqual(['No.']);
    expect(mapped.duplicates).toEqual([]);
    expect(mapped.missing).toEqual([]);
  });

  it('lets the first of two columns naming one field win, and reports the other', () => {
    const mapped = mapColumns('vacancies', ['id_lowongan', 'Jabatan', 'Posisi', 'tanggal_posting', 'Kode Lowongan']);
    const jobTitle = COLUMNS.vacancies.findIndex((c) => c.name === 'job_title');
    const vacancyId = COLUMNS.vacancies.findIndex((c) => c.name === 'vacancy_id');
    expect(mapped.columns[jobTitle]).toBe(1);
    expect(mapped.columns[vacancyId]).toBe(0);
    expect(mapped.duplicates).toEqual([
      { column: 'job_title', used: 'Jabatan', ignored: 'Posisi' },
      { column: 'vacancy_id', used: 'id_lowongan', ignored: 'Kode Lowongan' },
    ]);
  });

  it('lists unknown header cells as written, leaving out empty ones', () => {
    const mapped = mapColumns('placements', ['id_penempatan', 'NIK', 'Tgl Penempatan', 'Jenis Penempatan', 'Keterangan Lain', '', 'No.']);
    expect(mapped.unknown).toEqual(['Keterangan Lain', 'No.']);
    expect(mapped.missing).toEqual([]);
  });

  it('lists the required columns that are missing, in contract order', () => {
    const mapped = mapColumns('certifications', ['NIK', 'hasil']);
    expect(mapped.missing.map((c) => c.name)).toEqual(['certification_id', 'scheme_code', 'assessment_date']);
  });
});

describe('missingColumnMessage', () => {
  it('names the column and every accepted name, each once', () => {
    const programCode = COLUMNS.enrollments.find((c) => c.name === 'program_code')!;
    expect(missingColumnMessage(programCode)).toEqual({
      id: "kolom wajib 'program_code' tidak ada; nama yang diterima: program_code, kode_program, program, kode_kejuruan",
      en: "required column 'program_code' is missing; accepted names: program_code, kode_program, program, kode_kejuruan",
    });
    const kecamatan = COLUMNS.enrollments.find((c) => c.name === 'kecamatan')!;
    expect(missingColumnMessage(kecamatan).en).toBe("required column 'kecamatan' is missing; accepted names: kecamatan, district, kec");
  });
});

describe('mapHeader on a reference table', () => {
  it('maps by normalised name only, with the same report', () => {
    const mapped = mapHeader(REFERENCE_COLUMNS.schemes, ['Scheme Code', 'name_id', 'Name-EN', 'Catatan', 'scheme_code']);
    expect(mapped.columns).toEqual([0, 1, 2, -1, -1]);
    expect(mapped.unknown).toEqual(['Catatan']);
    expect(mapped.duplicates).toEqual([{ column: 'scheme_code', used: 'Scheme Code', ignored: 'scheme_code' }]);
    expect(mapped.missing.map((c) => c.name)).toEqual(['occupation_code', 'validity_years']);
  });

  it('accepts no aliases', () => {
    const mapped = mapHeader(REFERENCE_COLUMNS.job_titles, ['pattern', 'kbji']);
    expect(mapped.columns).toEqual([0, -1, -1]);
    expect(mapped.missing.map((c) => c.name)).toEqual(['occupation_code']);
  });
});
