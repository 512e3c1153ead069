// npm run data -- --input DIR --out DIR [--as-of YYYY-MM-DD] [--report FILE] [--min-cell 5]
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildData } from '../src/pipeline/build.ts';
import { DEFAULT_MIN_CELL } from '../src/pipeline/contract.ts';
import { isoToDay } from '../src/pipeline/values/dates.ts';

const USAGE = `Pemakaian / usage: npm run data -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N]
  --input     folder ekspor CSV / folder of CSV exports (default: data/sample)
  --out       folder terbitan / output folder (default: site-data)
  --as-of     tanggal data / as-of date (default: kejadian terakhir / latest event)
  --report    laporan baris ditolak, privat / private reject report (default: reports/rejected-rows.csv)
  --min-cell  ambang sel kecil / small-cell threshold (default: ${DEFAULT_MIN_CELL})`;

function usage(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      input: { type: 'string', default: process.env.DATA_INPUT || 'data/sample' },
      out: { type: 'string', default: process.env.SITE_DATA || 'site-data' },
      'as-of': { type: 'string', default: process.env.AS_OF || undefined },
      report: { type: 'string', default: 'reports/rejected-rows.csv' },
      'min-cell': { type: 'string', default: String(DEFAULT_MIN_CELL) },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  usage((e as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!existsSync(args.input) || !statSync(args.input).isDirectory()) usage(`--input: folder tidak ditemukan / folder not found: ${args.input}`);
const asOf = args['as-of'] === undefined ? undefined : isoToDay(args['as-of']);
if (asOf === null) usage(`--as-of: bukan tanggal YYYY-MM-DD / not a YYYY-MM-DD date: ${args['as-of']}`);
const minCell = Number(args['min-cell']);
if (!Number.isInteger(minCell) || minCell < 1) usage(`--min-cell: harus bilangan bulat ≥ 1 / must be a whole number ≥ 1: ${args['min-cell']}`);

const result = await buildData({
  input: args.input, out: args.out, asOf, report: args.report, minCell,
  onProgress: (line) => console.error(line),
});
for (const line of result.summary) console.log(line);
process.exit(result.exitCode);
