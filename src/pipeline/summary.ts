// The short console summary (§1): per dataset rows read / accepted / rejected / warnings, every entry
// of the input that was not read (with why and what to do), unknown columns. Plain words, Indonesian / English.
// The per-dataset counts it prints are the ones meta.json publishes and data:check reports (`datasetSummary`).

import { DATASETS, type DatasetName } from './contract.ts';
import type { FileCounts, Ingested } from './ingest.ts';
import { bilingual } from './messages.ts';
import { noRows, type DatasetSummary } from './published.ts';
import { NOT_READ, shownName, type NotRead } from './read/not-read.ts';
import { UNMAPPED_SECTOR, UNMAPPED_SECTOR_REASON } from './sectors.ts';
import { dayToIso } from './values/dates.ts';

const COUNT_FIELDS = ['rows_read', 'accepted', 'rejected', 'duplicate', 'superseded', 'out_of_scope', 'warnings'] as const;

/** A dataset's row counts and dates as meta.json, the console summary and data:check report them. */
export function datasetSummary(files: FileCounts[], events: { first: number; last: number } | null): DatasetSummary {
  const summary: DatasetSummary = {
    present: files.some((f) => f.rows_read > 0),
    ...noRows(),
    files,
  };
  if (events) {
    summary.first_event = dayToIso(events.first);
    summary.latest_event = dayToIso(events.last);
  }
  for (const f of files) for (const k of COUNT_FIELDS) summary[k] += f[k];
  return summary;
}

const LABELS: Record<DatasetName, string> = {
  enrollments: 'peserta / enrollments',
  certifications: 'sertifikasi / certifications',
  placements: 'penempatan / placements',
  vacancies: 'lowongan / vacancies',
};

export function formatSummary(input: {
  input: string;
  datasets: Record<DatasetName, DatasetSummary>;
  data: Ingested;
  ignored: NotRead[];
}): string[] {
  const lines = [`Link & Match Cilegon — data: ${input.input}`];
  const header = [
    'data',
    'file',
    'dibaca/read',
    'diterima/accepted',
    'ditolak/rejected',
    'ganda/duplicate',
    'diganti/superseded',
    'luar cakupan/out of scope',
    'peringatan/warnings',
  ];
  const rows = DATASETS.map((d) => {
    const s = input.datasets[d];
    return [
      LABELS[d],
      String(s.files.length),
      ...[s.rows_read, s.accepted, s.rejected, s.duplicate, s.superseded, s.out_of_scope, s.warnings].map(String),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(format(header), ...rows.map(format));
  for (const d of DATASETS) {
    const s = input.datasets[d];
    if (!s.present) {
      lines.push(
        s.files.length === 0
          ? `- ${LABELS[d]}: tidak ada file; halaman menyebut sumbernya tidak ada / no files; the pages say the source is missing`
          : `- ${LABELS[d]}: file tanpa satu pun baris data; halaman menyebut sumbernya tidak ada / files without a single data row; the pages say the source is missing`,
      );
    }
  }
  if (input.ignored.length > 0) lines.push(`Tidak dibaca / not read (${input.ignored.length}):`);
  for (const f of input.ignored) {
    const why = NOT_READ[f.reason];
    lines.push(`- ${shownName(f.name)}: ${bilingual(why)}${why.fix ? ` — ${bilingual(why.fix)}` : ''}`);
  }
  for (const note of input.data.notes) {
    if (note.unknownColumns.length > 0)
      lines.push(`${note.file}: kolom tidak dikenal, diabaikan / unknown columns, ignored: ${note.unknownColumns.join(', ')}`);
    for (const dup of note.duplicateColumns) {
      lines.push(
        `${note.file}: '${dup.ignored}' dan '${dup.used}' sama-sama ${dup.column}; dipakai '${dup.used}' / both map to ${dup.column}; using '${dup.used}'`,
      );
    }
  }
  const warnings = [...input.data.warnings].sort((a, b) => b.count - a.count).slice(0, 10);
  for (const w of warnings) {
    lines.push(
      `${w.file} ${w.column}: ${w.count}× ${bilingual(w.reason)} (baris/lines ${w.lines.join(', ')}${w.count > w.lines.length ? ', …' : ''})`,
    );
  }
  // Always said, whatever the other warnings: the data team fixes these at the source (sectors.ts).
  const unmappedRows = input.data.warnings.filter((w) => w.reason === UNMAPPED_SECTOR_REASON).reduce((n, w) => n + w.count, 0);
  if (unmappedRows > 0) {
    const texts = input.data.sectors.filter((s) => s.key === UNMAPPED_SECTOR.key).length;
    lines.push(
      `${LABELS.vacancies}: ${unmappedRows} baris dengan employer_sector yang bukan kode atau nama divisi KBLI (${texts} teks berbeda), diterbitkan sebagai "${UNMAPPED_SECTOR.name_id}" / ${unmappedRows} rows whose employer_sector is no KBLI division code or name (${texts} distinct texts), published as "${UNMAPPED_SECTOR.name_en}"`,
    );
  }
  return lines;
}
