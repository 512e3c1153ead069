// What the sample holds: per file the rows the data build should accept, reject or drop, the injected
// problems per dataset, and the volumes per year. Printed by `npm run sample` and written to the README.
import { DATASETS, type DatasetName, PLACEMENT_WINDOW_DAYS } from '../pipeline/contract.ts';
import { dayNumber, dayToIso } from '../pipeline/values/dates.ts';
import type { ExportFile, ExportRow } from './export-file.ts';
import { countFates, type FateCounts, inReadingOrder } from './fates.ts';
import { PROBLEMS } from './problems.ts';
import { YEARS } from './seasons.ts';

export interface FileSummary {
  path: string;
  description: string;
  encoding: string;
  delimiter: string;
  lineEnd: string;
  counts: FateCounts;
  /** Lines that are not rows: blank lines, lines of empty fields, repeated header lines. */
  skippedLines: number;
}

export interface SampleDatasetSummary {
  dataset: DatasetName;
  files: FileSummary[];
  totals: FateCounts;
  /** Injected problem kind → rows. */
  problems: Record<string, number>;
}

export interface YearVolumes {
  enrolled: number;
  completed: number;
  certifiedPeople: number;
  placed: number;
  vacancies: number;
  positions: number;
  welderPositions: number;
  welderCertifiedPeople: number;
  sewingCompleted: number;
  sewingPositions: number;
  cookCompleted: number;
  cookPositions: number;
  /** Completers of the year placed within 180 days (null while the window is open). */
  placedWithin180: { cohort: number; placed: number } | null;
}

export interface SampleSummary {
  datasets: SampleDatasetSummary[];
  volumes: Record<number, YearVolumes>;
  latestEvent: string;
}

const ENCODING_NAMES: Record<string, string> = {
  utf8: 'UTF-8',
  'utf8-bom': 'UTF-8 + BOM',
  'windows-1252': 'Windows-1252',
  'utf16le-bom': 'UTF-16 LE + BOM',
};

function summarizeDataset(dataset: DatasetName, files: readonly ExportFile[]): SampleDatasetSummary {
  const summaries = inReadingOrder(files).map((file) => ({
    path: file.path,
    description: file.description,
    encoding: ENCODING_NAMES[file.encoding],
    delimiter: file.delimiter === '\t' ? 'tab' : file.delimiter,
    lineEnd: file.pastedAt ? (file.lineEnd === '\r\n' ? 'CRLF, then LF' : 'LF, then CRLF') : file.lineEnd === '\r\n' ? 'CRLF' : 'LF',
    counts: countFates(file.rows),
    skippedLines: file.blankAfter.length + file.emptyFieldsAfter.length + (file.pastedAt ? 1 : 0),
  }));
  const totals = countFates(files.flatMap((f) => f.rows));
  const problems: Record<string, number> = {};
  for (const row of files.flatMap((f) => f.rows)) {
    for (const kind of [row.problem, ...row.warnings]) if (kind) problems[kind] = (problems[kind] ?? 0) + 1;
  }
  if (totals.superseded > 0) problems.superseded = totals.superseded;
  return { dataset, files: summaries, totals, problems };
}

function accepted(files: readonly ExportFile[]): ExportRow[] {
  return files.flatMap((f) => f.rows).filter((r) => r.fate === 'accepted' && r.facts !== null);
}

