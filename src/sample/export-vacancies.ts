// Vacancy exports: Karirhub by year (titles only, no KBJI), employers' compulsory reports to Disnaker
// (wajib lapor, with KBJI codes) and an industry survey typed in Excel (serial dates, titles on two lines).
import { yearOf } from './calendar.ts';
import { type Column, type ExportFile, type ExportRow, newRow } from './export-file.ts';
import { type DateStyle, formatCilegon, formatDate, formatKecamatan, impossibleDate } from './formats.ts';
import { chooseRow, duplicateExactly, duplicateWithConflict, reject, sprinkleBlankLines, warn } from './problems.ts';
import type { Random } from './random.ts';
import { occupationOfTitle, type SampleReference } from './reference.ts';
import { YEARS } from './seasons.ts';
import { OTHER_TITLE_CODES, type Vacancy, type VacancySource } from './vacancies.ts';
import { SECTORS } from './world.ts';

interface Style {
  source: VacancySource;
  description: string;
  columns: Column[];
  delimiter: ExportFile['delimiter'];
  lineEnd: ExportFile['lineEnd'];
  encoding: ExportFile['encoding'];
  posted: DateStyle;
  closing: DateStyle;
  writesCode: number;
}

const col = (header: string, field: string): Column => ({ header, field });

const KARIRHUB: Style = {
  source: 'karirhub',
  description:
    'Karirhub export: commas, LF, Indonesian headers, no KBJI column (titles are classified by job_titles.csv), an unknown `Tipe Pekerjaan` column, posting time after the date, `Jumlah Kebutuhan` sometimes empty (= 1)',
  columns: [
    col('ID Lowongan', 'vacancy_id'),
    col('Tanggal Tayang', 'posted_date'),
    col('Batas Lamaran', 'closing_date'),
    col('Nama Perusahaan', 'employer_name'),
    col('Sektor Usaha', 'employer_sector'),
    col('Judul Lowongan', 'job_title'),
    col('Jumlah Kebutuhan', 'positions'),
    col('Kota', 'city'),
    col('Kecamatan', 'kecamatan'),
    col('Sertifikasi Dibutuhkan', 'required_scheme'),
    col('Pendidikan Minimal', 'min_education'),
    col('Sumber', 'source'),
    col('Tipe Pekerjaan', 'extra:contract'),
  ],
  delimiter: ',',
  lineEnd: '\n',
  encoding: 'utf8',
  posted: 'iso-time',
  closing: 'iso',
  writesCode: 0,
};
const WAJIB_LAPOR: Style = {
  source: 'wajib_lapor',
  description:
    "Employers' compulsory vacancy reports (wajib lapor lowongan) to Disnaker: BOM, semicolons, CRLF, KBJI codes on most rows (some outside this dashboard's occupations, published as `other`), dates DD/MM/YYYY",
  columns: [
    col('Kode Lowongan', 'vacancy_id'),
    col('Tanggal Dibuka', 'posted_date'),
    col('Tanggal Tutup', 'closing_date'),
    col('Perusahaan', 'employer_name'),
    col('KBLI', 'employer_sector'),
    col('KBJI', 'occupation_code'),
    col('Jabatan', 'job_title'),
    col('Jumlah', 'positions'),
    col('Kota', 'city'),
    col('Kec', 'kecamatan'),
    col('Skema Dipersyaratkan', 'required_scheme'),
    col('Pendidikan Minimal', 'min_education'),
    col('Sumber', 'source'),
  ],
  delimiter: ';',
  lineEnd: '\r\n',
  encoding: 'utf8-bom',
  posted: 'dmy',
  closing: 'dmy',
  writesCode: 0.85,
};
const SURVEY: Style = {
  source: 'survei',
  description:
    "Industry survey of the petrochemical project's contractors, typed in Excel (April–June 2025): commas, CRLF, English headers, dates as Excel serial numbers (some with a time fraction), a few job titles on two lines inside quotes",
  columns: [
    col('vacancy_id', 'vacancy_id'),
    col('posted_date', 'posted_date'),
    col('closing_date', 'closing_date'),
    col('employer_name', 'employer_name'),
    col('employer_sector', 'employer_sector'),
    col('occupation_code', 'occupation_code'),
    col('job_title', 'job_title'),
    col('positions', 'positions'),
    col('city', 'city'),
    col('kecamatan', 'kecamatan'),
    col('required_scheme', 'required_scheme'),
    col('min_education', 'min_education'),
    col('source', 'source'),
  ],
  delimiter: ',',
  lineEnd: '\r\n',
  encoding: 'utf8',
  posted: 'excel',
  closing: 'excel',
  writesCode: 1,
};

