// Certification exports: the LSP's assessments by period (three systems) and Kemnaker's K3 licences,
// the latter saved by Excel as "Unicode Text" (UTF-16 with tabs).
import { yearOf } from './calendar.ts';
import { type Certification, isLicence } from './certifications.ts';
import { type Column, type ExportFile, type ExportRow, newRow } from './export-file.ts';
import type { LinkTarget } from './fates.ts';
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
  result: Record<'competent' | 'not_yet', string[]>;
  nikMarker: boolean;
  lowerCaseCodes: number;
}

const col = (header: string, field: string): Column => ({ header, field });

const LSP_2023_2024: Style = {
  path: 'sertifikasi_lsp_2023-2024.csv',
  description:
    'LSP assessments 2023–2024 from Excel: BOM, semicolons, CRLF, Indonesian headers, an unknown `Nama LSP` column, `K` / `BK` / `Kompeten`, dates DD/MM/YYYY',
  columns: [
    col('No Uji', 'certification_id'),
    col('NIK', 'person_id'),
    col('ID Peserta', 'enrollment_id'),
    col('Kode Skema', 'scheme_code'),
    col('Tanggal Uji', 'assessment_date'),
    col('Rekomendasi', 'result'),
    col('No Sertifikat', 'certificate_number'),
    col('Masa Berlaku', 'valid_until'),
    col('Kab/Kota', 'city'),
    col('Kecamatan', 'kecamatan'),
    col('JK', 'sex'),
    col('Nama LSP', 'extra:lsp'),
  ],
  delimiter: ';',
  lineEnd: '\r\n',
  encoding: 'utf8-bom',
  date: 'dmy',
  sex: 'letter',
  kecamatan: 'mixed',
  result: { competent: ['K', 'K', 'Kompeten'], not_yet: ['BK', 'Belum Kompeten'] },
  nikMarker: true,
  lowerCaseCodes: 0,
};
const LSP_2025: Style = {
  path: 'sertifikasi_lsp_2025.csv',
  description:
    'LSP assessments 2025 from a web system: commas, LF, English headers, ISO dates, `competent` / `not_yet` / `not yet competent`',
  columns: [
    col('certification_id', 'certification_id'),
    col('person_id', 'person_id'),
    col('enrollment_id', 'enrollment_id'),
    col('scheme_code', 'scheme_code'),
    col('assessment_date', 'assessment_date'),
    col('result', 'result'),
    col('certificate_number', 'certificate_number'),
    col('valid_until', 'valid_until'),
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
  result: { competent: ['competent'], not_yet: ['not_yet', 'not yet competent'] },
  nikMarker: false,
  lowerCaseCodes: 0.05,
};
const LSP_2026: Style = {
  path: 'sertifikasi_lsp_2026.csv',
  description:
    'LSP assessments January–September 2026: commas, CRLF, snake_case Indonesian headers, dates `12 Februari 2026`, `KOMPETEN` / `BELUM KOMPETEN`',
  columns: [
    col('id_uji', 'certification_id'),
    col('no_ktp', 'person_id'),
    col('id_pendaftaran', 'enrollment_id'),
    col('skema', 'scheme_code'),
    col('tgl_uji', 'assessment_date'),
    col('hasil_uji', 'result'),
    col('nomor_sertifikat', 'certificate_number'),
    col('berlaku_hingga', 'valid_until'),
    col('kota', 'city'),
    col('kec', 'kecamatan'),
    col('gender', 'sex'),
  ],
  delimiter: ',',
  lineEnd: '\r\n',
  encoding: 'utf8',
  date: 'long-id',
  sex: 'id-long',
  kecamatan: 'mixed',
  result: { competent: ['KOMPETEN'], not_yet: ['BELUM KOMPETEN'] },
  nikMarker: false,
  lowerCaseCodes: 0,
};
const KEMNAKER: Style = {
  path: 'sertifikasi_kemnaker_2023-2026.csv',
  description:
    'Kemnaker K3 licences (SIO, rigger, TKBT, AK3U) 2023–2026 saved by Excel as "Unicode Text": UTF-16 LE with BOM, tab-separated, CRLF, an unknown `Jenis Lisensi` column, dates DD/MM/YYYY, scheme codes partly in lower case',
  columns: [
    col('ID Uji', 'certification_id'),
    col('No KTP', 'person_id'),
    col('ID Pendaftaran', 'enrollment_id'),
    col('Skema', 'scheme_code'),
    col('Tanggal Asesmen', 'assessment_date'),
    col('Hasil', 'result'),
    col('Nomor Sertifikat', 'certificate_number'),
    col('Berlaku Sampai', 'valid_until'),
    col('Kabupaten/Kota', 'city'),
    col('Kecamatan', 'kecamatan'),
    col('Kelamin', 'sex'),
    col('Jenis Lisensi', 'extra:licence'),
  ],
  delimiter: '\t',
  lineEnd: '\r\n',
  encoding: 'utf16le-bom',
  date: 'dmy',
  sex: 'letter',
  kecamatan: 'codes',
  result: { competent: ['Kompeten'], not_yet: ['Belum Kompeten'] },
  nikMarker: false,
  lowerCaseCodes: 0.3,
};

function styleFor(c: Certification): Style {
  if (isLicence(c.scheme)) return KEMNAKER;
  const year = yearOf(c.date);
  return year <= 2024 ? LSP_2023_2024 : year === 2025 ? LSP_2025 : LSP_2026;
}

function rowFor(
  random: Random,
  c: Certification,
  style: Style,
  reference: SampleReference,
  linkTarget: (id: string) => LinkTarget,
): ExportRow {
  const person = c.person;
  const inScope = person.residence.inScope;
  const link = c.enrollment && random.chance(0.95) ? c.enrollment.id : '';
  // Linked rows often leave place and sex to the enrollment; out-of-scope people without a link say where they live.
  const writesPlace = link === '' ? random.chance(0.9) || !inScope : random.chance(0.3);
  const cityOut = !inScope && (link === '' || random.chance(0.5));
  const cells: Record<string, string> = {
    certification_id: c.id,
    person_id: formatNik(random, person.nik, style.nikMarker),
    enrollment_id: link,
    scheme_code: random.chance(style.lowerCaseCodes) ? c.scheme.toLowerCase() : c.scheme,
    assessment_date: formatDate(random, c.date, style.date),
    result: random.pick(style.result[c.result]),
    certificate_number: c.certificateNumber,
    valid_until: c.validUntil === null ? '' : formatDate(random, c.validUntil, style.date),
    city: cityOut ? person.residence.city : writesPlace ? formatCilegon(random, ['Kota Cilegon', 'Cilegon', ''], [50, 20, 30]) : '',
    kecamatan: cityOut
      ? person.residence.kecamatan
      : writesPlace && inScope
        ? formatKecamatan(random, person.residence.kecamatan, reference.kecamatan, style.kecamatan)
        : '',
    sex: writesPlace ? formatSex(random, person.sex, style.sex) : '',
    'extra:lsp': 'LSP Contoh Teknik Cilegon (fiktif)',
    'extra:licence': c.scheme.startsWith('KEMNAKER-SIO') ? 'SIO' : c.scheme === 'KEMNAKER-AK3U' ? 'SKP' : 'Lisensi K3',
  };
  const facts = {
    year: yearOf(c.date),
    occupation: reference.schemes.get(c.scheme)?.occupation ?? '',
    person: person.nik,
    detail: c.result,
    endYear: null,
    positions: 0,
    day: c.date,
    endDay: null,
  };
  if (cityOut) return newRow(c.id, cells, 'out_of_scope', 'out_of_scope_city', facts, link);
  const target = link === '' ? 'accepted' : linkTarget(link);
  if (target === 'unknown') throw new Error(`certification ${c.id} points at ${link}, which no accepted row has`);
  return target === 'accepted'
    ? newRow(c.id, cells, 'accepted', null, facts, link)
    : newRow(c.id, cells, 'out_of_scope', 'out_of_scope_link', facts, link);
}

export function exportCertifications(
  random: Random,
  certifications: readonly Certification[],
  reference: SampleReference,
  linkTarget: (id: string) => LinkTarget,
): ExportFile[] {
  const files = new Map<Style, ExportFile>();
  for (const style of [LSP_2023_2024, LSP_2025, LSP_2026, KEMNAKER]) {
    files.set(style, {
      path: style.path,
      dataset: 'certifications',
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
    });
  }
  for (const c of certifications) {
    const style = styleFor(c);
    (files.get(style) as ExportFile).rows.push(rowFor(random, c, style, reference, linkTarget));
  }
  const all = [...files.values()];
  const styleOf = (file: ExportFile) => [...files.entries()].find(([, f]) => f === file)?.[0] as Style;

  for (const code of ['BNSP-LAS-SMAW2G', 'BNSP-BARISTA', 'BNSP-LAS-6GR', 'KEMNAKER-SIO-TOWER-CRANE', 'BNSP-OPERATOR-KOMPUTER']) {
    const { row } = chooseRow(random, all, (_, file) =>
      code.startsWith('KEMNAKER') ? file.encoding === 'utf16le-bom' : file.encoding !== 'utf16le-bom',
    );
    row.cells.scheme_code = code;
    reject(row, 'unknown_scheme');
  }
  for (const id of ['BLKC-22-0417', 'BBPVP-2022-01135', 'BLKC-24-9001', 'BBPVP-2025-09999', 'BLKC-25-0000', 'REG-2024-0012']) {
    const { row } = chooseRow(random, all, (r) => r.link !== '');
    row.cells.enrollment_id = id;
    row.link = id;
    reject(row, 'unknown_enrollment');
  }
  for (let i = 0; i < 4; i++) {
    const { file, row } = chooseRow(random, all);
    row.cells.assessment_date = impossibleDate(random, Number(/20\d\d/.exec(row.id)?.[0]), file.dateStyle as DateStyle);
    reject(row, 'nonexistent_date');
  }
  for (const value of ['Lulus', 'Tidak Hadir', 'Ditunda', 'LULUS']) {
    const { row } = chooseRow(random, all);
    row.cells.result = value;
    reject(row, 'invalid_result');
  }
  for (let i = 0; i < 3; i++) {
    const { row } = chooseRow(random, all, (r) => r.link === '' || r.cells.city === '');
    row.cells.city = '';
    row.cells.kecamatan = random.pick(['Bojonegara', 'Anyar', 'Kramatwatu']);
    reject(row, 'kecamatan_outside_cilegon');
  }
  for (let i = 0; i < 3; i++) {
    const { file, row } = chooseRow(random, all, (r) => r.facts?.detail === 'competent');
    const style = styleOf(file);
    duplicateWithConflict(random, file, row, (cells) => {
      cells.result = style.result.not_yet[0];
      cells.certificate_number = '';
    });
  }
  for (let i = 0; i < 5; i++) {
    const { file, row } = chooseRow(random, all);
    duplicateExactly(random, file, row);
  }
  for (let i = 0; i < 3; i++) {
    const { file, row } = chooseRow(random, all, (r) => r.cells.valid_until !== '');
    row.cells.valid_until = impossibleDate(random, Number(/20\d\d/.exec(row.id)?.[0]) + 3, file.dateStyle as DateStyle);
    warn(row, 'invalid_valid_until');
  }
  return all;
}