function volumes(datasets: Readonly<Record<DatasetName, readonly ExportFile[]>>, latest: number): Record<number, YearVolumes> {
  const enrollments = accepted(datasets.enrollments);
  const certifications = accepted(datasets.certifications);
  const placements = accepted(datasets.placements);
  const vacancies = accepted(datasets.vacancies);
  const byLink = new Map<string, number[]>();
  const byPerson = new Map<string, number[]>();
  for (const p of placements) {
    const map = p.link !== '' ? byLink : byPerson;
    const key = p.link !== '' ? p.link : (p.facts?.person ?? '');
    map.set(key, [...(map.get(key) ?? []), p.facts?.day ?? 0]);
  }
  const result: Record<number, YearVolumes> = {};
  for (const year of YEARS) {
    const inYear = (rows: ExportRow[]) => rows.filter((r) => r.facts?.year === year);
    const completed = enrollments.filter((r) => r.facts?.detail === 'completed' && r.facts.endYear === year);
    const competent = inYear(certifications).filter((r) => r.facts?.detail === 'competent');
    const yearVacancies = inYear(vacancies);
    const positionsOf = (occupation: string) =>
      yearVacancies.filter((r) => r.facts?.occupation === occupation).reduce((sum, r) => sum + (r.facts?.positions ?? 0), 0);
    const windowClosed = dayNumber(year, 12, 31) + PLACEMENT_WINDOW_DAYS <= latest;
    const placed = completed.filter((r) => {
      const start = r.facts?.day ?? 0;
      const last = (r.facts?.endDay ?? 0) + PLACEMENT_WINDOW_DAYS;
      const days = [...(byLink.get(r.id) ?? []), ...(byPerson.get(r.facts?.person ?? '') ?? [])];
      return days.some((d) => d >= start && d <= last);
    }).length;
    result[year] = {
      enrolled: inYear(enrollments).length,
      completed: completed.length,
      certifiedPeople: new Set(competent.map((r) => r.facts?.person)).size,
      placed: inYear(placements).length,
      vacancies: yearVacancies.length,
      positions: yearVacancies.reduce((sum, r) => sum + (r.facts?.positions ?? 0), 0),
      welderPositions: positionsOf('7212'),
      welderCertifiedPeople: new Set(competent.filter((r) => r.facts?.occupation === '7212').map((r) => r.facts?.person)).size,
      sewingCompleted: completed.filter((r) => r.facts?.occupation === '7533').length,
      sewingPositions: positionsOf('7533'),
      cookCompleted: completed.filter((r) => r.facts?.occupation === '5120').length,
      cookPositions: positionsOf('5120'),
      placedWithin180: windowClosed ? { cohort: completed.length, placed } : null,
    };
  }
  return result;
}

function latestEvent(datasets: Readonly<Record<DatasetName, readonly ExportFile[]>>): number {
  let latest = 0;
  for (const dataset of DATASETS) {
    for (const row of accepted(datasets[dataset])) {
      latest = Math.max(latest, row.facts?.day ?? 0);
      if (dataset === 'enrollments' && row.facts?.endDay != null) latest = Math.max(latest, row.facts.endDay);
    }
  }
  return latest;
}

