// The enrollment exports: one file per start year from different systems (BLK spreadsheet, BBPVP
// system in Windows-1252, two exports pasted together), a mid-2026 export and a cumulative update.
import { type Day, yearOf } from './calendar.ts';
import { dayParts } from '../pipeline/values/dates.ts';
import type { EnrollmentStatus } from '../pipeline/datasets/enrollments.ts';
import { type Enrollment, statusOn } from './enrollments.ts';
import { type Column, type ExportFile, type ExportRow, newRow } from './export-file.ts';
import {
  type DateStyle,
  formatCilegon,
  formatDate,
  formatKecamatan,
  formatNik,
  formatSex,
  impossibleDate,
  type KecamatanStyle,
} from './formats.ts';
import { accentedName } from './names.ts';
import { chooseRow, duplicateExactly, duplicateWithConflict, reject, sprinkleBlankLines, warn } from './problems.ts';
import type { Random } from './random.ts';
import type { SampleReference } from './reference.ts';
import { DATA_END, MID_2026_EXPORT } from './seasons.ts';

interface Style {
  path: string;
  description: string;
  columns: Column[];
  delimiter: ExportFile['delimiter'];
  lineEnd: ExportFile['lineEnd'];
  encoding: ExportFile['encoding'];
  date: DateStyle;
  sex: 'id-long' | 'letter' | 'en';
  kecamatan: KecamatanStyle;
  city: [string[], number[]];
  nikMarker: boolean;
  status: Record<EnrollmentStatus, string[]>;
  provider: Record<'BLK' | 'BBPVP', string[]>;
  lowerCaseCodes: number;
}

const col = (header: string, field: string): Column => ({ header, field });

