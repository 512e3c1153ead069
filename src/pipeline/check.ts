// `npm run data:check`: what the data build would say about a set of exports, for the person who
// made them — per file, the dataset it was recognised as and its row counts; rejected rows grouped by
// file, column and reason, with line numbers and the fix; warnings, odd headers, ignored files; and
// the verdict. Pure: the analysis (analyse.ts) reads the files, this only groups and words the result,
// in Bahasa Indonesia or in English.
//
// Privacy: the person already has their file, but this output gets pasted into chats, issues and CI
// logs. So it names files, line numbers and columns, never a whole row, and shows a cell's value only
// when the column is not private and not free text (dates, numbers, codes, enums, kecamatan): see
// `mayShowValue` and docs/data-rules.md.

import { COLUMNS, DATASETS, DEFAULT_MIN_CELL, MAX_REJECTED_SHARE_DENOMINATOR, REFERENCE_COLUMNS, type DatasetName } from './contract.ts';
import type { Analysis } from './analyse.ts';
import type { FileCounts, Rejection } from './ingest.ts';
import type { Lang, Message } from './messages.ts';
import type { DiscoveredInputs } from './read/discover.ts';
import { NOT_READ, shownName } from './read/not-read.ts';
import type { Reason } from './reasons.ts';

/** Line numbers listed per group; the rest are counted. */
export const MAX_LINES_PER_GROUP = 10;
/** Distinct values listed per group. */
export const MAX_VALUES_PER_GROUP = 5;
/** A shown value longer than this is cut. */
const MAX_VALUE_LENGTH = 40;

/** Rejected rows of one file with the same column and reason. */
export interface RejectionGroup {
  dataset: DatasetName;
  file: string;
  /** Empty for a row whose number of fields does not match the header. */
  column: string;
  reason: Reason;
  count: number;
  /** The first MAX_LINES_PER_GROUP line numbers, in file order. */
  lines: number[];
  /** Distinct values and how often each occurs (first MAX_VALUES_PER_GROUP); empty when the column's values are not shown. */
  values: { value: string; count: number }[];
  /** Rows whose value is not among `values` (beyond MAX_VALUES_PER_GROUP distinct ones). */
  valuesLeftOut: number;
}

/**
 * Whether a rejected cell's value may be printed: not a private column (person_id, name, birth_date,
 * certificate_number, employer_name) and not free text or an id (which may name or point at a person).
 * What is left are dates, numbers, codes, enums and kecamatan: what a person needs to see to fix them.
 */
export function mayShowValue(dataset: DatasetName, column: string): boolean {
  const spec = COLUMNS[dataset].find((c) => c.name === column);
  return spec !== undefined && !spec.private && spec.type !== 'text' && spec.type !== 'private_text';
}

