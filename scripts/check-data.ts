// npm run data:check -- FILE_OR_DIR… [--lang id|en] [--as-of YYYY-MM-DD] [--hide-values] [--min-cell N]
// Checks exports without publishing anything: exit 0 when the data build would publish them, 1 when
// it would refuse them, 2 on wrong usage.
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseInputs } from '../src/pipeline/analyse.ts';
import { exitOnSystemError } from '../src/pipeline/cli.ts';
import { checkExitCode, formatCheckReport, rejectionGrouper, type CheckedInput } from '../src/pipeline/check.ts';
import type { Lang } from '../src/pipeline/messages.ts';
import { forTerminal } from '../src/pipeline/escape.ts';
import { stderrProgress } from '../src/pipeline/progress.ts';
import { discoverFiles, discoverInputs, type DiscoveredInputs } from '../src/pipeline/read/discover.ts';
import { DEFAULT_MIN_CELL } from '../src/pipeline/contract.ts';
import { isoToDay } from '../src/pipeline/values/dates.ts';

const USAGE = `Pemakaian / usage: npm run data:check -- FOLDER_ATAU_FILE… [--lang id|en] [--as-of YYYY-MM-DD] [--hide-values] [--min-cell N]
  FOLDER          dibaca seperti data build membacanya / read as the data build reads it
  FILE.csv        dikenali dari namanya atau nama foldernya / recognised by its name or its folder's name
  --lang          id (bawaan / default) atau / or en
  --as-of         seperti data build / as the data build (default: kejadian terakhir / latest event)
  --hide-values   jangan tampilkan nilai sel apa pun / print no cell value at all (CI logs)
  --min-cell      ambang sel kecil seperti data build / small-cell threshold as the data build (default: ${DEFAULT_MIN_CELL})
Tidak menerbitkan apa pun / publishes nothing. Exit 0: akan diterbitkan / would publish; 1: akan ditolak / would be refused; 2: salah pemakaian / wrong usage.`;

/** Relative to the folder checked when inside it, else to here when below it, else absolute; `/` separators. */
function shortName(file: string, folder: string): string {
  for (const base of [folder, '.']) {
    const relative = path.relative(base, file);
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  }
  return file;
}

function usage(problem: string): never {
  console.error(`${forTerminal(problem)}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      lang: { type: 'string', default: 'id' },
      'as-of': { type: 'string', default: process.env.AS_OF || undefined },
      'hide-values': { type: 'boolean', default: false },
      'min-cell': { type: 'string', default: String(DEFAULT_MIN_CELL) },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
} catch (e) {
  usage((e as Error).message);
}
const { values: args, positionals } = parsed;
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.lang !== 'id' && args.lang !== 'en') usage(`--lang: id atau/or en: ${args.lang}`);
const lang: Lang = args.lang;
const asOf = args['as-of'] === undefined ? undefined : isoToDay(args['as-of']);
if (asOf === null) usage(`--as-of: bukan tanggal YYYY-MM-DD / not a YYYY-MM-DD date: ${args['as-of']}`);
const minCell = Number(args['min-cell']);
if (!Number.isInteger(minCell) || minCell < 1)
  usage(`--min-cell: harus bilangan bulat ≥ 1 / must be a whole number ≥ 1: ${args['min-cell']}`);
if (positionals.length === 0) usage('Sebutkan folder atau file yang diperiksa / name a folder or files to check');

// Each folder is checked on its own, as the build would read it; the files named go together.
const units: { kind: CheckedInput['kind']; label: string; inputs: DiscoveredInputs }[] = [];
const files: string[] = [];
for (const given of positionals) {
  const stat = statSync(given, { throwIfNoEntry: false });
  if (stat?.isDirectory()) units.push({ kind: 'folder', label: given, inputs: exitOnSystemError(() => discoverInputs(given)) });
  else if (stat?.isFile()) files.push(given);
  else usage(`tidak ditemukan / not found: ${given}`);
}
if (files.length > 0) units.push({ kind: 'files', label: files.join(', '), inputs: discoverFiles(files) });

const checked: CheckedInput[] = [];
for (const unit of units) {
  const grouper = rejectionGrouper();
  const progress = stderrProgress();
  const analysis = await analyseInputs({
    inputs: unit.inputs,
    asOf,
    onReject: grouper.add,
    readPastRefusedFiles: true,
    onProgress: progress.update,
  });
  progress.done();
  // A reference table is named by its absolute path: name it as the person sees it.
  for (const r of analysis.refusals)
    if (r.file && path.isAbsolute(r.file)) r.file = shortName(r.file, unit.kind === 'folder' ? unit.label : '.');
  checked.push({ ...unit, analysis, rejections: grouper.groups() });
}
for (const line of formatCheckReport(checked, { lang, hideValues: args['hide-values'], minCell })) console.log(forTerminal(line));
process.exitCode = checkExitCode(checked);