const STYLES: Record<'y2023' | 'y2024' | 'y2025' | 'mid2026' | 'update2026', Style> = {
  y2023: {
    path: 'peserta/peserta_2023.csv',
    description:
      'BLK spreadsheet saved by Excel as "CSV UTF-8": BOM, semicolons, CRLF, Indonesian headers, an unknown `No` column, `\'` before NIKs, dates DD/MM/YYYY, `Lulus`/`LULUS`, kecamatan as `Kec. Pulo Merak`, `GEROGOL`…, two lines of empty fields',
    columns: [
      col('No', 'extra:no'),
      col('No. Registrasi', 'enrollment_id'),
      col('NIK', 'person_id'),
      col('Nama Lengkap', 'name'),
      col('Jenis Kelamin', 'sex'),
      col('Tgl Lahir', 'birth_date'),
      col('Kab/Kota', 'city'),
      col('Kecamatan', 'kecamatan'),
      col('Pendidikan Terakhir', 'education'),
      col('Kode Program', 'program_code'),
      col('Lembaga', 'provider'),
      col('Jenis Pelatihan', 'training_type'),
      col('Tgl Mulai', 'start_date'),
      col('Tgl Selesai', 'end_date'),
      col('Status Akhir', 'status'),
    ],
    delimiter: ';',
    lineEnd: '\r\n',
    encoding: 'utf8-bom',
    date: 'dmy',
    sex: 'id-long',
    kecamatan: 'mixed',
    city: [
      ['Kota Cilegon', '', 'Cilegon', 'KOTA CILEGON'],
      [50, 25, 15, 10],
    ],
    nikMarker: true,
    status: {
      completed: ['Lulus', 'Lulus', 'Lulus', 'Lulus', 'LULUS'],
      failed: ['Tidak Lulus'],
      dropped: ['Mengundurkan Diri'],
      ongoing: ['Berjalan'],
    },
    provider: { BLK: ['UPTD BLK Kota Cilegon'], BBPVP: ['BBPVP Serang'] },
    lowerCaseCodes: 0,
  },
  y2024: {
    path: 'peserta/peserta_2024.csv',
    description:
      'Export saved as Windows-1252 (names such as José, Renée): commas, CRLF, short Indonesian headers (`JK`, `Kec`, `Kode Kejuruan`), dates `5 Januari 2024` / `05 Jan 2024`, kecamatan as BPS or Kemendagri codes, `Drop Out` / `DO`',
    columns: [
      col('ID Peserta', 'enrollment_id'),
      col('NIK', 'person_id'),
      col('Nama', 'name'),
      col('JK', 'sex'),
      col('Tanggal Lahir', 'birth_date'),
      col('Kota', 'city'),
      col('Kec', 'kecamatan'),
      col('Pendidikan', 'education'),
      col('Kode Kejuruan', 'program_code'),
      col('Penyelenggara', 'provider'),
      col('Tipe Pelatihan', 'training_type'),
      col('Tanggal Mulai', 'start_date'),
      col('Tanggal Selesai', 'end_date'),
      col('Keterangan', 'status'),
    ],
    delimiter: ',',
    lineEnd: '\r\n',
    encoding: 'windows-1252',
    date: 'long-id',
    sex: 'letter',
    kecamatan: 'codes',
    city: [
      ['Cilegon', '', '3672', '36.72', 'Kota Cilegon'],
      [40, 30, 10, 5, 15],
    ],
    nikMarker: false,
    status: { completed: ['Lulus'], failed: ['Tidak Lulus'], dropped: ['Drop Out', 'DO'], ongoing: ['Berjalan'] },
    provider: { BLK: ['BLK Cilegon'], BBPVP: ['Balai Besar Pelatihan Vokasi dan Produktivitas Serang'] },
    lowerCaseCodes: 0,
  },
  y2025: {
    path: 'peserta/peserta_2025.csv',
    description:
      'Two exports pasted together (BLK part with CRLF, then BBPVP part with LF after a repeated header line and a blank line): commas, English headers, an unknown `batch_no` column, ISO dates, `male`/`M`, some program codes in lower case',
    columns: [
      col('enrollment_id', 'enrollment_id'),
      col('person_id', 'person_id'),
      col('name', 'name'),
      col('sex', 'sex'),
      col('birth_date', 'birth_date'),
      col('city', 'city'),
      col('kecamatan', 'kecamatan'),
      col('education', 'education'),
      col('program_code', 'program_code'),
      col('provider', 'provider'),
      col('training_type', 'training_type'),
      col('start_date', 'start_date'),
      col('end_date', 'end_date'),
      col('status', 'status'),
      col('batch_no', 'extra:batch'),
    ],
    delimiter: ',',
    lineEnd: '\r\n',
    encoding: 'utf8',
    date: 'iso',
    sex: 'en',
    kecamatan: 'name',
    city: [
      ['Kota Cilegon', ''],
      [60, 40],
    ],
    nikMarker: false,
    status: {
      completed: ['completed', 'completed', 'completed', 'completed', 'Selesai'],
      failed: ['failed'],
      dropped: ['dropped', 'withdrawn'],
      ongoing: ['ongoing'],
    },
    provider: { BLK: ['UPTD BLK Kota Cilegon'], BBPVP: ['BBPVP Serang'] },
    lowerCaseCodes: 0.1,
  },
  mid2026: {
    path: 'peserta/peserta_2026.csv',
    description:
      'Export of 30 June 2026 (batches then running are `Sedang Berjalan`): BOM, semicolons, CRLF, dates D-M-YYYY; every row is repeated, most with a newer status, in peserta_2026_update.csv',
    columns: [
      col('No. Pendaftaran', 'enrollment_id'),
      col('NIK', 'person_id'),
      col('Nama Peserta', 'name'),
      col('Jenis Kelamin', 'sex'),
      col('Tgl Lahir', 'birth_date'),
      col('Kab/Kota', 'city'),
      col('Kecamatan', 'kecamatan'),
      col('Pendidikan Terakhir', 'education'),
      col('Kode Program', 'program_code'),
      col('Lembaga Pelatihan', 'provider'),
      col('Jenis Pelatihan', 'training_type'),
      col('Tanggal Mulai', 'start_date'),
      col('Tanggal Selesai', 'end_date'),
      col('Status Peserta', 'status'),
    ],
    delimiter: ';',
    lineEnd: '\r\n',
    encoding: 'utf8-bom',
    date: 'dmy-dash',
    sex: 'id-long',
    kecamatan: 'mixed',
    city: [
      ['Kota Cilegon', ''],
      [70, 30],
    ],
    nikMarker: true,
    status: { completed: ['Lulus'], failed: ['Tidak Lulus'], dropped: ['Mengundurkan Diri'], ongoing: ['Sedang Berjalan'] },
    provider: { BLK: ['UPTD BLK Kota Cilegon'], BBPVP: ['BBPVP Serang'] },
    lowerCaseCodes: 0,
  },
  update2026: {
    path: 'peserta/peserta_2026_update.csv',
    description:
      'Cumulative export of 30 September 2026 covering all of 2026 (supersedes peserta_2026.csv): commas, LF, snake_case Indonesian headers, dates D/M/YYYY, `selesai`, `tidak_lulus`, `mengundurkan_diri`, `aktif`',
    columns: [
      col('id_pendaftaran', 'enrollment_id'),
      col('nik', 'person_id'),
      col('nama_peserta', 'name'),
      col('jenis_kelamin', 'sex'),
      col('tgl_lahir', 'birth_date'),
      col('kabupaten_kota', 'city'),
      col('kecamatan', 'kecamatan'),
      col('pendidikan_terakhir', 'education'),
      col('program', 'program_code'),
      col('lembaga_pelatihan', 'provider'),
      col('jenis_pelatihan', 'training_type'),
      col('tgl_mulai', 'start_date'),
      col('tgl_selesai', 'end_date'),
      col('status_peserta', 'status'),
    ],
    delimiter: ',',
    lineEnd: '\n',
    encoding: 'utf8',
    date: 'dmy-loose',
    sex: 'letter',
    kecamatan: 'mixed',
    city: [
      ['Kota Cilegon', '', 'Cilegon'],
      [40, 45, 15],
    ],
    nikMarker: false,
    status: { completed: ['selesai'], failed: ['tidak_lulus'], dropped: ['mengundurkan_diri'], ongoing: ['aktif', 'berjalan'] },
    provider: { BLK: ['UPTD BLK Kota Cilegon'], BBPVP: ['BBPVP Serang'] },
    lowerCaseCodes: 0,
  },
};

