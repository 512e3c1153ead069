// The project's own binding data contract (docs/data-contract.md): inputs, values, scope, metrics,
// privacy rules and published files. Its sections keep the numbering the `§n` comments in src/ cite.
// Every list the code owns — datasets, file stems, columns, aliases, enums, reference columns, kecamatan,
// thresholds, and the metric table with its suppression groups — is written from contract.ts, so the
// contract in the repository cannot promise what the build does not do. The connecting prose is here.

import {
  CITY_IN_SCOPE,
  COLUMNS,
  CONTRACT_VERSION,
  DATASETS,
  DATASET_STEMS,
  DEFAULT_MIN_CELL,
  KECAMATAN_LIST,
  MAX_REJECTED_SHARE_DENOMINATOR,
  METRICS,
  PLACEMENT_TYPES,
  RATE_HORIZON_ORDER,
  RATE_MIN_DENOMINATOR,
  REFERENCE_COLUMNS,
  metricSpec,
  type ColumnSpec,
  type MetricName,
  type MetricSpec,
} from '../contract.ts';
import { FACTS_HEADER } from '../published.ts';
import { EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN, MONTH_NAMES } from '../values/dates.ts';

const code = (text: string | number) => '`' + text + '`';
const codes = (texts: readonly (string | number)[]) => texts.map(code).join(', ');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line), ''];
}

const MIN_CELL_BELOW = DEFAULT_MIN_CELL - 1;

const TYPE_WORDS: Record<ColumnSpec['type'], string> = {
  text: 'text',
  private_text: 'text',
  date: 'date',
  integer: 'integer',
  positions: 'integer ≥ 1; empty = 1; any other value rejects the row',
  occupation_code: 'occupation code',
  program_code: 'a code in programs.csv, else the row is rejected',
  scheme_code: 'a code in schemes.csv, else the row is rejected',
  kecamatan: 'kecamatan (§6)',
  enum: 'enum',
};

function columnType(column: ColumnSpec): string {
  const parts = [TYPE_WORDS[column.type]];
  if (column.values) {
    parts[0] = Object.entries(column.values)
      .map(([value, spellings]) => `${code(value)} ← ${spellings.join(', ')}`)
      .join('; ');
  }
  if (column.private) parts.push(column.name === 'employer_name' ? 'private, never published' : 'private');
  if (column.note) parts.push(column.note.en);
  return parts.join('; ');
}

function commandLine(): string[] {
  return [
    '## 1. Command line',
    '',
    '```',
    `npm run data -- --input DIR --out DIR [--as-of YYYY-MM-DD] [--report FILE] [--min-cell ${DEFAULT_MIN_CELL}]`,
    '```',
    '',
    '- `--input` defaults to the bundled sample; `--out` to the folder the site reads (`site-data/`).',
    '- `--as-of` defaults as §5 says. `--min-cell` defaults to ' + DEFAULT_MIN_CELL + '.',
    '- `--report` (private, never published, git-ignored by default) lists every rejected row; it is written on exit 1 too.',
    `- Exit 0: published. Exit 1: nothing in \`--out\` changes — a file or reference table that cannot be read, no event at all, or a dataset whose rejected rows are more than ${100 / MAX_REJECTED_SHARE_DENOMINATOR} % of its rows read (all its files together; in integers: \`${MAX_REJECTED_SHARE_DENOMINATOR} × rejected > rows_read\`). Exit 2: wrong usage.`,
    '- It prints per dataset rows read / accepted / rejected / warnings, CSV files that matched no dataset, unknown columns, and the as-of date.',
    '- `--releases DIR` (this project\'s addition) suppresses against the previous kept release: docs/data-rules.md, "Releases and revisions".',
    '',
  ];
}

