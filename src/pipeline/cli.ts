// The data build's command line, shared by `npm run data` and `npm run release`: the contract's options
// (§1) with their defaults and checks. Wrong usage prints the problem and the usage, and exits 2.

import { existsSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { DATASETS, DATASET_STEMS, DEFAULT_MIN_CELL, type DatasetName } from './contract.ts';
import { forTerminal } from './escape.ts';
import { bilingual } from './messages.ts';
import { isSystemError, systemErrorMessage } from './system-error.ts';
import { isoToDay } from './values/dates.ts';

export const BUILD_OPTIONS_USAGE = `  --input     folder ekspor CSV / folder of CSV exports (default: data/sample)
  --out       folder terbitan / output folder (default: site-data)
  --as-of     tanggal data / as-of date (default: kejadian terakhir / latest event)
  --report    laporan baris ditolak, privat / private reject report (default: reports/rejected-rows.csv)
  --min-cell  ambang sel kecil / small-cell threshold (default: ${DEFAULT_MIN_CELL})
  --accept-drop DATA  terima penurunan lebih dari separuh baris diterima data ini terhadap rilis sebelumnya (boleh berulang) /
              accept that this dataset's accepted rows fell by more than half against the previous release (repeatable)`;

export interface BuildArguments {
  input: string;
  out: string;
  asOf: number | undefined;
  report: string;
  minCell: number;
  /** Datasets whose drop against the previous release the run accepts (drop.ts). */
  acceptDrop: DatasetName[];
  /** The command's own options, as parsed. */
  extra: Record<string, string | undefined>;
}

/** Parses the build options plus `extra` string options; `usage` is printed with --help and on errors. */
export function parseBuildArguments(argv: string[], usage: string, extra: ParseArgsOptionsConfig = {}): BuildArguments {
  const fail = (problem: string): never => usageError(problem, usage);
  let values: Record<string, string | string[] | boolean | undefined> = {};
  try {
    values = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', default: process.env.DATA_INPUT || 'data/sample' },
        out: { type: 'string', default: process.env.SITE_DATA || 'site-data' },
        'as-of': { type: 'string', default: process.env.AS_OF || undefined },
        report: { type: 'string', default: 'reports/rejected-rows.csv' },
        'min-cell': { type: 'string', default: String(DEFAULT_MIN_CELL) },
        'accept-drop': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h' },
        ...extra,
      },
      strict: true,
    }).values as Record<string, string | string[] | boolean | undefined>;
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const input = values.input as string;
  if (!existsSync(input) || !statSync(input).isDirectory()) fail(`--input: folder tidak ditemukan / folder not found: ${input}`);
  const asOfText = values['as-of'] as string | undefined;
  const asOf = asOfText === undefined ? undefined : isoToDay(asOfText);
  if (asOf === null) fail(`--as-of: bukan tanggal YYYY-MM-DD / not a YYYY-MM-DD date: ${asOfText}`);
  const minCell = Number(values['min-cell']);
  if (!Number.isInteger(minCell) || minCell < 1)
    fail(`--min-cell: harus bilangan bulat ≥ 1 / must be a whole number ≥ 1: ${values['min-cell']}`);
  const acceptDrop = (values['accept-drop'] as string[]).map((name) => {
    const dataset = DATASETS.find((d) => DATASET_STEMS[d].includes(name.toLowerCase()));
    return dataset ?? fail(`--accept-drop: bukan nama data / not a dataset: ${name} (${DATASETS.join(', ')})`);
  });
  const own = Object.fromEntries(Object.keys(extra).map((k) => [k, values[k] as string | undefined]));
  return { input, out: values.out as string, asOf: asOf ?? undefined, report: values.report as string, minCell, acceptDrop, extra: own };
}

/** Prints the problem and the usage, then exits 2. */
export function usageError(problem: string, usage: string): never {
  console.error(`${forTerminal(problem)}\n\n${usage}`);
  process.exit(2);
}

/**
 * Runs `work`; a system error (a symlink loop, no permission…) ends the command with a plain message
 * and exit 1 instead of a stack trace. Anything else is a bug and is thrown on.
 */
export function exitOnSystemError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!isSystemError(error)) throw error;
    console.error(`GAGAL / FAILED: ${forTerminal(bilingual(systemErrorMessage(error)))}`);
    process.exit(1);
  }
}
