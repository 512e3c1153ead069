// Placement exports: Disnaker's spreadsheet for 2023–2024 (rupiah with dots, AKL/AKAN), a 2025 web export,
// and a 2026 file with yet other spellings.
import type { PlacementType } from '../pipeline/contract.ts';
import { yearOf } from './calendar.ts';
import { type Column, type ExportFile, type ExportRow, newRow } from './export-file.ts';
import type { LinkTarget } from './fates.ts';
import {
  type DateStyle,
  formatCilegon,
  formatDate,
  formatKecamatan,
  formatNik,
  formatRupiah,
  formatSex,
  impossibleDate,
  type KecamatanStyle,
} from './formats.ts';
import type { Placement } from './placements.ts';
import { chooseRow, duplicateExactly, duplicateWithConflict, reject, warn } from './problems.ts';
import type { Random } from './random.ts';
import type { SampleReference } from './reference.ts';

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
  type: Record<PlacementType, string[]>;
  wage: 'rp' | 'plain' | 'dotted';
  codeDecimal: boolean;
  nikMarker: boolean;
}

const col = (header: string, field: string): Column => ({ header, field });

const STYLES: readonly Style[] = [
  {
    path: 'penempatan/penempatan_2023-2024.csv',
    description:
      'Disnaker spreadsheet 2023–2024: BOM, semicolons, CRLF, Indonesian headers, an unknown `Negara Tujuan` column, dates `5 Januari 2024`, `AKL`/`AKAN`/`Wirausaha`/`TKM`, wages `Rp 5.128.084` and `Rp 4.950.000,-`',
    columns: [
      col('ID Penempatan', 'placement_id'),
      col('NIK', 'person_id'),
      col('ID Peserta', 'enrollment_id'),
      col('Tgl Penempatan', 'placement_date'),
      col('Jenis Penempatan', 'placement_type'),
      col('KBJI', 'occupation_code'),
      col('Nama Perusahaan', 'employer_name'),
      col('Sektor', 'employer_sector'),
      col('Upah', 'monthly_wage'),
      col('Negara Tujuan', 'extra:country'),
      col('Kab/Kota', 'city'),
      col('Kecamatan', 'kecamatan'),
      col('JK', 'sex'),
    ],
    delimiter: ';',
    lineEnd: '\r\n',
    encoding: 'utf8-bom',
    date: 'long-id',
    sex: 'letter',
    kecamatan: 'mixed',
    type: { employed: ['AKL', 'Bekerja', 'Bekerja'], migrant: ['AKAN', 'PMI'], self_employed: ['Wirausaha', 'TKM'] },
    wage: 'rp',
    codeDecimal: false,
    nikMarker: true,
  },
  {
    path: 'penempatan/penempatan_2025.csv',
    description: 'Web export 2025: commas, LF, English headers, ISO dates, canonical placement types, wages as plain integers',
    columns: [
      col('placement_id', 'placement_id'),
      col('person_id', 'person_id'),
      col('enrollment_id', 'enrollment_id'),
      col('placement_date', 'placement_date'),
      col('placement_type', 'placement_type'),
      col('occupation_code', 'occupation_code'),
      col('employer_name', 'employer_name'),
      col('employer_sector', 'employer_sector'),
      col('monthly_wage', 'monthly_wage'),
      col('city', 'city'),
      col('kecamatan', 'kecamatan'),
      col('sex', 'sex'),
    ],
    delimiter: ',',
    lineEnd: '\n',
    encoding: 'utf8',
    date: 'iso',
    sex: 'en',
    kecamatan: 'name',
    type: { employed: ['employed'], migrant: ['migrant'], self_employed: ['self_employed', 'self employed'] },
    wage: 'plain',
    codeDecimal: false,
    nikMarker: false,
  },
  {
    path: 'penempatan/penempatan_2026.csv',
    description:
      'Export January–September 2026: commas, CRLF, snake_case Indonesian headers, dates DD/MM/YYYY, `Dalam Negeri`/`Luar Negeri`/`Usaha Mandiri`, wages `5.450.000` and `Rp 5.450.000,00`, KBJI as `7212.0`',
    columns: [
      col('id_penempatan', 'placement_id'),
      col('no_ktp', 'person_id'),
      col('id_pendaftaran', 'enrollment_id'),
      col('tanggal_mulai_kerja', 'placement_date'),
      col('jenis_penempatan', 'placement_type'),
      col('kode_kbji', 'occupation_code'),
      col('perusahaan', 'employer_name'),
      col('kbli', 'employer_sector'),
      col('gaji', 'monthly_wage'),
      col('kota', 'city'),
      col('kec', 'kecamatan'),
      col('kelamin', 'sex'),
    ],
    delimiter: ',',
    lineEnd: '\r\n',
    encoding: 'utf8',
    date: 'dmy',
    sex: 'id-long',
    kecamatan: 'mixed',
    type: { employed: ['Dalam Negeri'], migrant: ['Luar Negeri'], self_employed: ['Usaha Mandiri', 'Mandiri'] },
    wage: 'dotted',
    codeDecimal: true,
    nikMarker: false,
  },
];

function styleFor(p: Placement): Style {
  const year = yearOf(p.date);
  return year <= 2024 ? STYLES[0] : year === 2025 ? STYLES[1] : STYLES[2];
}

