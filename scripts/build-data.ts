// npm run data -- --input DIR --out DIR [--as-of YYYY-MM-DD] [--report FILE] [--min-cell 5]
//                  [--previous FILE | --releases DIR] [--accept-drop DATASET]…
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildData, type BuildOptions } from '../src/pipeline/build.ts';
import { UnreadableRelease } from '../src/pipeline/previous.ts';
import { BUILD_OPTIONS_USAGE, parseBuildArguments, usageError } from '../src/pipeline/cli.ts';
import { acceptedCounts } from '../src/pipeline/previous.ts';
import { forTerminal } from '../src/pipeline/escape.ts';
import { stderrProgress } from '../src/pipeline/progress.ts';
import { previousFrom, releasesFor, unkeptNotice } from '../src/releases/release.ts';
import { readPublication } from '../src/releases/store.ts';

const USAGE = `Pemakaian / usage: npm run data -- [--input DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE] [--min-cell N]
${BUILD_OPTIONS_USAGE}
  --previous  facts.csv sebuah rilis (meta.json di sampingnya): sembunyikan sel terhadap rilis itu /
              a release's facts.csv (meta.json beside it): suppress against that release
  --releases  folder rilis (data/releases): sembunyikan terhadap rilis terbaru sebelum tanggal data /
              releases folder: suppress against the newest release before the as-of date (writes nothing there)
  Tanpa --previous/--releases: aturan kontrak data persis / without them: exactly the data contract's rules`;

const args = parseBuildArguments(process.argv.slice(2), USAGE, { previous: { type: 'string' }, releases: { type: 'string' } });
const { previous: previousFile, releases: releasesRoot } = args.extra;
if (previousFile !== undefined && releasesRoot !== undefined) usageError('--previous dan/and --releases: pilih satu / choose one', USAGE);
let previous: BuildOptions['previous'];
if (previousFile !== undefined) {
  const file = path.resolve(previousFile);
  if (path.basename(file) !== 'facts.csv' || !existsSync(file))
    usageError(`--previous: bukan facts.csv sebuah rilis / not a release's facts.csv: ${previousFile}`, USAGE);
  let release: ReturnType<typeof readPublication>;
  try {
    release = readPublication(path.dirname(file));
  } catch (e) {
    if (!(e instanceof UnreadableRelease)) throw e;
    console.error(`GAGAL / FAILED — --previous: ${e.message}`);
    process.exit(1);
  }
  const accepted = acceptedCounts(release.files['meta.json']);
  previous = () => ({ ...release, accepted });
}
const releases = releasesRoot === undefined ? undefined : releasesFor(releasesRoot, args.input);
if (releases !== undefined) previous = previousFrom(releases);

const progress = stderrProgress();
const result = await buildData({
  input: args.input,
  out: args.out,
  asOf: args.asOf,
  report: args.report,
  minCell: args.minCell,
  previous,
  acceptDrop: args.acceptDrop,
  onProgress: progress.update,
});
progress.done();
if (releases !== undefined && result.published) result.summary.push(...unkeptNotice(releases, result.published.asOf));
for (const line of result.summary) console.log(forTerminal(line));
process.exitCode = result.exitCode;