function sectorText(random: Random, v: Vacancy, source: VacancySource): string {
  const info = SECTORS[v.employer.sector];
  if (source === 'wajib_lapor') return random.chance(0.7) ? info.kbli : `KBLI ${info.kbli}`;
  return random.chance(0.7) ? info.name : `${info.kbli} - ${info.name}`;
}

/** The occupation the contract gives a vacancy: its own valid code, else the first job_titles match. */
function publishedOccupation(reference: SampleReference, cells: Record<string, string>): string {
  const code = /^(\d{4})(?:\.0+)?$/.exec(cells.occupation_code ?? '')?.[1];
  if (code) return reference.occupations.has(code) ? code : 'other';
  return occupationOfTitle(reference, cells.job_title);
}

function rowFor(random: Random, v: Vacancy, style: Style, reference: SampleReference, closing: number | null): ExportRow {
  const code = v.occupation === 'other' ? OTHER_TITLE_CODES[v.title] : v.occupation;
  const writeCode = random.chance(style.writesCode);
  const title = style.source === 'survei' && random.chance(0.25) ? `${v.title}\n(Proyek Petrokimia)` : v.title;
  const cells: Record<string, string> = {
    vacancy_id: v.id,
    posted_date: formatDate(random, v.posted, style.posted),
    closing_date: closing === null ? '' : formatDate(random, closing, style.closing),
    employer_name: v.employer.name,
    employer_sector: sectorText(random, v, style.source),
    occupation_code: writeCode && code ? (random.chance(0.15) ? `${code}.0` : code) : '',
    job_title: title,
    positions: v.positions === 1 && random.chance(0.1) ? '' : String(v.positions),
    city: v.employer.inScope ? formatCilegon(random, ['Kota Cilegon', 'Cilegon', ''], [40, 25, 35]) : v.employer.city,
    kecamatan: v.employer.inScope
      ? random.chance(0.2)
        ? ''
        : formatKecamatan(random, v.employer.kecamatan, reference.kecamatan, 'mixed')
      : v.employer.kecamatan,
    required_scheme: v.requiredScheme ?? '',
    min_education: v.education,
    source: style.source === 'karirhub' ? 'Karirhub' : style.source === 'wajib_lapor' ? 'Wajib Lapor Lowongan' : 'Survei Industri 2025',
    'extra:contract': random.pick(['Kontrak', 'Kontrak', 'Tetap', 'Harian', 'Proyek']),
  };
  const occupation = publishedOccupation(reference, cells);
  if (occupation !== (v.occupation === 'other' ? 'other' : v.occupation)) {
    throw new Error(
      `vacancy ${v.id} "${v.title}" would be published as ${occupation}, not ${v.occupation}: fix job_titles.csv or the title list`,
    );
  }
  const facts = {
    year: yearOf(v.posted),
    occupation,
    person: '',
    detail: v.requiredScheme ?? '',
    endYear: null,
    positions: v.positions,
    day: v.posted,
    endDay: null,
  };
  return v.employer.inScope
    ? newRow(v.id, cells, 'accepted', null, facts)
    : newRow(v.id, cells, 'out_of_scope', 'out_of_scope_city', facts);
}