export function summarize(datasets: Readonly<Record<DatasetName, readonly ExportFile[]>>): SampleSummary {
  const latest = latestEvent(datasets);
  return {
    datasets: DATASETS.map((d) => summarizeDataset(d, datasets[d])),
    volumes: volumes(datasets, latest),
    latestEvent: dayToIso(latest),
  };
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const COUNT_COLUMNS = ['rows_read', 'accepted', 'rejected', 'duplicate', 'superseded', 'out_of_scope'] as const;

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(2)} %`;
}

export function consoleText(summary: SampleSummary): string {
  const lines: string[] = [];
  for (const d of summary.datasets) {
    lines.push(
      `${d.dataset}: ${d.files.length} files, ${d.totals.rows_read} rows read; expected ${d.totals.accepted} accepted, ${d.totals.rejected} rejected (${percent(d.totals.rejected, d.totals.rows_read)}), ${d.totals.duplicate} duplicate, ${d.totals.superseded} superseded, ${d.totals.out_of_scope} out of scope`,
    );
    for (const [kind, count] of Object.entries(d.problems).sort())
      lines.push(`  ${kind.padEnd(28)} ${String(count).padStart(5)}  ${PROBLEMS[kind]?.effect ?? 'superseded'}`);
  }
  lines.push('', 'year  enrolled completed certified placed vacancies positions  welders: positions/certified');
  for (const year of YEARS) {
    const v = summary.volumes[year];
    lines.push(
      `${year}  ${String(v.enrolled).padStart(8)} ${String(v.completed).padStart(9)} ${String(v.certifiedPeople).padStart(9)} ${String(v.placed).padStart(6)} ${String(v.vacancies).padStart(9)} ${String(v.positions).padStart(9)}  ${v.welderPositions}/${v.welderCertifiedPeople}`,
    );
  }
  lines.push(`latest event: ${summary.latestEvent}`);
  return lines.join('\n');
}

export function readmeText(summary: SampleSummary): string {
  const files = summary.datasets.flatMap((d) =>
    d.files.map((f) => [`\`${f.path}\``, d.dataset, f.encoding, f.delimiter, f.lineEnd, f.counts.rows_read, f.description]),
  );
  const counts = summary.datasets.flatMap((d) => [
    ...d.files.map((f) => [`\`${f.path}\``, ...COUNT_COLUMNS.map((c) => f.counts[c])]),
    [`**${d.dataset}**`, ...COUNT_COLUMNS.map((c) => `**${d.totals[c]}**`)],
  ]);
  const problems = summary.datasets.flatMap((d) =>
    Object.entries(d.problems)
      .sort()
      .map(([kind, count]) => [
        d.dataset,
        `\`${kind}\``,
        PROBLEMS[kind]?.effect ?? 'superseded',
        count,
        PROBLEMS[kind]?.en ?? "an earlier file's row replaced by a later export (same id)",
      ]),
  );
  const mid2026 = summary.datasets.find((d) => d.dataset === 'enrollments')?.files.find((f) => f.path === 'peserta/peserta_2026.csv');
  const keptNote =
    mid2026 && mid2026.counts.accepted > 0
      ? `\n\`peserta/peserta_2026.csv\` keeps ${mid2026.counts.accepted} accepted rows: their rows in \`peserta_2026_update.csv\` are rejected, and only an accepted row supersedes.\n`
      : '';
  const rejectedShare = summary.datasets.map((d) => `${d.dataset} ${percent(d.totals.rejected, d.totals.rows_read)}`).join(', ');
  const skipped = summary.datasets
    .flatMap((d) => d.files)
    .filter((f) => f.skippedLines > 0)
    .map((f) => `\`${f.path}\` ${f.skippedLines}`)
    .join(', ');
  const volumeRows = YEARS.map((year) => {
    const v = summary.volumes[year];
    const rate = v.placedWithin180
      ? `${v.placedWithin180.placed} of ${v.placedWithin180.cohort} (${percent(v.placedWithin180.placed, v.placedWithin180.cohort)})`
      : 'window open';
    return [year === 2026 ? '2026 (Jan–Sep)' : year, v.enrolled, v.completed, v.certifiedPeople, v.placed, rate, v.vacancies, v.positions];
  });
  const marketRows = YEARS.map((year) => {
    const v = summary.volumes[year];
    return [
      year === 2026 ? '2026 (Jan–Sep)' : year,
      v.welderPositions,
      v.welderCertifiedPeople,
      v.sewingPositions,
      v.sewingCompleted,
      v.cookPositions,
      v.cookCompleted,
    ];
  });

  return `# Sample data — synthetic / Data contoh — sintetis

**Bahasa Indonesia.** Semua berkas di folder ini adalah data **sintetis** yang dibuat oleh program
(\`npm run sample\`), bukan data asli Disnaker, BBPVP, BLK atau LSP. Angka, nama, NIK, perusahaan dan
nomor sertifikat semuanya rekaan. Gunanya: menguji pembacaan data dan menampilkan contoh dasbor.

**English.** Every file in this folder is **synthetic** data made by a program (\`npm run sample\`), not
real data from Disnaker, BBPVP, BLK or any LSP. Numbers, names, NIKs, employers and certificate numbers
are all made up. They exist to exercise the data build and to show what the dashboard looks like.
\`SAMPLE-DATA.txt\` marks the folder: the data build looks for it and labels the site as sample data.

## How it is made

- \`npm run sample\` runs \`scripts/generate-sample.ts\`, which calls \`src/sample/\`: pure generation from
  a seeded pseudo-random generator (mulberry32, fixed seed), no clock, no unseeded randomness. Every run, on
  every machine and in every time zone, writes the same bytes; \`tests/unit/sample/generator.test.ts\`
  checks that, and that this folder equals a fresh generation. The command deletes and rewrites the folder.
- The world: January 2023 – September 2026, BBPVP Serang and UPTD BLK Kota Cilegon batches of 16–20
  people (BLK runs the standard 16), 1–3 months long; residents' kecamatan weighted by population
  (\`data/reference/kecamatan.csv\`); a few hundred fictitious employers; maintenance-season, Ramadan/Lebaran
  and year-end rhythms; a fictitious petrochemical project that needs welders by the hundred in 2025.
  By design there is a **welder shortage** (far more welder positions than certified welders) and a
  **surplus of sewing and cookery trainees** (many trained, few positions).
- **NIKs are fake on purpose**: 16 digits starting with \`00\`. Real NIKs start with a two-digit province
  code (11–96); no province has 00, so a sample NIK can never be a real person's.
- Employer names all contain "Contoh" and "(fiktif)". Certificate numbers start with \`SAMPLE-\`.
  Person names are drawn from lists of common Indonesian first and last names.

## Files

${table(['file', 'dataset', 'encoding', 'delimiter', 'line ends', 'rows', 'what it looks like'], files)}

\`SAMPLE-DATA.txt\`, this README and \`.gitattributes\` (it stops git from converting the line endings) are not CSV
and match no dataset.

## What the data build should count (by construction)

Counted as the data contract says (§3–§5): \`rows_read\` excludes the header, blank lines, lines of
empty fields and repeated header lines; \`rows_read = accepted + rejected + duplicate + superseded +
out_of_scope\`. Lines that are not rows: ${skipped}.

${table(['file', ...COUNT_COLUMNS], counts)}

Rejected share per dataset (the build refuses a dataset above 5 %): ${rejectedShare}.
${keptNote}

## Injected problems

Each row has at most one injected problem; the build should report exactly these (a warning leaves
the row accepted and treats the value as missing). Rows out of scope are people living, or jobs
located, outside Kota Cilegon; a certification or placement with an empty city is out of scope when its
enrollment is.

${table(['dataset', 'kind', 'effect', 'rows', 'what'], problems)}

## Volumes per year (accepted rows in scope)

Enrollments by start date, completions by end date, certified = distinct people with a \`competent\`
assessment in the year, placements by date. "Placed within 180 days" counts completers of the year with
a placement from their start to 180 days after their end (matched on enrollment_id, or on the person
when the placement has none), as the \`placement_rate_180d\` metric defines it.

${table(['year', 'enrolled', 'completed', 'certified', 'placed', 'placed within 180 days', 'vacancies', 'positions'], volumeRows)}

Shortage and surplus, by design:

${table(['year', 'welder positions', 'welders certified', 'sewing positions', 'sewing completers', 'cook positions', 'cookery completers'], marketRows)}

Latest event (the default as-of date): ${summary.latestEvent}.
`;
}

export const SAMPLE_MARKER_TEXT =
  'Data contoh sintetis: semua berkas di folder ini dibuat oleh program (npm run sample) dan bukan data asli; angka, nama, NIK, perusahaan dan nomor sertifikat adalah rekaan. ' +
  'Synthetic sample data: every file in this folder is made by a program (npm run sample) and is not real data; the numbers, names, NIKs, employers and certificate numbers are made up.\n';