function inputLayout(): string[] {
  return [
    '## 2. Input layout',
    '',
    '`DIR` holds CSV files. A dataset is found by file name, English or Indonesian, in `DIR` or in a sub-folder of that name (one level; names compared case-insensitively):',
    '',
    ...table(
      ['dataset', 'files'],
      DATASETS.map((d) => [
        code(d),
        [
          ...DATASET_STEMS[d].map((s) => code(`${s}*.csv`)),
          `any \`.csv\` in ${DATASET_STEMS[d].map((s) => code(`${s}/`)).join(' or ')}`,
        ].join(', '),
      ]),
    ),
    'Other `.csv` files are ignored and named in the summary. A file is named everywhere by its path relative to `DIR` with `/` separators. ' +
      'A dataset may be split over several files, read in ascending byte order of their relative paths. Every dataset may be absent: it then publishes zeros, and the pages say the source is missing.',
    '',
    `A table in \`DIR/reference/\` (${codes(Object.keys(REFERENCE_COLUMNS).map((n) => `${n}.csv`))}) replaces the project's table of the same name entirely. Kecamatan geography is fixed.`,
    '',
  ];
}

function readingFiles(): string[] {
  const months = MONTH_NAMES.map((names) => names.join(', ')).join('; ');
  return [
    '## 3. Reading a file',
    '',
    '- Encoding: UTF-8 with or without BOM; UTF-16 LE/BE with BOM; otherwise a file that is not valid UTF-8 is Windows-1252 (as the WHATWG Encoding Standard decodes it). A UTF-8 BOM followed by invalid UTF-8 is fatal.',
    '- Delimiter: comma, semicolon or tab — the one found most often outside quotes in the header line; a tie goes to comma, then semicolon. Quoted fields may hold delimiters, doubled quotes and line breaks.',
    "- Line endings LF, CRLF and CR, mixed freely. Line numbers are physical lines as an editor shows them (inside quoted fields too); a record's line is where it starts; the header is line 1.",
    '- Blank lines, rows whose every field is empty, and lines repeating the header are skipped and not counted.',
    '- Headers are lower-cased, trimmed, every run of characters other than a-z and 0-9 becomes one `_`, and `_` is removed at both ends. Each column has the names in §4; when two columns name one field, the first wins and the summary warns; unknown columns are ignored and named; a missing required column is fatal for its file.',
    '- A file that cannot be a CSV export (empty, binary, an Excel workbook or a zip renamed `.csv`, no recognisable header) is fatal, and the message says what it looks like.',
    "- A cell loses a leading Excel text marker `'`, then Unicode white space at both ends; an empty cell is missing.",
    '',
    'Values:',
    '',
    `- date: \`YYYY-M-D\`; day first \`D/M/YYYY\`, \`D-M-YYYY\`, \`D.M.YYYY\`; \`D MONTH YYYY\` with a month name in Indonesian or English, full or short, any case, an optional trailing \`.\` (${months}); an Excel serial day number from ${EXCEL_SERIAL_MIN} to ${EXCEL_SERIAL_MAX} (a fraction ignored; Excel's 1900 leap-year bug included). A time after a space or \`T\` is ignored. Years have four digits. A date that does not exist or is outside 1940-01-01 … 2099-12-31 is invalid. No time zone is ever applied.`,
    '- integer: optional `Rp`, spaces, and `.` or `,` as thousands separators; a decimal part of zeros or a dash is dropped; anything else is invalid.',
    '- occupation code: 4 digits (`7212`; `7212.0` is read as `7212`); anything else is invalid. Program and scheme codes are matched case-insensitively.',
    '- enum: matched case-insensitively, inner white space collapsed, against the value and the spellings listed in §4.',
    '- ids are text, compared exactly after trimming.',
    '',
    'A row with an invalid or missing required value is rejected, with its file, line, column, raw value and reason (its first problem, in column order); a rejected row changes no published number. An optional value that is invalid is treated as missing and counted as a warning, except where §4 says the row is rejected. docs/input-format.md shows each rule with examples run through the parsers.',
    '',
  ];
}