function emptyFile(style: Style): ExportFile {
  return {
    path: style.path,
    dataset: 'enrollments',
    description: style.description,
    columns: style.columns,
    rows: [],
    delimiter: style.delimiter,
    lineEnd: style.lineEnd,
    encoding: style.encoding,
    dateStyle: style.date,
    blankAfter: [],
    emptyFieldsAfter: [],
    pastedAt: null,
  };
}

function rowFor(random: Random, e: Enrollment, exportDay: Day, style: Style, reference: SampleReference): ExportRow {
  const status = statusOn(e, exportDay);
  const person = e.person;
  const inScope = person.residence.inScope;
  const end =
    status === 'ongoing'
      ? random.chance(0.6)
        ? formatDate(random, e.batch.plannedEnd, style.date)
        : ''
      : formatDate(random, e.end, style.date);
  const code = random.chance(style.lowerCaseCodes) ? e.batch.plan.code.toLowerCase() : e.batch.plan.code;
  const cells: Record<string, string> = {
    enrollment_id: e.id,
    person_id: formatNik(random, person.nik, style.nikMarker),
    name: person.name,
    sex: random.chance(0.02) ? '' : formatSex(random, person.sex, style.sex),
    birth_date: random.chance(0.03) ? '' : formatDate(random, person.birth, style.date),
    city: inScope ? formatCilegon(random, style.city[0], style.city[1]) : person.residence.city,
    kecamatan: inScope
      ? formatKecamatan(random, person.residence.kecamatan, reference.kecamatan, style.kecamatan)
      : person.residence.kecamatan,
    education: person.education,
    program_code: code,
    provider: random.pick(style.provider[e.batch.plan.provider]),
    training_type: e.batch.trainingType,
    start_date: formatDate(random, e.batch.start, style.date),
    end_date: end,
    status: random.pick(style.status[status]),
    'extra:batch': `Angkatan ${1 + (dayParts(e.batch.start).month % 4)}`,
  };
  const facts = {
    year: yearOf(e.batch.start),
    occupation: e.batch.occupation,
    person: person.nik,
    detail: status,
    endYear: status === 'ongoing' ? null : yearOf(e.end),
    positions: 0,
    day: e.batch.start,
    endDay: status === 'ongoing' ? null : e.end,
  };
  return newRow(e.id, cells, inScope ? 'accepted' : 'out_of_scope', inScope ? null : 'out_of_scope_city', facts);
}

