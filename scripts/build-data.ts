// npm run data -- --input DIR --out DIR [--as-of YYYY-MM-DD] [--report FILE] [--min-cell 5]
//                  [--previous FILE | --releases DIR]
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildData, type BuildOptions } from '../src/pipeline/build.ts';
import { DEFAULT_MIN_CELL } from '../src/pipeline/contract.ts';
import { isoToDay } from '../src/pipeline/values/dates.ts';
import { previousFrom, releasesFor, unkeptNotice } from '../src/releases/release.ts';
import { readPublication } from '../src/releases/store.ts';

const USAGE = `Pemakaian / usage: npm run data -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N]
  --input     folder ekspor CSV / folder of CSV exports (default: data/sample)
  --out       folder terbitan / output folder (default: site-data)
  --as-of     tanggal data / as-of date (default: kejadian terakhir / latest event)
  --report    laporan baris ditolak, privat / private reject report (default: reports/rejected-rows.csv)
  --min-cell  ambang sel kecil / small-cell threshold (default: ${DEFAULT_MIN_CELL})
  --previous  facts.csv sebuah rilis (meta.json di sampingnya): sembunyikan sel terhadap rilis itu /
              a release's facts.csv (meta.json beside it): suppress against that release
  --releases  folder rilis (data/releases): sembunyikan terhadap rilis terbaru sebelum tanggal data /
              releases folder: suppress against the newest release before the as-of date (writes nothing there)
  Tanpa --previous/--releases: aturan kontrak data persis / without them: exactly the data contract's rules`;

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
      previous: { type: 'string' },
      releases: { type: 'string' },
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

if (args.previous !== undefined && args.releases !== undefined) usage('--previous dan/and --releases: pilih satu / choose one');
let previous: BuildOptions['previous'];
if (args.previous !== undefined) {
  const file = path.resolve(args.previous);
  if (path.basename(file) !== 'facts.csv' || !existsSync(file)) usage(`--previous: bukan facts.csv sebuah rilis / not a release's facts.csv: ${args.previous}`);
  let release;
  try {
    release = readPublication(path.dirname(file));
  } catch (e) {
    usage(`--previous: ${(e as Error).message}`);
  }
  previous = () => release;
}
const releases = args.releases === undefined ? undefined : releasesFor(args.releases, args.input);
if (releases !== undefined) previous = previousFrom(releases);

const result = await buildData({
  input: args.input, out: args.out, asOf, report: args.report, minCell, previous,
  onProgress: (line) => console.error(line),
});
if (releases !== undefined && result.published) result.summary.push(...unkeptNotice(releases, result.published.asOf));
for (const line of result.summary) console.log(line);
process.exit(result.exitCode);
