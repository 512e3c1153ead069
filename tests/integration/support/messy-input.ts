// A deterministic messy input for the sameness test: the same bytes on every run (a fixed-seed
// generator, no clock), several files per dataset in three encodings and delimiters, and every kind
// of row the ingest judges: exact repeats within and across files, superseded rows, conflicting
// duplicates, links to known, unknown and out-of-scope enrollments, out-of-scope cities, rejects of
// several kinds, warnings (bad sex, valid_until before the assessment, unmapped sectors, cut job
// titles, ongoing rows ending before they start), job titles to classify.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const REFERENCE = path.resolve(import.meta.dirname, '../../../data/reference');

/** Mulberry32: small, fast, and the same sequence on every platform. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function firstColumn(file: string): string[] {
  return readFileSync(path.join(REFERENCE, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]);
}

export interface MessyInputSize {
  enrollments: number;
  certifications: number;
  placements: number;
  vacancies: number;
}

export const MESSY_INPUT_SIZE: MessyInputSize = { enrollments: 3000, certifications: 1600, placements: 1200, vacancies: 2000 };

/** Writes the messy input into `dir` (which should be empty) and returns `dir`. */
export function writeMessyInput(dir: string, size: MessyInputSize = MESSY_INPUT_SIZE, seed = 20261202): string {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => rnd() < p;
  const programs = firstColumn('programs.csv');
  const schemes = firstColumn('schemes.csv');
  const occupations = firstColumn('occupations.csv');
  const kecamatan = ['Ciwandan', 'CITANGKIL', 'Pulo Merak', '3672021', '36.72.06', 'Gerogol', 'cilegon', 'Jombang', 'Cibeber', ''];
  const persons = Array.from({ length: Math.ceil(size.enrollments * 0.7) }, (_, i) => `3672${String(100000000000 + i * 7919).slice(-12)}`);

  const day0 = Date.UTC(2023, 0, 1);
  const iso = (d: number) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
  const dmy = (d: number) => {
    const t = new Date(day0 + d * 86_400_000);
    return `${t.getUTCDate()}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()}`;
  };
  const date = (d: number) => (chance(0.5) ? iso(d) : dmy(d));
  const badDate = () => pick(['31/02/2025', '2025/09/25', '25/09/25', '09/25/2025']);
  const sex = () => (chance(0.02) ? 'X' : pick(['L', 'P', 'laki-laki', 'Perempuan', '', 'L', 'P']));
  const city = () => (chance(0.04) ? pick(['Serang', 'Kab. Serang', 'Jakarta']) : pick(['', 'Cilegon', 'Kota Cilegon', '3672']));
  const kec = () => (chance(0.004) ? 'Bandung' : pick(kecamatan));
  const quote = (s: string) => (/[",;\t\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

  const files: { name: string; text: string; encoding?: 'utf-16le' | 'windows-1252' }[] = [];
  const file = (name: string, header: string[], rows: string[][], delimiter = ',', encoding?: 'utf-16le' | 'windows-1252') => {
    const lines = [header, ...rows].map((r) => r.map(quote).join(delimiter));
    files.push({ name, text: `${lines.join(chance(0.5) ? '\n' : '\r\n')}\n`, encoding });
  };

  // Enrollments: three files; the second repeats and updates some of the first, the third some of both.
  const outOfScopeEnrollments: string[] = [];
  const enrollmentRow = (i: number, version: number): string[] => {
    const start = int(1200);
    const ongoing = chance(0.08);
    const end = start + 20 + int(120);
    const roll = rnd();
    const status = ongoing
      ? pick(['ongoing', 'berjalan'])
      : roll < 0.7
        ? pick(['completed', 'Lulus', 'selesai'])
        : roll < 0.85
          ? pick(['failed', 'tidak lulus'])
          : pick(['dropped', 'Mengundurkan Diri', 'DO']);
    const c = city();
    if (c !== '' && !c.includes('ilegon') && c !== '3672') outOfScopeEnrollments.push(`E${i}`);
    let endText = ongoing && chance(0.6) ? '' : date(end);
    if (chance(0.006)) endText = date(start - 5); // ends before it starts: a reject, or a warning when ongoing
    if (chance(0.004)) endText = badDate();
    return [
      `E${i}`,
      chance(0.002) ? '' : pick(persons),
      `${chance(0.1) ? 'José' : 'Nama'} ${i} v${version}`,
      sex(),
      chance(0.5) ? dmy(-int(15000)) : '',
      c,
      kec(),
      chance(0.005) ? 'NO-SUCH-PROGRAM' : pick(programs).toLowerCase(),
      chance(0.005) ? badDate() : date(start),
      endText,
      status,
    ];
  };
  const eHeader = [
    'enrollment_id',
    'person_id',
    'name',
    'sex',
    'birth_date',
    'city',
    'kecamatan',
    'program_code',
    'start_date',
    'end_date',
    'status',
  ];
  const eIdHeader = [
    'id_peserta',
    'nik',
    'nama_lengkap',
    'jenis_kelamin',
    'tgl_lahir',
    'kota',
    'kecamatan',
    'kode_program',
    'tgl_mulai',
    'tgl_selesai',
    'status_peserta',
  ];
  const first: string[][] = [];
  for (let i = 0; i < Math.floor(size.enrollments * 0.6); i++) {
    const row = enrollmentRow(i, 1);
    first.push(row);
    if (chance(0.02)) first.push([...row]); // an exact repeat within the file
    if (chance(0.01)) first.push([...row.slice(0, 10), 'failed']); // a conflicting duplicate
  }
  file('peserta_2024.csv', eHeader, first);
  const second: string[][] = [];
  for (let i = Math.floor(size.enrollments * 0.6); i < size.enrollments; i++) second.push(enrollmentRow(i, 1));
  for (let k = 0; k < size.enrollments * 0.08; k++) {
    const row = first[int(first.length)];
    second.push(chance(0.3) ? [...row] : [...row.slice(0, 10), pick(['completed', 'dropped'])]); // repeated across files, or updated
  }
  file('peserta_2025.csv', eIdHeader, second, ';', 'windows-1252');
  const third: string[][] = [];
  for (let k = 0; k < size.enrollments * 0.03; k++) {
    const i = int(size.enrollments);
    third.push(enrollmentRow(i, 2)); // supersedes a row of either earlier file
  }
  file('peserta_update.csv', eHeader, third, '\t', 'utf-16le');

  // Certifications: links to known, unknown and out-of-scope enrollments, or none.
  const cHeader = [
    'certification_id',
    'person_id',
    'enrollment_id',
    'scheme_code',
    'assessment_date',
    'result',
    'certificate_number',
    'valid_until',
    'city',
    'kecamatan',
    'sex',
  ];
  const certRow = (i: number): string[] => {
    const assessed = int(1300);
    const link = rnd();
    const enrollment =
      link < 0.5
        ? `E${int(size.enrollments)}`
        : link < 0.51
          ? `E-UNKNOWN-${i}`
          : link < 0.54 && outOfScopeEnrollments.length
            ? pick(outOfScopeEnrollments)
            : '';
    const until = rnd();
    return [
      `C${i}`,
      pick(persons),
      enrollment,
      chance(0.005) ? 'NO-SCHEME' : pick(schemes),
      chance(0.005) ? badDate() : date(assessed),
      chance(0.8) ? pick(['competent', 'Kompeten', 'K']) : pick(['not_yet', 'Belum Kompeten', 'BK']),
      `SERT/${i}/2025`,
      until < 0.5 ? '' : until < 0.55 ? date(assessed - 30) : date(assessed + 365 * 3),
      city(),
      kec(),
      sex(),
    ];
  };
  const certs: string[][] = [];
  for (let i = 0; i < size.certifications; i++) {
    certs.push(certRow(i));
    if (chance(0.02)) certs.push([...certs.at(-1)!]);
  }
  const half = Math.floor(certs.length / 2);
  file('sertifikasi_lsp.csv', cHeader, certs.slice(0, half));
  file(
    'sertifikasi_bnsp.csv',
    cHeader,
    [...certs.slice(half), ...certs.slice(0, 40).map((r) => [...r.slice(0, 5), 'not_yet', ...r.slice(6)])],
    ',',
  );

  // Placements.
  const pHeader = [
    'placement_id',
    'person_id',
    'enrollment_id',
    'placement_date',
    'placement_type',
    'occupation_code',
    'employer_name',
    'employer_sector',
    'monthly_wage',
    'city',
    'kecamatan',
    'sex',
  ];
  const placements: string[][] = [];
  for (let i = 0; i < size.placements; i++) {
    const link = rnd();
    placements.push([
      `P${i}`,
      pick(persons),
      link < 0.6 ? `E${int(size.enrollments)}` : link < 0.61 ? `E-NONE-${i}` : '',
      chance(0.005) ? badDate() : date(int(1300)),
      chance(0.004) ? 'magang' : pick(['employed', 'bekerja', 'migran', 'PMI', 'wirausaha', 'AKL']),
      chance(0.5) ? pick(occupations) : chance(0.01) ? '721' : '',
      `PT Contoh ${int(40)}`,
      pick(['24', 'KBLI 42', 'Baja', 'Catatan petugas', '']),
      chance(0.01) ? 'Rp 2.000.000.000' : pick(['Rp 5.128.084', '4.950.000', '']),
      city(),
      kec(),
      sex(),
    ]);
    if (chance(0.02)) placements.push([...placements.at(-1)!]);
  }
  file('penempatan_a.csv', pHeader, placements.slice(0, 700));
  file(
    'penempatan_b.csv',
    pHeader,
    [...placements.slice(700), ...placements.slice(0, 30).map((r) => [...r.slice(0, 4), 'wirausaha', ...r.slice(5)])],
    ';',
  );

  // Vacancies: occupation codes or titles to classify, sectors known and unmapped, positions good and bad.
  const vHeader = [
    'vacancy_id',
    'posted_date',
    'closing_date',
    'employer_name',
    'employer_sector',
    'occupation_code',
    'job_title',
    'positions',
    'city',
    'kecamatan',
    'required_scheme',
  ];
  const titles = [
    'Welder SMAW',
    'Operator Forklift',
    'Rigger',
    'Operator Crane',
    'Mekanik Alat Berat',
    'Barista',
    'Helper Forklift',
    'Teknisi Listrik',
    'Drafter AutoCAD',
    `Welder ${'x'.repeat(400)}`,
  ];
  const vacancies: string[][] = [];
  for (let i = 0; i < size.vacancies; i++) {
    const posted = int(1300);
    vacancies.push([
      `V${i}`,
      chance(0.005) ? badDate() : date(posted),
      chance(0.5) ? date(posted + 30) : '',
      `PT Lowong ${int(60)}`,
      pick(['24', '42 - Konstruksi Bangunan Sipil', 'Baja', 'Outsourcing', 'Minyak dan Gas Bumi', 'Toko Pak Budi', 'lain-lain', '']),
      chance(0.4) ? pick(occupations) : '',
      chance(0.9) ? pick(titles) : '',
      chance(0.01) ? pick(['0', '10 orang', '20000']) : chance(0.2) ? '' : String(1 + int(30)),
      city(),
      kec(),
      chance(0.2) ? pick(schemes) : '',
    ]);
    if (chance(0.02)) vacancies.push([...vacancies.at(-1)!]);
    if (chance(0.005)) vacancies.push([...vacancies.at(-1)!.slice(0, 7), '99', ...vacancies.at(-1)!.slice(8)]);
  }
  const third3 = Math.floor(vacancies.length / 3);
  file('lowongan_1.csv', vHeader, vacancies.slice(0, third3));
  file('lowongan_2.csv', vHeader, vacancies.slice(third3, 2 * third3));
  file('lowongan_3.csv', vHeader, [
    ...vacancies.slice(2 * third3),
    ...vacancies.slice(0, 50).map((r) => [...r.slice(0, 7), '3', ...r.slice(8)]),
  ]);

  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    const bytes =
      f.encoding === 'utf-16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(f.text, 'utf16le')])
        : f.encoding === 'windows-1252'
          ? Buffer.from(f.text, 'latin1')
          : Buffer.from(f.text, 'utf8');
    writeFileSync(path.join(dir, f.name), bytes);
  }
  return dir;
}

/** Adds two files that cannot be read (a header naming no column; a quote never closed) to a messy input. */
export function addUnreadableFiles(dir: string): string {
  writeFileSync(path.join(dir, 'sertifikasi_zz.csv'), 'foo,bar\n1,2\n');
  writeFileSync(
    path.join(dir, 'peserta_zz.csv'),
    'enrollment_id,person_id,program_code,start_date,status\nX1,"unclosed,BBPVP-LAS-FCAW,2025-01-01,lulus\n',
  );
  return dir;
}