/** Groups rejected rows as they arrive, keeping only counts, a few line numbers and a few values. */
export function rejectionGrouper(): { add: (r: Rejection) => void; groups: () => RejectionGroup[] } {
  const groups = new Map<string, RejectionGroup & { valueCounts: Map<string, number> }>();
  return {
    add(r) {
      const key = `${r.dataset}\u0000${r.file}\u0000${r.column}\u0000${r.reason.en}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          dataset: r.dataset,
          file: r.file,
          column: r.column,
          reason: r.reason,
          count: 0,
          lines: [],
          values: [],
          valuesLeftOut: 0,
          valueCounts: new Map(),
        };
        groups.set(key, group);
      }
      group.count++;
      if (group.lines.length < MAX_LINES_PER_GROUP) group.lines.push(r.line);
      if (r.value !== '' && mayShowValue(r.dataset, r.column)) {
        const seen = group.valueCounts.get(r.value);
        if (seen !== undefined) group.valueCounts.set(r.value, seen + 1);
        else if (group.valueCounts.size < MAX_VALUES_PER_GROUP) group.valueCounts.set(r.value, 1);
        else group.valuesLeftOut++;
      }
    },
    groups: () =>
      [...groups.values()].map(({ valueCounts, ...group }) => ({
        ...group,
        values: [...valueCounts].map(([value, count]) => ({ value, count })),
      })),
  };
}

/** What was checked: one folder (read as the data build reads it), or the files named on the command line. */
export interface CheckedInput {
  kind: 'folder' | 'files';
  /** The folder, or the files, as given. */
  label: string;
  inputs: DiscoveredInputs;
  analysis: Analysis;
  rejections: RejectionGroup[];
}

export interface ReportOptions {
  lang: Lang;
  /** Print no cell value at all (for logs others can read, such as CI). */
  hideValues?: boolean;
  /** The small-cell threshold the build will use: a file with fewer accepted rows is warned about. */
  minCell?: number;
}

/** The exit code of data:check: 0 when the build would publish every input, 1 when it would refuse one. */
export function checkExitCode(checked: readonly CheckedInput[]): 0 | 1 {
  return checked.every((c) => c.analysis.refusals.length === 0) ? 0 : 1;
}

/** The report, as lines, for every input checked. */
export function formatCheckReport(checked: readonly CheckedInput[], options: ReportOptions): string[] {
  const words = wordsIn(options.lang);
  return checked.flatMap((c, i) => [
    ...(i > 0 ? [''] : []),
    ...heading(c, words),
    ...section(words.t('Berkas', 'Files'), fileLines(c, words)),
    ...section(null, rejectionLines(c, options, words)),
    ...section(null, warningLines(c, words)),
    ...section(null, unlistedOccupationLines(c, words)),
    ...section(words.t('Judul kolom', 'Column headers'), headerLines(c, words)),
    ...section(
      words.t('Nama berkas diterbitkan', 'File names are published'),
      fileNameLines(c, options.minCell ?? DEFAULT_MIN_CELL, words),
    ),
    ...section(null, adviceLines(c, words)),
    '',
    ...verdictLines(c, words),
  ]);
}

/** The two ways of picking a language: a Message, or the two sentences written side by side. */
interface Words {
  say: (m: Message) => string;
  t: (id: string, en: string) => string;
}

function wordsIn(lang: Lang): Words {
  return { say: (m) => m[lang], t: (id, en) => (lang === 'id' ? id : en) };
}

/** A blank line and an optional title before a non-empty section; nothing for an empty one. */
function section(title: string | null, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', ...(title === null ? [] : [title]), ...lines];
}

const DATASET_NAMES: Record<DatasetName, Message> = {
  enrollments: { id: 'peserta (enrollments)', en: 'enrollments (peserta)' },
  certifications: { id: 'sertifikasi (certifications)', en: 'certifications (sertifikasi)' },
  placements: { id: 'penempatan (placements)', en: 'placements (penempatan)' },
  vacancies: { id: 'lowongan (vacancies)', en: 'vacancies (lowongan)' },
};

const DELIMITER_NAMES: Record<string, Message> = {
  ',': { id: 'koma', en: 'comma' },
  ';': { id: 'titik koma', en: 'semicolon' },
  '\t': { id: 'tab', en: 'tab' },
};

const REFERENCE_NAMES = Object.keys(REFERENCE_COLUMNS);

function heading(checked: CheckedInput, { t }: Words): string[] {
  const own = Object.keys(checked.inputs.reference)
    .sort()
    .map((name) => `${name}.csv`);
  return [
    checked.kind === 'folder'
      ? t(`Pemeriksaan data ekspor: folder ${checked.label}`, `Checking data exports: folder ${checked.label}`)
      : t(`Pemeriksaan data ekspor: ${checked.label}`, `Checking data exports: ${checked.label}`),
    own.length === 0
      ? t('Tabel referensi: bawaan proyek (data/reference/)', "Reference tables: the project's (data/reference/)")
      : own.length === REFERENCE_NAMES.length
        ? t(`Tabel referensi: dari folder ini (${own.join(', ')})`, `Reference tables: this folder's (${own.join(', ')})`)
        : t(
            `Tabel referensi: dari folder ini: ${own.join(', ')}; lainnya bawaan proyek`,
            `Reference tables: from this folder: ${own.join(', ')}; the others the project's`,
          ),
  ];
}

/** Every file, in the order the build reads them: its dataset and rows, or why it cannot be read; then the files not read. */
function fileLines({ kind, inputs, analysis }: CheckedInput, { say, t }: Words): string[] {
  const lines: string[] = [];
  const refused = new Map(analysis.refusals.filter((r) => r.rule === 'refused_file').map((r) => [r.file, r]));
  const counted = new Map(DATASETS.flatMap((d) => analysis.data?.files[d] ?? []).map((f) => [f.name, f]));
  for (const d of DATASETS) {
    for (const file of inputs.files[d]) {
      const head = `  ${file.name}: ${say(DATASET_NAMES[d])} — `;
      const refusal = refused.get(file.name);
      const counts = counted.get(file.name);
      if (refusal)
        lines.push(`${head}${t('TIDAK DAPAT DIBACA', 'CANNOT BE READ')}${atLine(refusal.line, t, ' (')}: ${say(refusal.message)}`);
      else if (counts) lines.push(`${head}${fileFormat(counts, t)}`, `      ${fileCounts(counts, t)}`);
      else lines.push(`${head}${t('tidak dibaca', 'not read')}`);
    }
    if (kind === 'folder' && inputs.files[d].length === 0) {
      lines.push(
        `  ${t(`(tidak ada file ${say(DATASET_NAMES[d])}: halaman menyebut sumbernya tidak ada)`, `(no ${say(DATASET_NAMES[d])} file: the pages say the source is missing)`)}`,
      );
    } else if (analysis.datasets && !analysis.datasets[d].present && inputs.files[d].length > 0) {
      lines.push(
        `  ${t(
          `(file ${say(DATASET_NAMES[d])} tidak berisi satu pun baris data: halaman menyebut sumbernya tidak ada)`,
          `(the ${say(DATASET_NAMES[d])} files hold no data row: the pages say the source is missing)`,
        )}`,
      );
    }
  }
  for (const r of inputs.refused) lines.push(`  ${r.name}: ${t('DITOLAK', 'REFUSED')}: ${say(r.message)}`);
  for (const f of inputs.ignored) {
    const why = NOT_READ[f.reason];
    lines.push(
      `  ${shownName(f.name)}: ${t('tidak dibaca', 'not read')}: ${say(why)}${why.fix ? `. ${t('Perbaikan', 'Fix')}: ${say(why.fix)}.` : ''}`,
    );
  }
  if (analysis.reference === null) {
    const r = analysis.refusals[0];
    lines.push(
      `  ${r.file}${atLine(r.line, t, ', ')} — ${t('TABEL REFERENSI TIDAK DAPAT DIBACA', 'REFERENCE TABLE CANNOT BE READ')}: ${say(r.message)}`,
    );
  }
  return lines;
}

/** ` (baris 5)` or `, line 5`; nothing without a line. */
function atLine(line: number | undefined, t: Words['t'], open: ' (' | ', '): string {
  if (line === undefined) return '';
  const words = t(`baris ${line}`, `line ${line}`);
  return open === ' (' ? ` (${words})` : `, ${words}`;
}

function fileFormat(f: FileCounts, t: Words['t']): string {
  const delimiter = DELIMITER_NAMES[f.delimiter];
  return `${f.encoding.toUpperCase()}, ${t('pemisah', 'delimiter')} ${delimiter ? t(delimiter.id, delimiter.en) : f.delimiter}`;
}

function fileCounts(f: FileCounts, t: Words['t']): string {
  const parts = [
    t(`${f.rows_read} baris dibaca`, f.rows_read === 1 ? '1 row read' : `${f.rows_read} rows read`),
    t(`${f.accepted} diterima`, `${f.accepted} accepted`),
    t(`${f.rejected} ditolak`, `${f.rejected} rejected`),
  ];
  if (f.duplicate > 0) parts.push(t(`${f.duplicate} ganda (sama persis, dilewati)`, `${f.duplicate} exact duplicates (skipped)`));
  if (f.superseded > 0) parts.push(t(`${f.superseded} diganti oleh file berikutnya`, `${f.superseded} replaced by a later file`));
  if (f.out_of_scope > 0) parts.push(t(`${f.out_of_scope} di luar Kota Cilegon`, `${f.out_of_scope} outside Kota Cilegon`));
  if (f.warnings > 0) parts.push(t(`${f.warnings} peringatan`, `${f.warnings} warnings`));
  return parts.join(', ');
}

function rejectionLines({ rejections, analysis }: CheckedInput, options: ReportOptions, { say, t }: Words): string[] {
  const groups = inFileOrder(rejections, analysis);
  if (groups.length === 0) return [];
  const total = groups.reduce((n, g) => n + g.count, 0);
  return [
    t(`Baris ditolak: ${total} (tidak ikut dihitung)`, `Rejected rows: ${total} (not counted)`),
    ...groups.flatMap((g) => [
      `  ${g.file}, ${g.column === '' ? t('seluruh baris', 'whole row') : t(`kolom ${g.column}`, `column ${g.column}`)}: ${rowsWord(g.count, t)} — ${say(g.reason)}`,
      `      ${lineList(g.lines, g.count, t)}`,
      ...(options.hideValues || g.values.length === 0
        ? []
        : [
            `      ${t('nilai', 'values')}: ${g.values.map((v) => `${showValue(v.value)} (${v.count}×)`).join(', ')}${g.valuesLeftOut > 0 ? ', …' : ''}`,
          ]),
      ...(g.reason.fix ? [`      ${t('perbaikan', 'fix')}: ${say(g.reason.fix)}`] : []),
    ]),
  ];
}

function warningLines({ analysis }: CheckedInput, { say, t }: Words): string[] {
  const warnings = inFileOrder(analysis.data?.warnings ?? [], analysis);
  if (warnings.length === 0) return [];
  const total = warnings.reduce((n, w) => n + w.count, 0);
  return [
    t(
      `Peringatan: ${total} (baris tetap diterima; nilai yang salah dianggap kosong)`,
      `Warnings: ${total} (the rows are accepted; the bad value is treated as missing)`,
    ),
    ...warnings.flatMap((w) => [
      `  ${w.file}, ${t(`kolom ${w.column}`, `column ${w.column}`)}: ${rowsWord(w.count, t)} — ${say(w.reason)}`,
      `      ${lineList(w.lines, w.count, t)}`,
      ...(w.reason.fix ? [`      ${t('perbaikan', 'fix')}: ${say(w.reason.fix)}`] : []),
    ]),
  ];
}

/** Crosswalk rows counted as `other` because occupations.csv does not list their occupation (§4, amendment 1.1). */
function unlistedOccupationLines({ analysis }: CheckedInput, { t }: Words): string[] {
  const unlisted = analysis.reference?.unlisted ?? [];
  if (unlisted.length === 0) return [];
  const what = { programs: t('program', 'program'), schemes: t('skema', 'scheme'), job_titles: t('pola jabatan', 'job-title pattern') };
  return [
    t(
      `Dihitung sebagai "lainnya" (other): ${unlisted.length} baris tabel referensi`,
      `Counted as "other": ${unlisted.length === 1 ? '1 reference-table row' : `${unlisted.length} reference-table rows`}`,
    ),
    ...unlisted.map(
      (u) =>
        `  ${u.table}.csv, ${t(`baris ${u.line}`, `line ${u.line}`)}: ${what[u.table]} ${showValue(u.code)} — ${t(
          `kode jabatan ${u.occupationCode} tidak ada di occupations.csv, jadi orang dan lowongannya diterbitkan sebagai "lainnya"; tambahkan jabatan itu ke occupations.csv bila ingin halamannya sendiri`,
          `occupation code ${u.occupationCode} is not in occupations.csv, so its people and vacancies are published as "other"; add the occupation to occupations.csv to give it its own page`,
        )}`,
    ),
  ];
}

/** Header cells that name no column, and two cells naming one column. */
function headerLines({ analysis }: CheckedInput, { t }: Words): string[] {
  return (analysis.data?.notes ?? []).flatMap((note) => [
    ...(note.unknownColumns.length === 0
      ? []
      : [
          `  ${note.file}: ${t('kolom tidak dikenal, diabaikan', 'unknown columns, ignored')}: ${note.unknownColumns.map(showValue).join(', ')}`,
        ]),
    ...note.duplicateColumns.map(
      (dup) =>
        `  ${note.file}: ${t(
          `${showValue(dup.used)} dan ${showValue(dup.ignored)} sama-sama berarti ${dup.column}; yang dipakai ${showValue(dup.used)}: hapus atau ganti nama yang lain`,
          `${showValue(dup.used)} and ${showValue(dup.ignored)} both mean ${dup.column}; ${showValue(dup.used)} is read: remove or rename the other`,
        )}`,
    ),
  ]);
}

function rowsWord(count: number, t: Words['t']): string {
  return t(`${count} baris`, count === 1 ? '1 row' : `${count} rows`);
}

function lineList(lines: readonly number[], count: number, t: Words['t']): string {
  const more = count - lines.length;
  const list = lines.join(', ') + (more > 0 ? t(`, … dan ${more} lainnya`, `, … and ${more} more`) : '');
  return `${t('baris', lines.length === 1 ? 'line' : 'lines')}: ${list}`;
}

/** A value as typed, quoted, with control characters escaped and long values cut. */
function showValue(value: string): string {
  return JSON.stringify(value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value);
}

/** Groups in the order their files are read, then the largest first, then by first line. */
function inFileOrder<G extends { dataset: DatasetName; file: string; count: number; lines: number[] }>(
  groups: readonly G[],
  analysis: Analysis,
): G[] {
  const order = new Map<string, number>();
  for (const d of DATASETS) for (const f of analysis.data?.files[d] ?? []) order.set(`${d}\u0000${f.name}`, order.size);
  const at = (g: G) => order.get(`${g.dataset}\u0000${g.file}`) ?? order.size;
  return [...groups].sort((a, b) => at(a) - at(b) || b.count - a.count || a.lines[0] - b.lines[0]);
}

/**
 * File names and each file's row counts are published (meta.json, the methodology page): say so, and
 * warn about a file of people whose accepted rows are fewer than the small-cell threshold, since its
 * name and count could single out a few people (`pmi_taiwan_perempuan_grogol_2025.csv`: 3 rows).
 */
function fileNameLines({ analysis }: CheckedInput, minCell: number, { t }: Words): string[] {
  const small = DATASETS.filter((d) => d !== 'vacancies')
    .flatMap((d) => analysis.data?.files[d] ?? [])
    .filter((f) => f.accepted > 0 && f.accepted < minCell);
  return [
    t(
      '  Nama setiap berkas dan jumlah barisnya diterbitkan (meta.json, halaman metodologi): jangan memakai nama orang, NIK, nomor telepon, atau nama kelompok kecil (negara tujuan, jenis kelamin, desa) dalam nama berkas.',
      '  Every file name and its row counts are published (meta.json, the methodology page): keep names of people, NIKs, phone numbers and names of small groups (destination country, sex, village) out of file names.',
    ),
    ...small.map(
      (f) =>
        `  ${t('PERINGATAN', 'WARNING')}: ${f.name}: ${t(
          `hanya ${f.accepted} baris diterima, kurang dari ambang sel kecil (${minCell}); nama dan jumlahnya bisa menunjuk orang tertentu. Gabungkan dengan berkas lain dari data yang sama, atau beri nama umum (misalnya peserta_2025_b.csv).`,
          `only ${f.accepted} accepted ${f.accepted === 1 ? 'row' : 'rows'}, fewer than the small-cell threshold (${minCell}); its name and count could point at particular people. Merge it with another file of the same dataset, or give it a plain name (e.g. peserta_2025_b.csv).`,
        )}`,
    ),
  ];
}

/** Things the person should know to read the result right. */
function adviceLines({ kind, inputs, analysis }: CheckedInput, { t }: Words): string[] {
  const lines: string[] = [];
  if (inputs.ignored.length > 0) {
    lines.push(
      t(
        `Catatan: ${inputs.ignored.length} berkas atau folder tidak dibaca (lihat "Berkas" di atas); isinya tidak ikut dihitung.`,
        `Note: ${inputs.ignored.length === 1 ? '1 file or folder is' : `${inputs.ignored.length} files or folders are`} not read (see "Files" above); nothing in them is counted.`,
      ),
    );
  }
  const linking = inputs.files.certifications.length + inputs.files.placements.length > 0;
  if (linking && inputs.files.enrollments.length === 0) {
    lines.push(
      t(
        'Catatan: tidak ada file peserta dalam pemeriksaan ini, jadi baris sertifikasi dan penempatan yang berisi enrollment_id ditolak. Periksa bersama file peserta, atau periksa seluruh folder.',
        'Note: no enrollments file is in this check, so certification and placement rows that give an enrollment_id are rejected. Check them together with the enrollments files, or check the whole folder.',
      ),
    );
  }
  const enrollmentsRefused = analysis.refusals.some(
    (r) => r.rule === 'refused_file' && inputs.files.enrollments.some((f) => f.name === r.file),
  );
  if (enrollmentsRefused && linking) {
    lines.push(
      t(
        'Catatan: sebuah file peserta tidak dapat dibaca; baris sertifikasi dan penempatan yang merujuk ke isinya bisa ikut ditolak. Perbaiki file itu dulu.',
        'Note: an enrollments file cannot be read; certification and placement rows that point into it may be rejected too. Fix that file first.',
      ),
    );
  }
  if (kind === 'files') {
    lines.push(
      t(
        'Catatan: berkas yang disebut satu per satu diperiksa dengan tabel referensi bawaan proyek. Untuk memakai reference/ milik folder ekspor, periksa seluruh folder.',
        "Note: files named one by one are checked against the project's reference tables. To use an exports folder's own reference/, check the whole folder.",
      ),
    );
  }
  return lines;
}

function verdictLines({ analysis }: CheckedInput, { say, t }: Words): string[] {
  const { refusals, datasets } = analysis;
  if (refusals.length > 0) {
    return [
      t('Hasil: DITOLAK — data build tidak akan menerbitkan data ini:', 'Result: REFUSED — the data build would not publish this data:'),
      ...refusals.map((r) => `  - ${r.rule === 'refused_file' ? `${r.file}${atLine(r.line, t, ', ')}: ` : ''}${say(r.message)}`),
    ];
  }
  const rejected = DATASETS.reduce((n, d) => n + (datasets?.[d].rejected ?? 0), 0);
  const limit = `${100 / MAX_REJECTED_SHARE_DENOMINATOR} %`;
  if (rejected === 0)
    return [
      t(
        'Hasil: LOLOS — data build akan menerbitkan data ini. Tidak ada baris ditolak.',
        'Result: OK — the data build would publish this data. No rows are rejected.',
      ),
    ];
  return [
    t(
      `Hasil: LOLOS — data build akan menerbitkan data ini (baris ditolak tidak lebih dari ${limit} per data). ${rejected} baris ditolak tidak ikut dihitung: perbaiki agar ikut.`,
      `Result: OK — the data build would publish this data (no more than ${limit} of any dataset's rows are rejected). ${rejected === 1 ? '1 rejected row is' : `${rejected} rejected rows are`} left out of the numbers: fix rejected rows to have them counted.`,
    ),
  ];
}