/** Enrollment files with their expected fates; `linked` holds the ids certifications or placements point at. */
export function exportEnrollments(
  random: Random,
  enrollments: readonly Enrollment[],
  reference: SampleReference,
  linked: ReadonlySet<string>,
): ExportFile[] {
  const byYear = (year: number) => enrollments.filter((e) => yearOf(e.batch.start) === year);
  const files = {
    y2023: emptyFile(STYLES.y2023),
    y2024: emptyFile(STYLES.y2024),
    y2025: emptyFile(STYLES.y2025),
    mid2026: emptyFile(STYLES.mid2026),
    update2026: emptyFile(STYLES.update2026),
  };
  // A few people's names were typed with accents; the 2024 export is the Windows-1252 one.
  byYear(2024)
    .filter((e) => e.person.residence.inScope)
    .slice(0, 400)
    .filter((_, i) => i % 67 === 5)
    .forEach((e) => {
      e.person.name = accentedName(random, e.person.sex);
    });
  for (const e of byYear(2023)) files.y2023.rows.push(rowFor(random, e, DATA_END, STYLES.y2023, reference));
  for (const e of byYear(2024)) files.y2024.rows.push(rowFor(random, e, DATA_END, STYLES.y2024, reference));
  const y2025 = byYear(2025);
  const blk2025 = y2025.filter((e) => e.batch.plan.provider === 'BLK').map((e) => rowFor(random, e, DATA_END, STYLES.y2025, reference));
  const bbpvp2025 = y2025.filter((e) => e.batch.plan.provider === 'BBPVP').map((e) => rowFor(random, e, DATA_END, STYLES.y2025, reference));
  files.y2025.rows.push(...blk2025, ...bbpvp2025);
  for (const e of byYear(2026)) {
    // Out-of-scope people of 2026 appear once only, so no out-of-scope id is ever repeated across files.
    if (e.batch.start <= MID_2026_EXPORT && e.person.residence.inScope)
      files.mid2026.rows.push(rowFor(random, e, MID_2026_EXPORT, STYLES.mid2026, reference));
    files.update2026.rows.push(rowFor(random, e, DATA_END, STYLES.update2026, reference));
  }

  const all = Object.values(files);
  const unlinked = (row: ExportRow) => !linked.has(row.id);
  const yearOfFile = (file: ExportFile) => Number(/20\d\d/.exec(file.path)?.[0]);

  for (let i = 0; i < 8; i++) {
    const { file, row } = chooseRow(random, all, unlinked);
    row.cells.start_date = impossibleDate(random, yearOfFile(file), file.dateStyle as DateStyle);
    reject(row, 'nonexistent_date');
  }
  const unknownPrograms = [
    'BLK-DESAIN-GRAFIS',
    'BLK-TATA-RIAS',
    'BBPVP-BARISTA',
    'BLK-LAS-TIG',
    'BLK-FORKLIF',
    'PBK-2024-07',
    'BBPVP-MEKATRONIKA',
    'BLK-PUBLIC-SPEAKING',
  ];
  for (const code of unknownPrograms) {
    const { row } = chooseRow(random, all, unlinked);
    row.cells.program_code = code;
    reject(row, 'unknown_program');
  }
  for (let i = 0; i < 6; i++) {
    const { file, row } = chooseRow(random, all, (r) => unlinked(r) && r.facts?.detail === 'completed');
    const start = enrollments.find((e) => e.id === row.id)?.batch.start ?? 0;
    row.cells.end_date = formatDate(random, start - random.int(1, 30), file.dateStyle as DateStyle);
    reject(row, 'end_before_start');
  }
  for (let i = 0; i < 4; i++) {
    const { row } = chooseRow(random, all, (r) => unlinked(r) && r.facts?.detail === 'completed');
    row.cells.end_date = '';
    reject(row, 'missing_end_date');
  }
  for (let i = 0; i < 5; i++) {
    const { row } = chooseRow(random, all, unlinked);
    row.cells.person_id = '';
    reject(row, 'missing_person_id');
  }
  for (let i = 0; i < 6; i++) {
    const { row } = chooseRow(random, all, unlinked);
    row.cells.city = '';
    row.cells.kecamatan = random.pick(['Kramatwatu', 'Bojonegara', 'Kec. Kramatwatu', 'Anyar']);
    reject(row, 'kecamatan_outside_cilegon');
  }
  for (let i = 0; i < 5; i++) {
    const { file, row } = chooseRow(random, all, (r) => r.facts?.detail === 'completed');
    const style = Object.values(STYLES).find((s) => s.path === file.path) as Style;
    duplicateWithConflict(random, file, row, (cells) => {
      cells.status = style.status.failed[0];
    });
  }
  for (let i = 0; i < 8; i++) {
    const { file, row } = chooseRow(random, all);
    duplicateExactly(random, file, row);
  }
  for (let i = 0; i < 4; i++) {
    const { file, row } = chooseRow(random, all, (r) => r.cells.birth_date !== '');
    row.cells.birth_date = impossibleDate(random, random.int(1990, 2005), file.dateStyle as DateStyle);
    warn(row, 'invalid_birth_date');
  }
  for (let i = 0; i < 3; i++) {
    const { row } = chooseRow(random, all);
    row.cells.sex = 'X';
    warn(row, 'invalid_sex');
  }
  for (let i = 0; i < 2; i++) {
    const { row } = chooseRow(random, [files.update2026], (r) => r.facts?.detail === 'ongoing' && r.cells.end_date !== '');
    const start = enrollments.find((e) => e.id === row.id)?.batch.start ?? 0;
    row.cells.end_date = formatDate(random, start - random.int(20, 60), STYLES.update2026.date);
    warn(row, 'ongoing_end_before_start');
  }

  // The pasted 2025 file: the BBPVP part starts where its first row now is.
  if (bbpvp2025.length > 0) files.y2025.pastedAt = { row: files.y2025.rows.indexOf(bbpvp2025[0]), lineEnd: '\n' };
  if (bbpvp2025.length > 0) files.y2025.blankAfter.push(files.y2025.rows.indexOf(bbpvp2025[0]) - 1);
  sprinkleBlankLines(random, files.y2023, 0, 2);
  sprinkleBlankLines(random, files.update2026, 3, 0);
  files.update2026.blankAfter.push(files.update2026.rows.length - 1);
  files.y2023.rows.forEach((row, i) => {
    row.cells['extra:no'] = String(i + 1);
  });
  return all;
}
