// npm run release:sample: rewrites data/releases/sample/ — the two successive releases of the bundled
// sample (src/releases/sample.ts). Run it after `npm run sample` changes the sample.
import { bilingual } from '../src/pipeline/messages.ts';
import { forTerminal } from '../src/pipeline/escape.ts';
import { RELEASES_ROOT } from '../src/releases/store.ts';
import { sampleReleasesRefusal, writeSampleReleases } from '../src/releases/sample.ts';

const refusal = sampleReleasesRefusal(RELEASES_ROOT);
if (refusal) {
  console.error(`DITOLAK / REFUSED: ${forTerminal(bilingual(refusal))}\nTidak ada yang diubah / nothing was changed.`);
  process.exit(2);
}

const results = await writeSampleReleases({ releases: RELEASES_ROOT });
for (const r of results) console.log(forTerminal(r.summary[r.summary.length - 1]));
