// npm run release -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N] [--releases DIR]
// The data build suppressed against the newest earlier release, then kept as data/releases/<as-of>/.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_MIN_CELL } from '../src/pipeline/contract.ts';
import { isoToDay } from '../src/pipeline/values/dates.ts';
import { release } from '../src/releases/release.ts';
import { RELEASES_ROOT } from '../src/releases/store.ts';

const USAGE = `Pemakaian / usage: npm run release -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N] [--releases DIR]
  Seperti / like npm run data, disembunyikan terhadap rilis terbaru sebelum tanggal data / suppressed against
  the newest release before the as-of date; lalu disimpan / then kept as RELEASES/<as-of>/ (facts.csv, meta.json).
  Rilis yang sudah ada tidak pernah ditimpa / an existing release is never overwritten.
  --releases  folder rilis / releases folder (default: ${RELEASES_ROOT}; data contoh / the sample: ${RELEASES_ROOT}/sample)`;

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
      releases: { type: 'string', default: RELEASES_ROOT },
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

const result = await release({
  input: args.input, out: args.out, asOf, report: args.report, minCell, releases: args.releases,
  onProgress: (line) => console.error(line),
});
for (const line of result.summary) console.log(line);
process.exit(result.exitCode);