function datasets(): string[] {
  const lines = [
    '## 4. Datasets',
    '',
    'Canonical column names first, then accepted names. (R) required, (key) unique within the dataset.',
    '',
  ];
  for (const d of DATASETS) {
    lines.push(`### ${d}`, '');
    lines.push(
      ...table(
        ['column', 'also accepted', 'type'],
        COLUMNS[d].map((c) => [
          `${c.name}${c.required ? ' (R)' : ''}${c.key ? ' (key)' : ''}`,
          c.aliases.filter((a) => a !== c.name).join(', '),
          columnType(c),
        ]),
      ),
    );
  }
  lines.push(
    '### Reference tables — `data/reference/`, or `DIR/reference/`',
    '',
    ...table(
      ['file', 'columns (R = required)'],
      Object.entries(REFERENCE_COLUMNS).map(([name, columns]) => [
        `${name}.csv`,
        columns.map((c) => `${c.name}${c.required ? ' (R)' : ''}`).join(', '),
      ]),
    ),
    'Reference tables are kept by people: read with the same tolerance, but any error in them is fatal (a wrong crosswalk silently moves numbers). `pattern` is a regular expression.',
    '',
    "**Amendment 1.1.** A crosswalk row (programs.csv, schemes.csv, job_titles.csv) whose `occupation_code` is a valid 4-digit code that occupations.csv does not list is *not* an error: occupations.csv names the occupations the dashboard follows, not every occupation people train for, and that row's people and vacancies are published as `other` (§5). `npm run data:check` lists such rows. Only a malformed code is fatal.",
    '',
    '### Keys, repeats and links',
    '',
    'Rows are judged in this order: values (§3–4), then scope (§5), then the row rules (kecamatan, end_date, repeats, links).',
    '',
    '- Within one file, a row whose id equals that of an earlier accepted row of the same file is counted `duplicate` and dropped when all its recognised fields are equal after parsing; otherwise it is rejected ("conflicting duplicate id").',
    '- Across the files of a dataset, read in path order, a later accepted row with the same id replaces the earlier one, which is counted `superseded`.',
    '- `enrollment_id` in certifications and placements, when given, must be an accepted enrollment (the link holds to it); an enrollment that was out of scope makes the row out of scope; otherwise the row is rejected.',
    '',
  );
  return lines;
}

function scope(): string[] {
  return [
    '## 5. Scope and derived fields',
    '',
    `- \`city\`: empty, or (case-insensitive, white space collapsed) exactly one of ${codes(CITY_IN_SCOPE)}, is in scope. Any other value is out of scope: counted \`out_of_scope\`, used for nothing. A row in scope whose kecamatan is given but not a Cilegon kecamatan is rejected.`,
    "- Occupation of an enrollment: its program's `occupation_code`; of a certification: its scheme's; of a placement: its own `occupation_code` when valid, else the linked enrollment's, else `other`; of a vacancy: its own when valid, else that of the first row of job_titles.csv whose pattern is found in `job_title` (case-insensitive), else `other`. A valid code that occupations.csv does not list is published as `other` (no fall-back).",
    "- Kecamatan and sex of a certification or placement: its own, else the linked enrollment's, else `unknown`; of an enrollment or vacancy: its own, else `unknown`.",
    '- Events: start_date, assessment_date, placement_date, posted_date, and the end_date of enrollments that are not `ongoing`, of accepted rows.',
    '- As-of date: `--as-of`, else the latest event. Rows with events after it are accepted but in no published period. With no event at all, exit 1.',
    '- Periods: calendar years (`2025`), quarters (`2025-Q3`) and months (`2025-09`), from the period of the earliest event to the period of the as-of date.',
    '',
  ];
}

function kecamatan(): string[] {
  return [
    '## 6. Kecamatan',
    '',
    'The kecamatan of Kota Cilegon, matched on BPS code or Kemendagri code (exactly as written in the table) or on name (lower-case, spaces, `.` and `-` removed, with or without a leading `kecamatan`, `kec.` or `kec`). Published by BPS code.',
    '',
    ...table(
      ['BPS code', 'Kemendagri', 'name', 'also written'],
      KECAMATAN_LIST.map((k) => [k.bps, k.kemendagri, k.name, k.also.join(', ')]),
    ),
  ];
}