function rowFor(random: Random, p: Placement, style: Style, reference: SampleReference, linkTarget: (id: string) => LinkTarget): ExportRow {
  const person = p.person;
  const inScope = person.residence.inScope;
  const link = p.linkWritten ? p.enrollment.id : '';
  const writesPlace = link === '' || random.chance(0.4);
  const cityOut = !inScope && (link === '' || random.chance(0.5));
  const cells: Record<string, string> = {
    placement_id: p.id,
    person_id: formatNik(random, person.nik, style.nikMarker),
    enrollment_id: link,
    placement_date: formatDate(random, p.date, style.date),
    placement_type: random.pick(style.type[p.type]),
    occupation_code: p.occupation === null ? '' : style.codeDecimal && random.chance(0.5) ? `${p.occupation}.0` : p.occupation,
    employer_name: p.employer,
    employer_sector: p.sector,
    monthly_wage: p.wage === null ? '' : formatRupiah(random, p.wage, style.wage),
    'extra:country': p.country,
    city: cityOut ? person.residence.city : writesPlace ? formatCilegon(random, ['Kota Cilegon', 'Cilegon', ''], [50, 20, 30]) : '',
    kecamatan: cityOut
      ? person.residence.kecamatan
      : writesPlace && inScope
        ? formatKecamatan(random, person.residence.kecamatan, reference.kecamatan, style.kecamatan)
        : '',
    sex: writesPlace ? formatSex(random, person.sex, style.sex) : '',
  };
  const facts = {
    year: yearOf(p.date),
    occupation: p.occupation ?? p.enrollment.batch.occupation,
    person: person.nik,
    detail: p.type,
    endYear: null,
    positions: 0,
    day: p.date,
    endDay: null,
  };
  if (cityOut) return newRow(p.id, cells, 'out_of_scope', 'out_of_scope_city', facts, link);
  const target = link === '' ? 'accepted' : linkTarget(link);
  if (target === 'unknown') throw new Error(`placement ${p.id} points at ${link}, which no accepted row has`);
  return target === 'accepted'
    ? newRow(p.id, cells, 'accepted', null, facts, link)
    : newRow(p.id, cells, 'out_of_scope', 'out_of_scope_link', facts, link);
}

export function exportPlacements(
  random: Random,
  placements: readonly Placement[],
  reference: SampleReference,
  linkTarget: (id: string) => LinkTarget,
): ExportFile[] {
  const files = new Map<Style, ExportFile>(
    STYLES.map((style) => [
      style,
      {
        path: style.path,
        dataset: 'placements',
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
      },
    ]),
  );
  for (const p of placements) {
    const style = styleFor(p);
    (files.get(style) as ExportFile).rows.push(rowFor(random, p, style, reference, linkTarget));
  }
  const all = [...files.values()];
  const styleOf = (file: ExportFile) => STYLES.find((s) => s.path === file.path) as Style;

  for (let i = 0; i < 4; i++) {
    const { file, row } = chooseRow(random, all);
    row.cells.placement_date = impossibleDate(random, Number(/20\d\d/.exec(row.id)?.[0]), file.dateStyle as DateStyle);
    reject(row, 'nonexistent_date');
  }
  for (const id of ['BLKC-22-0311', 'BBPVP-2022-00987', 'BLKC-23-9999', 'BBPVP-2024-1234', 'PST-2025-0042']) {
    const { row } = chooseRow(random, all, (r) => r.link !== '');
    row.cells.enrollment_id = id;
    row.link = id;
    reject(row, 'unknown_enrollment');
  }
  for (const value of ['Magang', 'Belum Bekerja', 'Magang Industri', 'Proses']) {
    const { row } = chooseRow(random, all);
    row.cells.placement_type = value;
    reject(row, 'invalid_placement_type');
  }
  for (let i = 0; i < 3; i++) {
    const { row } = chooseRow(random, all);
    row.cells.city = '';
    row.cells.kecamatan = random.pick(['Kramatwatu', 'Bojonegara', 'Pulo Ampel']);
    reject(row, 'kecamatan_outside_cilegon');
  }
  for (let i = 0; i < 3; i++) {
    const { row } = chooseRow(random, all);
    row.cells.person_id = '';
    reject(row, 'missing_person_id');
  }
  for (let i = 0; i < 3; i++) {
    const { file, row } = chooseRow(random, all);
    const style = styleOf(file);
    duplicateWithConflict(random, file, row, (cells) => {
      const current = (Object.keys(style.type) as PlacementType[]).find((t) => style.type[t].includes(cells.placement_type));
      cells.placement_type = style.type[current === 'employed' ? 'self_employed' : 'employed'][0];
    });
  }
  for (let i = 0; i < 4; i++) {
    const { file, row } = chooseRow(random, all);
    duplicateExactly(random, file, row);
  }
  for (const value of ['72121', '-', '721', '72121']) {
    const { row } = chooseRow(random, all, (r) => r.cells.occupation_code !== '');
    row.cells.occupation_code = value;
    warn(row, 'invalid_occupation_code');
  }
  for (const value of ['lima juta', '5,1 jt', 'UMK', '4.8 juta']) {
    const { row } = chooseRow(random, all, (r) => r.cells.monthly_wage !== '');
    row.cells.monthly_wage = value;
    warn(row, 'invalid_wage');
  }
  return all;
}
