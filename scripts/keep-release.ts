// node scripts/keep-release.ts [--from site-data] [--releases data/releases]
// Keeps an already built publication (facts.csv and meta.json of --from) as the release of its as-of
// date, without building anything: the publishing workflow runs it after a deployment, so the live
// site and its release are the same bytes. A release is never overwritten (exit 1 on other content).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exitOnSystemError } from '../src/pipeline/cli.ts';
import { forTerminal } from '../src/pipeline/escape.ts';
import { RELEASE_FILES, RELEASES_ROOT, keepRelease, releasesFolder, type ReleaseFiles } from '../src/releases/store.ts';

const { values } = parseArgs({
  options: { from: { type: 'string', default: 'site-data' }, releases: { type: 'string', default: RELEASES_ROOT } },
});
const files = exitOnSystemError(
  () => Object.fromEntries(RELEASE_FILES.map((name) => [name, readFileSync(path.join(values.from, name), 'utf8')])) as ReleaseFiles,
);
const meta = JSON.parse(files['meta.json']) as { as_of: string; sample: boolean };
const folder = releasesFolder(values.releases, meta.sample);
const kept = exitOnSystemError(() => keepRelease(folder, meta.as_of, files));
const dir = `${path.join(folder, meta.as_of)}/`;
console.log(
  forTerminal(
    {
      added: `Rilis baru disimpan / new release kept: ${dir}`,
      unchanged: `Rilis ${meta.as_of} sudah ada, isinya sama / release ${meta.as_of} exists already, same content: ${dir}`,
      conflict: `GAGAL / FAILED: rilis ${meta.as_of} sudah ada dengan isi lain; rilis tidak pernah ditimpa / release ${meta.as_of} exists already with other content; a release stays put (${dir})`,
    }[kept],
  ),
);
process.exitCode = kept === 'conflict' ? 1 : 0;