function groupsOf(spec: MetricSpec): string {
  if (spec.kind === 'rate') return `rate groups (a) and (b); horizon rule (${spec.horizonDays} days)`;
  if (!spec.suppressedCount) return 'not suppressed (public)';
  const groups = ['(a)'];
  if (spec.periodAdditive) groups.push('(b)');
  if (spec.route !== undefined || spec.name === 'placed') groups.push('(c)');
  return `primary; ${groups.join(', ')}`;
}

function metrics(): string[] {
  const rows = METRICS.map((m) => {
    const spec = metricSpec(m);
    const [name, numerator, denominator, window, exclusions] = spec.description.en;
    const definition = [numerator, denominator === '—' ? '' : `of: ${denominator}`, `period: ${window}`, `excluded: ${exclusions}`]
      .filter(Boolean)
      .join('; ');
    return [code(m), name, definition, spec.sources.join(', '), spec.kind, spec.private ? 'yes' : 'no', groupsOf(spec)];
  });
  const rates = METRICS.filter((m) => metricSpec(m).kind === 'rate');
  return [
    '## 7. Published metrics',
    '',
    'Counts are of accepted, in-scope rows. "Last day of P" is the earlier of the period\'s last calendar day and the as-of date. This table is written from `METRIC_TABLE` in `src/pipeline/contract.ts`, which every stage reads.',
    '',
    ...table(['metric', 'name', 'definition', 'from', 'kind', 'private', 'suppression (§8)'], rows),
    `- \`certified\` and \`certified_pool\` count distinct person_id within the cell; \`certified_pool\` counts people holding, on the last day of P, a \`competent\` certificate with assessment_date ≤ that day ≤ valid_until.`,
    `- Placement routes (amendment 1.1): ${PLACEMENT_TYPES.map((t) => code(t)).join(', ')} — the placement_type of the placement (§4). The three add up to \`placed\` in every period and cell; occupation, kecamatan and sex as for \`placed\`.`,
    `- Placement rates (${rates.map(code).join(', ')}; the horizons other than 180 days are amendment 1.1, the waiting time to a first job, *masa tunggu*): the cohort is the enrollments \`completed\` with end_date in P; the rate is the share of the cohort with at least one placement dated from its start_date to end_date + D days (both ends included), matched on enrollment_id, or on person_id for placements without one. Only when the period's last calendar day + D days ≤ as-of; otherwise empty with flag \`window_open\` (this wins over suppression). \`round(1000 × numerator / denominator)\` half up in integers, then / 1000. Occupation, kecamatan and sex are the enrollment's.`,
    '',
  ];
}

function privacy(): string[] {
  const list = (ms: readonly MetricName[]) => ms.map(code).join(', ');
  const counts = METRICS.filter((m) => metricSpec(m).suppressedCount);
  const additive = METRICS.filter((m) => metricSpec(m).periodAdditive);
  const routes = METRICS.filter((m) => metricSpec(m).route !== undefined);
  const rateOrder = RATE_HORIZON_ORDER.map((d) => `${d}`).join(', ');
  return [
    '## 8. Privacy',
    '',
    '- Nothing private (person_id, name, birth_date, certificate_number, employer_name, free text about a person) ever reaches a published file, a page or a URL. The reject report holds raw rows: it is private, git-ignored and never inside the site.',
    "- Every private count published anywhere (facts.csv, page JSON, a chart's CSV, an SVG, a generated sentence) comes from cells suppressed by these rules.",
    `- Primary: a private count from 1 to \`min-cell − 1\` (default 1–${MIN_CELL_BELOW}) is published empty with flag \`suppressed\`. Zero is published.`,
    `- Complementary, for ${list(counts)}. Groups: (a) within one metric and period, each breakdown — the occupation cells (with \`other\`), the kecamatan cells (with \`unknown\`), the sex cells (with \`unknown\`) — with the total; (b) for ${list(additive)}, within one metric and cell, a year's published quarters with the year, and a quarter's months with the quarter; (c) within one period and cell, ${list(routes)} with \`placed\` as their total (amendment 1.1). In any group whose total is published, if exactly one part is suppressed, suppress the smallest other non-zero published part (ties: the first in byte order of its facts.csv key); if there is none, suppress the total. Repeat over all groups until nothing changes.`,
    `- A rate is suppressed when its denominator is below ${RATE_MIN_DENOMINATOR}, its numerator or complement (denominator − numerator) is from 1 to \`min-cell − 1\`, or the \`completed\` count of the same period and cell is suppressed.`,
    `- Horizons (amendment 1.1): the placement rates of one period and cell share their cohort, so the difference of two numerators counts people too. They are decided in the order ${rateOrder} days; each is also suppressed when its numerator differs by 1 to \`min-cell − 1\` from that of a published rate of the cell decided before it. A \`window_open\` rate is never compared with.`,
    '- Rates in complementary groups (amendment 1.1): for each placement rate, groups (a) and (b) apply to the rates, "suppressed" meaning flagged `suppressed`, "smallest" compared by numerator, and parts whose `completed` count is published as 0 left out.',
    '- Order: counts first (all the count rules), then for rates the base rule, then repeat {the horizon rule; one pass of the rate groups in the order of the count groups} until nothing changes.',
    '- This project adds, where the contract is silent, the rules in docs/data-rules.md: a hidden total whose parts are all published hides a part too; and suppression against the previous release, so that two releases together give away no more than each alone.',
    '',
  ];
}

