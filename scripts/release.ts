// npm run release -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N] [--releases DIR]
// The data build suppressed against the newest earlier release, then kept as data/releases/<as-of>/.
import { BUILD_OPTIONS_USAGE, parseBuildArguments } from '../src/pipeline/cli.ts';
import { forTerminal } from '../src/pipeline/escape.ts';
import { stderrProgress } from '../src/pipeline/progress.ts';
import { release } from '../src/releases/release.ts';
import { RELEASES_ROOT } from '../src/releases/store.ts';

const USAGE = `Pemakaian / usage: npm run release -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N] [--releases DIR]
  Seperti / like npm run data, disembunyikan terhadap rilis terbaru sebelum tanggal data / suppressed against
  the newest release before the as-of date; lalu disimpan / then kept as RELEASES/<as-of>/ (facts.csv, meta.json).
  Rilis yang sudah ada tidak pernah ditimpa / an existing release is never overwritten.
${BUILD_OPTIONS_USAGE}
  --releases  folder rilis / releases folder (default: ${RELEASES_ROOT}; data contoh / the sample: ${RELEASES_ROOT}/sample)`;

const args = parseBuildArguments(process.argv.slice(2), USAGE, { releases: { type: 'string', default: RELEASES_ROOT } });
const progress = stderrProgress();
const result = await release({
  input: args.input,
  out: args.out,
  asOf: args.asOf,
  report: args.report,
  minCell: args.minCell,
  acceptDrop: args.acceptDrop,
  releases: args.extra.releases!,
  onProgress: progress.update,
});
progress.done();
for (const line of result.summary) console.log(forTerminal(line));
process.exitCode = result.exitCode;