export function exportVacancies(random: Random, vacancies: readonly Vacancy[], reference: SampleReference): ExportFile[] {
  const files: ExportFile[] = [];
  const make = (path: string, style: Style): ExportFile => {
    const file: ExportFile = {
      path,
      dataset: 'vacancies',
      description: style.description,
      columns: style.columns,
      rows: [],
      delimiter: style.delimiter,
      lineEnd: style.lineEnd,
      encoding: style.encoding,
      dateStyle: style.posted,
      blankAfter: [],
      emptyFieldsAfter: [],
      pastedAt: null,
    };
    files.push(file);
    return file;
  };
  const karirhub = new Map<number, ExportFile>(YEARS.map((y) => [y, make(`lowongan_karirhub_${y}.csv`, KARIRHUB)]));
  const wajibLapor = new Map<number, ExportFile>(YEARS.map((y) => [y, make(`lowongan/wajib_lapor_${y}.csv`, WAJIB_LAPOR)]));
  const survey = make('lowongan/survei_industri_2025.csv', SURVEY);
  const extended: ExportRow[] = [];

  for (const v of vacancies) {
    const year = yearOf(v.posted);
    const style = v.source === 'karirhub' ? KARIRHUB : v.source === 'wajib_lapor' ? WAJIB_LAPOR : SURVEY;
    const file = v.source === 'karirhub' ? karirhub.get(year) : v.source === 'wajib_lapor' ? wajibLapor.get(year) : survey;
    const row = rowFor(random, v, style, reference, v.closing);
    (file as ExportFile).rows.push(row);
    if (v.extendedClosing !== null) {
      // Re-exported by the next year's Karirhub file with the new closing date: that row supersedes this one.
      const again = rowFor(random, v, style, reference, v.extendedClosing);
      again.cells.posted_date = row.cells.posted_date;
      row.locked = true;
      again.locked = true;
      extended.push(again);
    }
  }
  (karirhub.get(2026) as ExportFile).rows.unshift(...extended);

  const dmyFiles = files.filter((f) => f !== survey);
  const bad: [string, number][] = [
    ['10 orang', 5],
    ['0', 5],
    ['banyak', 3],
    ['5 org', 2],
    ['-', 2],
  ];
  for (const [value, count] of bad) {
    for (let i = 0; i < count; i++) {
      const { row } = chooseRow(random, files);
      row.cells.positions = value;
      reject(row, 'invalid_positions');
    }
  }
  for (let i = 0; i < 6; i++) {
    const { file, row } = chooseRow(random, dmyFiles);
    row.cells.posted_date = impossibleDate(random, Number(/20\d\d/.exec(file.path)?.[0]), file.dateStyle as DateStyle);
    reject(row, 'nonexistent_date');
  }
  for (let i = 0; i < 6; i++) {
    const { row } = chooseRow(random, files);
    row.cells.city = '';
    row.cells.kecamatan = random.pick(['Kramatwatu', 'Bojonegara', 'Kec. Kramatwatu', 'Pulo Ampel']);
    reject(row, 'kecamatan_outside_cilegon');
  }
  for (let i = 0; i < 4; i++) {
    const { row } = chooseRow(random, files);
    row.cells.vacancy_id = '';
    reject(row, 'missing_vacancy_id');
  }
  for (let i = 0; i < 5; i++) {
    const { file, row } = chooseRow(random, files, (r) => r.cells.positions !== '');
    duplicateWithConflict(random, file, row, (cells) => {
      cells.positions = String(Number(cells.positions) + random.int(1, 5));
    });
  }
  for (let i = 0; i < 6; i++) {
    const { file, row } = chooseRow(random, files);
    duplicateExactly(random, file, row);
  }
  for (const value of ['BNSP-LAS-SMAW5G', 'SERTIFIKAT WELDER', 'AK3 Umum', 'SIO', 'BNSP-K3-MIGAS']) {
    const { row } = chooseRow(random, files);
    row.cells.required_scheme = value;
    warn(row, 'unknown_required_scheme');
  }
  for (const value of ['72121', '-', '8344a']) {
    const { row } = chooseRow(random, [...wajibLapor.values()], (r) => r.cells.occupation_code !== '' && r.facts?.occupation !== 'other');
    row.cells.occupation_code = value;
    warn(row, 'invalid_occupation_code');
  }
  for (let i = 0; i < 3; i++) {
    const { file, row } = chooseRow(random, dmyFiles, (r) => r.cells.closing_date !== '');
    row.cells.closing_date = impossibleDate(
      random,
      Number(/20\d\d/.exec(file.path)?.[0]),
      file.dateStyle === 'iso-time' ? 'iso' : (file.dateStyle as DateStyle),
    );
    warn(row, 'invalid_closing_date');
  }
  for (const file of wajibLapor.values()) sprinkleBlankLines(random, file, 1, 1);
  return files;
}