function publishedFiles(): string[] {
  return [
    '## 9. Published files',
    '',
    'Under `--out`, beside the page JSON (docs/site-data.md):',
    '',
    '`facts.csv` — UTF-8, comma, LF, with header, one row per published number, sorted by the columns in order (byte order):',
    '',
    '```',
    FACTS_HEADER,
    '```',
    '',
    '- `metric`: a name of §7. `occupation`: a 4-digit code, `other`, or `*` (all). `kecamatan`: a BPS code, `unknown`, or `*`. `sex`: `L`, `P`, `unknown`, or `*`.',
    '- For every metric and period: the total (`*,*,*`); each occupation of occupations.csv and `other`; each kecamatan and `unknown`; and, for private metrics only, each sex and `unknown`. Zero rows included.',
    '- `value`: an integer for counts, a decimal with 3 places for rates, empty when flagged. `flag`: empty, `suppressed`, or `window_open`.',
    '',
    '`meta.json` — the as-of date, `min_cell`, the periods, and per dataset and file its name, SHA-256 and row counts, with `rows_read = accepted + rejected + duplicate + superseded + out_of_scope` for every file (data rows only).',
    '',
    'The reject report (`--report`) is CSV: `dataset,file,line,column,value,reason`.',
    '',
    'The same inputs and as-of date give byte-identical `facts.csv` and `meta.json` on any machine, time zone or locale.',
    '',
  ];
}

export function renderDataContract(): string {
  const lines = [
    '<!-- Generated from src/pipeline/contract.ts by `node scripts/generate-docs.ts`. Do not edit by hand. -->',
    '',
    '# Data contract — Link & Match Cilegon',
    '',
    `Version ${CONTRACT_VERSION}, with amendment 1.1 (2026-12-02): the three placement routes (§7, §8 group (c)), placement rates at 30, 90 and 365 days (§7, §8), complementary suppression for rates (§8), and a crosswalk code outside occupations.csv published as \`other\` rather than refused (§4).`,
    '',
    "What the data build accepts, what it publishes, and how every published number is defined: the interface between the people who export CSVs (Disnaker Kota Cilegon, BBPVP Serang, BLK, LSP) and the public pages. This file is binding for the code: where they disagree, the code is wrong. Where it is silent, docs/data-rules.md records the choice made. The data team's guide is docs/input-format.md; the page JSON is described in docs/site-data.md. Geography in scope: Kota Cilegon (BPS 3672, Kemendagri 36.72). The `§n` comments in the code refer to the sections below.",
    '',
    ...commandLine(),
    ...inputLayout(),
    ...readingFiles(),
    ...datasets(),
    ...scope(),
    ...kecamatan(),
    ...metrics(),
    ...privacy(),
    ...publishedFiles(),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
